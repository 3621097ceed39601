import type { Result } from "@/lib/answers/result-schema";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/i18n/render";
import { listOf } from "@/lib/present/locale";

import { REMEDIES_ID } from "./remedy-list";
import { PageSection } from "@/components/layout/page-section";

/** Plan-wide findings that say where the licence application goes and what capital it needs. */
const LICENCE_RULES = ["LIC-AUTHORITY", "LIC-CAPITAL"];

/**
 * What to do next, in order: change the plan, get the pilot approval, the licence, counsel.
 * A plan that is not permitted is changed first: nothing is applied for as it stands.
 */
export function NextSteps({
  result,
  locale,
  t,
}: {
  result: Result;
  locale: AppLocale;
  t: Translate;
}) {
  const needPilot = result.services.filter((s) => s.verdict === "permitted-with-conditions");
  const licence = result.findings.filter((f) => LICENCE_RULES.includes(f.ruleId));
  const unconfirmed = new Set(
    [...result.findings, ...result.services.flatMap((s) => s.findings)]
      .filter((f) => f.unconfirmed)
      .map((f) => f.message),
  ).size;
  const notPermitted = result.overall === "not-permitted";
  const canChange = notPermitted && result.remedies.length > 0;
  return (
    <PageSection titleId="next-title" title={t("result.next.title")}>
      <ol className="mt-4 list-decimal space-y-4 pl-6 print:mt-1 print:space-y-0.5">
        {notPermitted && (
          <li>
            {canChange ? (
              <>
                <p>
                  <a href={`#${REMEDIES_ID}`}>{t("result.next.changes")}</a>
                </p>
                <p className="mt-1">{t("result.next.changesOrRestructure")}</p>
              </>
            ) : (
              <p>{t("result.next.restructure")}</p>
            )}
          </li>
        )}
        {needPilot.length > 0 && (
          <li>
            <p>
              {t("result.next.approval", {
                services: listOf(
                  locale,
                  needPilot.map((s) => t(`labels.service.${s.code}`)),
                ),
                count: needPilot.length,
              })}
            </p>
            <p className="mt-1">{t("result.next.localPlan", { count: needPilot.length })}</p>
          </li>
        )}
        {licence.length > 0 && (
          <li>
            <p>{t(notPermitted ? "result.next.licenceOnceChanged" : "result.next.licence")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {licence.map((finding, i) => (
                <li key={i}>{finding.message}</li>
              ))}
            </ul>
          </li>
        )}
        <li>{t("result.next.counsel", { count: unconfirmed })}</li>
      </ol>
    </PageSection>
  );
}
