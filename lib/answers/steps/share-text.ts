/**
 * Reads a percentage as people type it: "49", "49.5", "49,5", "49 %", and in Chinese input
 * full-width "４９．５％". Returns undefined for anything that is not a plain number. A
 * negative number, or one too long to be finite, is still a number: the range check says
 * what is wrong with it, not "enter a number". -0 is read as 0.
 */
const FULL_WIDTH = /[０-９．，％－]/g;
const FULL_WIDTH_MAP: Record<string, string> = { "．": ".", "，": ",", "％": "%", "－": "-" };

export function parseShareText(text: string): number | undefined {
  const decimal = decimalOf(text);
  if (decimal === undefined) return undefined;
  const share = Number(decimal);
  return Object.is(share, -0) ? 0 : share;
}

/** The typed text in ASCII, without spaces, a trailing % or a minus sign of its own. */
function typedAscii(text: string): string {
  return text
    .replace(
      FULL_WIDTH,
      (ch) => FULL_WIDTH_MAP[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s\u3000]+/g, "")
    .replace(/%$/, "")
    .replace(/^\u2212/, "-");
}

/** The typed percentage as a plain ASCII decimal (`-49.50`), or undefined if it is none. */
function decimalOf(text: string): string | undefined {
  const decimal = typedAscii(text).replace(",", ".");
  return /^-?(?:\d+(?:\.\d+)?|\.\d+)$/.test(decimal) ? decimal : undefined;
}

/**
 * A comma before exactly three digits, after one to three others ("1,000", "49,999"): a
 * thousands separator to an English reader, a decimal comma to a German one. Read as a
 * decimal, "1,000" would quietly become 1%, so the form asks for a decimal point instead.
 */
export function hasAmbiguousComma(text: string): boolean {
  return /^-?[1-9]\d{0,2},\d{3}$/.test(typedAscii(text));
}

/**
 * Whether the number read is exactly the decimal typed. One with more digits than a number
 * holds is read as another (49.999999999999999999 as 50, 50.000000000000000001 as 50): a
 * share just above a maximum would pass as within it, so the form asks for fewer digits.
 */
export function isExactShareText(text: string): boolean {
  const decimal = decimalOf(text);
  if (decimal === undefined) return false;
  const [whole = "", fraction = ""] = decimal.replace(/^-/, "").split(".");
  const integer = whole.replace(/^0+(?=\d)/, "") || "0";
  const decimals = fraction.replace(/0+$/, "");
  const digits = decimals ? `${integer}.${decimals}` : integer;
  const typed = decimal.startsWith("-") && digits !== "0" ? `-${digits}` : digits;
  // -0 is written "0", as "-0" is typed here.
  return typed === plainDecimal(Number(decimal));
}

/**
 * The shortest decimal that reads back as exactly this number, written out in full
 * (0.0000001, not 1e-7): what `String()` gives, without the exponent.
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = "", lead = "", rest = "", exponentText = "0"] = match;
  const digits = lead + rest;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  return (
    sign +
    (digits.length > exponent + 1
      ? `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`
      : digits.padEnd(exponent + 1, "0"))
  );
}

/** How a share is shown in the form again: never rounded, so sending it again gives the same number. */
export function shareFieldText(share: number | undefined): string {
  return share === undefined ? "" : plainDecimal(share);
}
