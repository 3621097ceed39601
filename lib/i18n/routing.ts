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
});

export type AppLocale = (typeof routing.locales)[number];

/** BCP 47 tags for `<html lang>`: the URL says `zh`, the document says which Chinese. */
export const HTML_LANG = {
  en: "en",
  zh: "zh-CN",
} as const satisfies Record<AppLocale, string>;
