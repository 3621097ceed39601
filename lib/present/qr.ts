import QRCode from "qrcode";

import { bestMask, type Modules } from "./qr-mask";

/**
 * Error-correction levels to try, most robust first. "M" survives a smudged print; "L"
 * holds about a quarter more, which is what a long comparison link needs.
 */
const LEVELS = ["M", "L"] as const;

const utf8 = new TextEncoder();

/**
 * The modules of a QR code of an address, or null when the address is too long for any QR
 * code (a version 40 code holds at most 2,953 bytes, at level L).
 *
 * The code the `qrcode` package makes of the address as one segment, at about a third of
 * what its `toString` cost (every result page draws one; the package's mask choice was most
 * of a page's QR time):
 * - One byte-mode segment. An address is mostly lower-case letters, which QR's alphanumeric
 *   mode cannot hold, so the package's search for the cheapest mix of modes (a shortest-path
 *   search per call) gains at most a few bits, and rarely a smaller code.
 * - The symbol is built once, with mask 0, and `bestMask` scores the eight masks on a copy as
 *   ISO/IEC 18004 §7.8.3 asks (with the library's own scoring, so the choice is the same:
 *   qr.test.ts holds it to that).
 */
export function qrModules(value: string): Modules | null {
  const bytes = utf8.encode(value);
  for (const errorCorrectionLevel of LEVELS) {
    let symbol: QRCode.QRCode;
    try {
      symbol = QRCode.create([{ data: bytes, mode: "byte" }], {
        errorCorrectionLevel,
        maskPattern: 0,
      });
    } catch {
      // Too much data for this level: try a less redundant one.
      continue;
    }
    return bestMask(symbol.modules as unknown as Modules, errorCorrectionLevel);
  }
  return null;
}

/**
 * Quiet zone around the code, in modules, as the standard asks: the frame the page draws
 * around the code sits just outside it, and a scanner must not read that as a module.
 */
export const QR_MARGIN = 4;

/**
 * A QR code of an address as SVG markup (a white square and one path of dark runs, row by
 * row), or null when the address is too long for any QR code. Never throws: a link too long
 * to draw must not cost the page that prints it.
 */
export function qrSvg(value: string): string | null {
  const modules = qrModules(value);
  if (modules === null) return null;
  const { size, data } = modules;
  const side = size + 2 * QR_MARGIN;
  let path = "";
  for (let row = 0; row < size; row++) {
    let col = 0;
    // Where the pen is on this row, relative moves being shorter than absolute ones.
    let at = -1;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      path += at < 0 ? `M${start + QR_MARGIN} ${row + QR_MARGIN + 0.5}` : `m${start - at} 0`;
      path += `h${col - start}`;
      at = col;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<path fill="#fff" d="M0 0h${side}v${side}H0z"/><path stroke="#000" d="${path}"/></svg>`
  );
}
