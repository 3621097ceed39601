import QRCode from "qrcode";

/**
 * Error-correction levels to try, most robust first. "M" survives a smudged print; "L"
 * holds about a quarter more, which is what a long comparison link needs.
 */
const LEVELS = ["M", "L"] as const;

/**
 * A QR code of an address as SVG markup, or null when the address is too long for any
 * QR code (a version 40 code holds at most 2,953 bytes, at level L). Never throws: a link
 * too long to draw must not cost the page that prints it.
 */
export async function qrSvg(value: string): Promise<string | null> {
  for (const errorCorrectionLevel of LEVELS) {
    try {
      return await QRCode.toString(value, { type: "svg", errorCorrectionLevel, margin: 2 });
    } catch {
      // Too much data for this level: try a less redundant one.
    }
  }
  return null;
}
