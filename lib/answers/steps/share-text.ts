/**
 * Reads a percentage as people type it: "49", "49.5", "49,5", "49 %", and in Chinese input
 * full-width "４９．５％". Returns undefined for anything that is not a plain number.
 */
const FULL_WIDTH = /[０-９．，％]/g;
const FULL_WIDTH_MAP: Record<string, string> = { "．": ".", "，": ",", "％": "%" };

export function parseShareText(text: string): number | undefined {
  const ascii = text.replace(
    FULL_WIDTH,
    (ch) => FULL_WIDTH_MAP[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
  const trimmed = ascii
    .replace(/[\s\u3000]+/g, "")
    .replace(/%$/, "")
    .replace(",", ".");
  if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** How a share is shown in the form again: as the number it is, never rounded. */
export function shareFieldText(share: number | undefined): string {
  return share === undefined ? "" : String(share);
}
