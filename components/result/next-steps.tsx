import type { Result } from "@/lib/answers/result-schema";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/i18n/render";
import { listOf } from "@/lib/present/locale";

import { REMEDIES_ID } from "./remedy-list";
import { PageSection } from "@/components/layout/page-section";

/** Plan-wide findings that say where the licence application goes and what capital it needs. */
const LICENCE_RULES = ["LIC-AUTHORITY", "LIC-CAPITAL"];
/**
 * A service's conditions that leave a place to be settled: the company's registration, not
 * decided yet (`registerIn…`), or facilities without a location (`…undecided…`).
 */
const PLACE_OPEN = /^findings\.(?:PILOT-AREA\.registerIn|PILOT-SAME-AREA\.\w*undecided)/i;

/**
 * What to do next, in order: change the plan, settle where the company and facilities are,
 * get the pilot approval, the licence, counsel. A plan that is not permitted is changed first:
 * nothing is applied for as it stands, and the approvals are the changed plan's.
 */
export function NextSteps({
  result,
  placeCanHelp,
  locale,
  t,
}: {
  result: Result;
  /** Whether moving the company or its facilities could change a service not permitted. */
  placeCanHelp: boolean;
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
  const placeOpen = result.services.some((s) =>
    s.findings.some((f) => f.outcome === "condition" && PLACE_OPEN.test(f.messageKey)),
  );
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
              <p>
                {t(placeCanHelp ? "result.next.restructure" : "result.next.restructureNotPlace")}
              </p>
            )}
          </li>
        )}
        {placeOpen && (
          <li>
            <p>{t("result.next.place")}</p>
          </li>
        )}
        {/* Not as it stands: a change may bring another service under the pilot, and the
            changed plan's own result lists its approvals (the first step says so). */}
        {!notPermitted && needPilot.length > 0 && (
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
