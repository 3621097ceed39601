import { getLocale } from "next-intl/server";

import { isAppLocale, translatorFor } from "@/lib/i18n/translator";
import { startHref } from "@/lib/wizard/urls";

/**
 * Shown when a page under `[locale]` calls `notFound()`. Next.js 16 sends that as an
 * `<html id="__next_error__">` shell and renders this component only once client
 * JavaScript runs; unmatched URLs get app/global-not-found.tsx instead. It renders inside
 * the locale layout, so only its content: the layout supplies `<main>`.
 */
export default async function NotFound() {
  const requested = await getLocale();
  const locale = isAppLocale(requested) ? requested : "en";
  const t = translatorFor(locale);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-4">{t("notFound.body")}</p>
      <p className="mt-4">
        <a href={startHref(locale)}>{t("notFound.startAgain")}</a>
      </p>
    </div>
  );
}
