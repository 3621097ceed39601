import { describe, expect, it } from "vitest";

import { qrSvg } from "./qr";

const url = (length: number) => `https://check.example.com/compare?${"a".repeat(length)}`;

describe("qrSvg", () => {
  it("draws an ordinary share link", async () => {
    expect(await qrSvg(url(300))).toMatch(/^<svg/);
  });

  it("falls back to a lower error-correction level for a link too long for level M", async () => {
    // Level M holds at most 2,331 bytes, level L 2,953.
    expect(await qrSvg(url(2600))).toMatch(/^<svg/);
  });

  it("gives no code, and does not throw, for a link too long for any QR code", async () => {
    expect(await qrSvg(url(3000))).toBeNull();
  });
});
