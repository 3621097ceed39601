import * as rootParams from "next/root-params";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";

import { routing } from "./routing";

/**
 * Locale for server-side next-intl calls, in order: an explicit override
 * (`getTranslations({ locale })`), the `[locale]` root segment, the default locale.
 * The segment is read through `next/root-params`, which replaces next-intl's
 * deprecated `requestLocale`.
 */
export default getRequestConfig(async ({ locale }) => {
  let resolved = locale;
  if (!hasLocale(routing.locales, resolved)) {
    const segment: unknown = await rootParams.locale();
    resolved = hasLocale(routing.locales, segment) ? segment : routing.defaultLocale;
  }
  const messages = (await import(`../../messages/${resolved}.json`)) as {
    default: Record<string, unknown>;
  };
  // Dates are calendar dates (the rules' checked-on day): UTC keeps them the same everywhere.
  return { locale: resolved, messages: messages.default, timeZone: "UTC" };
});
