import type { Translate } from "@/lib/i18n/render";
import { dateValue } from "@/lib/present/locale";
import { PageSection } from "@/components/layout/page-section";

/** RULES.md §6: what the assessment leaves out, on every result, with the rules' date. */
const NOT_COVERED = [
  "securityReviews",
  "data",
  "classifiedProtection",
  "procedure",
  "basicTelecoms",
  "otherRegulators",
] as const;

export function ScopeStatement({
  rulesVersion,
  rulesCheckedOn,
  t,
}: {
  rulesVersion: string;
  rulesCheckedOn: string;
  t: Translate;
}) {
  return (
    // The memo's closing block: on paper printed whole, so that a last page never holds only
    // the disclaimer or the end of the list, and set close (the list run on after its intro,
    // app/globals.css), so that it more often fits on the page before.
    <PageSection
      titleId="scope-title"
      title={t("result.scope.title")}
      className="print:break-inside-avoid"
    >
      <p className="mt-2 print:mt-1 print:inline">{t("result.scope.intro")}</p>
      <ul className="scope-list">
        {NOT_COVERED.map((item) => (
          <li key={item}>{t(`result.scope.items.${item}`)}</li>
        ))}
      </ul>
      <p className="mt-4 font-bold print:mt-1">{t("result.scope.notAdvice")}</p>
      {/* On paper the memo's header says it, once. */}
      <p className="mt-2 print:hidden">
        {t("layout.rulesLine", { version: rulesVersion, checkedOn: dateValue(rulesCheckedOn) })}
      </p>
    </PageSection>
  );
}
