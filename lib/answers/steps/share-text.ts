/**
 * Reads a percentage as people type it: "49", "49.5", "49,5", "49 %", and in Chinese input
 * full-width "４９．５％". Returns undefined for anything that is not a plain number. A
 * negative number, or one too long to be finite, is still a number: the range check says
 * what is wrong with it, not "enter a number". -0 is read as 0.
 */
const FULL_WIDTH = /[０-９．，％－]/g;
const FULL_WIDTH_MAP: Record<string, string> = { "．": ".", "，": ",", "％": "%", "－": "-" };

export function parseShareText(text: string): number | undefined {
  const ascii = text.replace(
    FULL_WIDTH,
    (ch) => FULL_WIDTH_MAP[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
  const trimmed = ascii
    .replace(/[\s\u3000]+/g, "")
    .replace(/%$/, "")
    .replace(",", ".")
    .replace(/^\u2212/, "-");
  if (!/^-?(?:\d+(?:\.\d+)?|\.\d+)$/.test(trimmed)) return undefined;
  const share = Number(trimmed);
  return Object.is(share, -0) ? 0 : share;
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
