import type { AppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { startHref } from "@/lib/wizard/urls";

/** What every 404 says: there is no page here, and the way back to the start (still presenting). */
export function NotFoundMessage({
  locale,
  present = false,
}: {
  locale: AppLocale;
  present?: boolean;
}) {
  const t = translatorFor(locale);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-4">{t("notFound.body")}</p>
      <p className="mt-4">
        <a href={startHref(locale, { present })}>{t("notFound.startAgain")}</a>
      </p>
    </>
  );
}
