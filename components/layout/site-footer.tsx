import { getTranslations } from "next-intl/server";

import { RULES_CHECKED_ON, RULES_VERSION } from "@/lib/rules";

/** On every page: what this tool is not, and which rules it applies. */
export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations("layout");
  const checkedOn = new Date(`${RULES_CHECKED_ON}T00:00:00Z`);
  return (
    <footer className="mt-16 border-t border-line bg-panel">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm">
        <p>{t("notLegalAdvice")}</p>
        <p>{t("rulesLine", { version: RULES_VERSION, checkedOn })}</p>
        <p>{t("privacyLine")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href={`/${locale}`}>{t("home")}</a>
            </li>
            <li>
              <a href={`/${locale}/rules`}>{t("rulesPage")}</a>
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
