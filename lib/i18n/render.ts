/**
 * Turns the rule library's message keys and parameters into sentences. Parameters that hold
 * option values (a location, a tenure, a service code) are shown through their labels, so a
 * message never shows a raw value such as `mainland-other`.
 */
import { plainDecimal } from "@/lib/answers/steps/share-text";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Sentences in a row: a space after Latin punctuation, none after Chinese full stops. */
export function sentences(list: readonly string[]): string {
  return list.reduce(
    (text, next) => (text === "" ? next : /[。！？]$/.test(text) ? text + next : `${text} ${next}`),
    "",
  );
}

/** Which label set shows each parameter; numbers (share, max, count, amount) stay numbers. */
const LABELS: Record<string, string> = {
  code: "labels.service",
  area: "labels.area",
  location: "labels.locationPhrase",
  registeredIn: "labels.locationPhrase",
  tenure: "labels.tenure",
  subtype: "labels.subtype",
  content: "labels.content",
  origin: "labels.origin",
  supplier: "labels.cepaSupplier",
};

/**
 * A share exactly as entered, as `shareText` beside the number: ICU's default number format
 * keeps three decimals (49.9999 would read 50) and the law turns on the exact figure.
 * Messages show `{shareText}` and may still choose words by `{share, plural, …}`.
 */
export function exactShares(
  values: Record<string, string | number>,
): Record<string, string | number> {
  return typeof values.share === "number"
    ? { ...values, shareText: plainDecimal(values.share) }
    : values;
}

export function displayParams(
  t: Translate,
  params: Record<string, string | number>,
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const labels = LABELS[name];
    values[name] = labels && typeof value === "string" ? t(`${labels}.${value}`) : value;
  }
  return values;
}

export function renderMessage(
  t: Translate,
  key: string,
  params: Record<string, string | number>,
): string {
  return t(key, exactShares(displayParams(t, params)));
}
