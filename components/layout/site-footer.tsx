import { translatorFor } from "@/lib/i18n/translator";
import { contentLocale, dateValue } from "@/lib/present/locale";
import { RULES_CHECKED_ON, RULES_VERSION } from "@/lib/rules";
import { rulesHref, startHref } from "@/lib/wizard/urls";

/**
 * On every page: what this tool is not, and which rules it applies. Through the app's own
 * translator, so that its date is written as every other date on the page. Its links to pages
 * keep presenter mode; those to the JSON do not (a machine reads them, not a meeting room).
 */
export function SiteFooter({ locale, presenting }: { locale: string; presenting: boolean }) {
  const layout = translatorFor(contentLocale(locale));
  const t = (key: string, values?: Record<string, string | number>) =>
    layout(`layout.${key}`, values);
  const checkedOn = dateValue(RULES_CHECKED_ON);
  return (
    <footer className="mt-16 border-t border-line bg-panel">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm">
        <p>{t("notLegalAdvice")}</p>
        <p>{t("rulesLine", { version: RULES_VERSION, checkedOn })}</p>
        <p>{t("privacyLine")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href={startHref(locale, { present: presenting })}>{t("home")}</a>
            </li>
            <li>
              <a href={rulesHref(locale, { present: presenting })}>{t("rulesPage")}</a>
            </li>
            <li>
              <a href="/api/rules">{t("rulesJson")}</a>
            </li>
            <li>
              <a href="/api/openapi.json">{t("apiDocs")}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
