/**
 * Open Graph and Twitter metadata: the product, and for a result its overall verdict, never
 * the plan's details. Each preview uses one of the images app/og builds once per language:
 * one per verdict, and a neutral one of the product alone.
 */
import type { Metadata } from "next";

import type { Verdict } from "@/lib/answers/verdict";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/i18n/render";

import { absoluteUrl } from "./origin";

/** The neutral image's name beside the verdicts' (`en-permitted.png`): `en-product.png`. */
export const NEUTRAL_IMAGE = "product";

/**
 * What a preview may name: a result's overall verdict; or, for a page about no single plan
 * (the start page, a comparison) or a link that cannot be read, only which page it is.
 */
export type PreviewSubject =
  { kind: "verdict"; verdict: Verdict } | { kind: "product" } | { kind: "comparison" };

function texts(
  subject: PreviewSubject,
  t: Translate,
): { title: string; description: string; alt: string } {
  const product = t("meta.title");
  switch (subject.kind) {
    case "verdict": {
      const verdict = t(`labels.verdict.${subject.verdict}`);
      return {
        title: t("og.title", { product, verdict }),
        description: t("og.description"),
        alt: t("og.alt", { verdict }),
      };
    }
    case "comparison":
      return {
        title: t("og.comparisonTitle", { product }),
        description: t("og.comparisonDescription"),
        alt: t("og.productAlt"),
      };
    case "product":
      return { title: product, description: t("meta.description"), alt: t("og.productAlt") };
  }
}

export function previewImagePath(locale: AppLocale, subject: PreviewSubject): string {
  const name = subject.kind === "verdict" ? subject.verdict : NEUTRAL_IMAGE;
  return `/og/${locale}-${name}.png`;
}

export function pagePreviewMetadata(
  locale: AppLocale,
  subject: PreviewSubject,
  t: Translate,
): Metadata {
  const { title, description, alt } = texts(subject, t);
  // Absolute, from PUBLIC_ORIGIN: a chat app fetching the preview knows no other origin.
  const url = absoluteUrl(previewImagePath(locale, subject));
  return {
    openGraph: {
      type: "website",
      siteName: t("meta.title"),
      title,
      description,
      images: [{ url, width: 1200, height: 630, alt }],
      locale: locale === "zh" ? "zh_CN" : "en_GB",
    },
    twitter: { card: "summary_large_image", title, description, images: [url] },
  };
}

/** A result's preview: its overall verdict, or the product alone when the link cannot be read. */
export function previewMetadata(
  locale: AppLocale,
  verdict: Verdict | undefined,
  t: Translate,
): Metadata {
  return pagePreviewMetadata(
    locale,
    verdict ? { kind: "verdict", verdict } : { kind: "product" },
    t,
  );
}
