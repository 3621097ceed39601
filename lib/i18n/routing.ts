import { defineRouting } from "next-intl/routing";

/**
 * Every page lives under `/en/...` or `/zh/...`. An unprefixed URL (e.g. a share link
 * `/result?v=1&...`) is redirected by the proxy to the locale negotiated from the
 * NEXT_LOCALE cookie or Accept-Language, keeping its query string.
 */
export const routing = defineRouting({
  locales: ["en", "zh"],
  defaultLocale: "en",
  localePrefix: "always",
  // next-intl would send a `Link: <…>; rel="alternate"` header built from the request's
  // Host (or X-Forwarded-Host), which a client controls. Absolute addresses come only from
  // PUBLIC_ORIGIN (lib/present/origin.ts); the pages link to each other's language
  // themselves (the header's language switch).
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** BCP 47 tags for `<html lang>`: the URL says `zh`, the document says which Chinese. */
export const HTML_LANG = {
  en: "en",
  zh: "zh-CN",
} as const satisfies Record<AppLocale, string>;

/**
 * ICU's locale for formatting in each language (dates, lists). The English is British, as
 * the site writes it: "28 November 2026", never "November 28, 2026", and "A, B and C"; the
 * Chinese long date is "2026年11月28日".
 */
export const ICU_LOCALE = {
  en: "en-GB",
  zh: "zh-CN",
} as const satisfies Record<AppLocale, string>;

/** The request header in which next-intl's proxy step hands a page its locale. */
export const LOCALE_HEADER = "x-next-intl-locale";
