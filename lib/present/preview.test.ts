import { afterEach, describe, expect, it, vi } from "vitest";

import { VERDICTS } from "@/lib/answers/verdict";
import { translatorFor } from "@/lib/i18n/translator";

import { pagePreviewMetadata, previewMetadata } from "./preview";

type Preview = {
  title: string;
  description: string;
  images: Array<{ url: string; alt: string }>;
};

function openGraph(metadata: ReturnType<typeof previewMetadata>): Preview {
  return metadata.openGraph as unknown as Preview;
}

afterEach(() => vi.unstubAllEnvs());

describe("link previews", () => {
  it("name the product and a result's verdict, with a Chinese colon in Chinese", () => {
    expect(
      openGraph(previewMetadata("en", "permitted-with-conditions", translatorFor("en"))).title,
    ).toBe("VATS Pilot Check: Permitted with conditions");
    const zh = openGraph(previewMetadata("zh", "permitted-with-conditions", translatorFor("zh")));
    expect(zh.title).toBe("增值电信开放试点自查：附条件允许");
    expect(zh.title).not.toContain(":");
  });

  it("give the start page and a comparison the neutral image, at PUBLIC_ORIGIN", () => {
    vi.stubEnv("PUBLIC_ORIGIN", "https://check.example.com");
    for (const locale of ["en", "zh"] as const) {
      const t = translatorFor(locale);
      for (const kind of ["product", "comparison"] as const) {
        const preview = openGraph(pagePreviewMetadata(locale, { kind }, t));
        expect(preview.images.map((i) => i.url)).toEqual([
          `https://check.example.com/og/${locale}-product.png`,
        ]);
        // Nothing but the product: no verdict is named.
        for (const verdict of VERDICTS) {
          expect(preview.title).not.toContain(t(`labels.verdict.${verdict}`));
          expect(preview.images[0]?.alt).not.toContain(t(`labels.verdict.${verdict}`));
        }
      }
    }
  });

  it("show the product alone for a link that cannot be read", () => {
    const preview = openGraph(previewMetadata("en", undefined, translatorFor("en")));
    expect(preview.title).toBe("VATS Pilot Check");
    expect(preview.images[0]?.url).toMatch(/\/og\/en-product\.png$/);
  });
});
