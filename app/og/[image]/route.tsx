import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { ImageResponse } from "next/og";

import { VERDICTS, type Verdict } from "@/lib/answers/verdict";
import { type AppLocale, routing } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { NEUTRAL_IMAGE } from "@/lib/present/preview";

/**
 * Link-preview images, made once at build time: per language one per verdict, and a neutral
 * one of the product alone (the start page, a comparison). They show the product and at most
 * the overall verdict, never a plan's details, so a preview in a chat app reveals nothing of
 * the answers.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    [...VERDICTS, NEUTRAL_IMAGE].map((name) => ({ image: `${locale}-${name}.png` })),
  );
}

const TONE: Record<Verdict, { band: string; ink: string; back: string }> = {
  permitted: { band: "#00703c", ink: "#005a30", back: "#cce2d8" },
  "permitted-with-conditions": { band: "#f47738", ink: "#594d00", back: "#fff7bf" },
  "not-permitted": { band: "#d4351c", ink: "#2a0b06", back: "#f6d7d2" },
};
/** The product alone: the site's own blue, no verdict's colour. */
const NEUTRAL = { band: "#1d70b8", ink: "#0b0c0c", back: "#d2e2f1" };

/**
 * Fonts, all local (the image renderer would otherwise fetch missing glyphs from the web):
 * next/og's own Latin font, and a CJK font from the system (Debian's fonts-droid-fallback)
 * for the Chinese images.
 */
const LATIN_FONT = join(
  process.cwd(),
  "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf",
);
const CJK_FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

async function fontData(path: string): Promise<ArrayBuffer | undefined> {
  try {
    const bytes = await readFile(path);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } catch {
    return undefined;
  }
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  const match = /^(en|zh)-(permitted|permitted-with-conditions|not-permitted|product)\.png$/.exec(
    image,
  );
  if (!match) return new Response("Not found", { status: 404 });
  const verdict = match[2] === NEUTRAL_IMAGE ? undefined : (match[2] as Verdict);
  const latin = await fontData(LATIN_FONT);
  const cjk = match[1] === "zh" ? await fontData(CJK_FONT) : undefined;
  // Without a CJK font on the building machine, the Chinese image falls back to English.
  const locale: AppLocale = match[1] === "zh" && cjk ? "zh" : "en";
  const fonts = [
    ...(latin
      ? [{ name: "Latin", data: latin, weight: 400 as const, style: "normal" as const }]
      : []),
    ...(cjk ? [{ name: "CJK", data: cjk, weight: 400 as const, style: "normal" as const }] : []),
  ];
  const t = translatorFor(locale);
  const tone = verdict ? TONE[verdict] : NEUTRAL;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
      }}
    >
      <div
        style={{
          display: "flex",
          background: "#0b0c0c",
          color: "#ffffff",
          padding: "48px 64px",
          fontSize: 56,
        }}
      >
        {t("meta.title")}
      </div>
      <div style={{ display: "flex", height: 16, background: "#1d70b8" }} />
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          justifyContent: "center",
          padding: "0 64px",
          background: tone.back,
          borderLeft: `32px solid ${tone.band}`,
        }}
      >
        {verdict ? (
          <>
            <div style={{ display: "flex", fontSize: 34, color: "#0b0c0c" }}>
              {t("og.resultOf")}
            </div>
            <div style={{ display: "flex", fontSize: 88, color: tone.ink, marginTop: 16 }}>
              {t(`labels.verdict.${verdict}`)}
            </div>
          </>
        ) : (
          <div style={{ display: "flex", fontSize: 56, color: tone.ink, lineHeight: 1.25 }}>
            {t("og.productLead")}
          </div>
        )}
      </div>
      <div style={{ display: "flex", padding: "28px 64px", fontSize: 28, color: "#505a5f" }}>
        {verdict ? t("og.footer") : t("og.productFooter")}
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      ...(fonts.length > 0 && { fonts }),
    },
  );
}
