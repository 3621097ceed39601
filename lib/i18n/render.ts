/**
 * Turns the rule library's message keys and parameters into sentences. Parameters that hold
 * option values (a location, a tenure, a service code) are shown through their labels, so a
 * message never shows a raw value such as `mainland-other`.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

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
};

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
  return t(key, displayParams(t, params));
}
