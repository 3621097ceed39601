import jsQR from "jsqr";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";

import { formatBits } from "./qr-mask";
import { QR_MARGIN, qrModules, qrSvg } from "./qr";

const url = (length: number) => `https://check.example.com/compare?${"a".repeat(length)}`;

/** Share links of every length a page draws, with the characters they are made of. */
const LINKS = Array.from({ length: 60 }, (_, n) => {
  const query = `v=1&o=${"ohmt"[n % 4]}&p=${(n * 7) % 101}&r=${"bsplhzu"[n % 7]}&s=${11 + (n % 4)}.22.25`;
  return `https://vats.example.com/${n % 2 ? "zh" : "en"}/result?${query}${"&f11=ml".repeat(n % 40)}&rv=2026.11.9&d=${"pcn".repeat(1 + (n % 3))}`;
});

/** The SVG's dark runs read back into modules, the way a scanner sees the drawing. */
function modulesOfSvg(svg: string): { size: number; dark: Set<string> } {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /stroke="#000" d="([^"]*)"/.exec(svg)?.[1] ?? "";
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
    if (command === "M") [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === "m") x += Number(a);
    else
      for (const end = x + Number(a); x < end; x++) dark.add(`${y - QR_MARGIN},${x - QR_MARGIN}`);
  }
  return { size: side - 2 * QR_MARGIN, dark };
}

describe("qrSvg", () => {
  it("draws an ordinary share link", () => {
    expect(qrSvg(url(300))).toMatch(/^<svg/);
  });

  it("falls back to a lower error-correction level for a link too long for level M", () => {
    // Level M holds at most 2,331 bytes, level L 2,953.
    expect(qrSvg(url(2600))).toMatch(/^<svg/);
  });

  it("gives no code, and does not throw, for a link too long for any QR code", () => {
    expect(qrSvg(url(3000))).toBeNull();
  });

  it("draws exactly the modules of the code, dark where they are dark and nowhere else", () => {
    for (const link of [...LINKS, url(2600)]) {
      const modules = qrModules(link)!;
      const drawn = modulesOfSvg(qrSvg(link)!);
      expect(drawn.size).toBe(modules.size);
      const dark = new Set<string>();
      modules.data.forEach((d, i) => {
        if (d) dark.add(`${Math.floor(i / modules.size)},${i % modules.size}`);
      });
      expect(drawn.dark).toEqual(dark);
    }
  });
});

describe("qrModules", () => {
  it("makes the code the qrcode package makes, its mask chosen by the package's own scoring", () => {
    const masks = new Set<number>();
    for (const link of LINKS) {
      const theirs = QRCode.create([{ data: new TextEncoder().encode(link), mode: "byte" }], {
        errorCorrectionLevel: "M",
      });
      masks.add(theirs.maskPattern!);
      expect(Array.from(qrModules(link)!.data)).toEqual(Array.from(theirs.modules.data));
    }
    const long = url(2600);
    const theirs = QRCode.create([{ data: new TextEncoder().encode(long), mode: "byte" }], {
      errorCorrectionLevel: "L",
    });
    expect(Array.from(qrModules(long)!.data)).toEqual(Array.from(theirs.modules.data));
    // The links exercise the choice: more than one mask wins among them.
    expect(masks.size).toBeGreaterThan(2);
  });

  it("gives codes that a scanner reads back as the link", () => {
    for (const link of LINKS.slice(0, 12)) {
      const { size, data } = qrModules(link)!;
      const scale = 4;
      const side = (size + 8) * scale;
      const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
      data.forEach((dark, i) => {
        if (!dark) return;
        const row = Math.floor(i / size) + 4;
        const col = (i % size) + 4;
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const p = ((row * scale + dy) * side + col * scale + dx) * 4;
            pixels.fill(0, p, p + 3);
          }
        }
      });
      expect(jsQR(pixels, side, side)?.data).toBe(link);
    }
  });

  it("writes the format information of ISO/IEC 18004 Table C.1", () => {
    expect(formatBits("M", 0)).toBe(0b101010000010010);
    expect(formatBits("M", 6)).toBe(0b100111110010111);
    expect(formatBits("L", 7)).toBe(0b110100101110110);
    expect(formatBits("H", 5)).toBe(0b000001001010101);
  });
});
