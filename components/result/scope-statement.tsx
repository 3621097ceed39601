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
    <PageSection titleId="scope-title" title={t("result.scope.title")}>
      <p className="mt-2">{t("result.scope.intro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 print:columns-2 print:gap-8 print:space-y-0">
        {NOT_COVERED.map((item) => (
          <li key={item}>{t(`result.scope.items.${item}`)}</li>
        ))}
      </ul>
      <p className="mt-4 font-bold">{t("result.scope.notAdvice")}</p>
      {/* On paper the memo's header says it, once. */}
      <p className="mt-2 print:hidden">
        {t("layout.rulesLine", { version: rulesVersion, checkedOn: dateValue(rulesCheckedOn) })}
      </p>
    </PageSection>
  );
}
