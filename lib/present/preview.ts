/**
 * Open Graph and Twitter metadata for a result: the product and the overall verdict only,
 * never the plan's details, with the prebuilt image of that verdict in that language.
 */
import type { Metadata } from "next";

import type { Verdict } from "@/lib/answers/verdict";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/i18n/render";

import { absoluteUrl } from "./origin";

export function previewMetadata(
  locale: AppLocale,
  verdict: Verdict | undefined,
  t: Translate,
): Metadata {
  const title = verdict ? `${t("meta.title")}: ${t(`labels.verdict.${verdict}`)}` : t("meta.title");
  const description = t("og.description");
  const images = verdict
    ? [
        {
          url: absoluteUrl(`/og/${locale}-${verdict}.png`),
          width: 1200,
          height: 630,
          alt: t("og.alt", { verdict: t(`labels.verdict.${verdict}`) }),
        },
      ]
    : [];
  return {
    openGraph: {
      type: "website",
      siteName: t("meta.title"),
      title,
      description,
      images,
      locale: locale === "zh" ? "zh_CN" : "en_GB",
    },
    twitter: {
      card: images.length > 0 ? "summary_large_image" : "summary",
      title,
      description,
      images: images.map((i) => i.url),
    },
  };
}
