import type { Result } from "@/lib/answers/result-schema";
import type { Answers } from "@/lib/answers/schema";
import type { Translate } from "@/lib/i18n/render";
import { contentLocale, listOf } from "@/lib/present/locale";
import { groupRemedies } from "@/lib/present/remedy-groups";
import { remedyLinks } from "@/lib/present/remedy-href";
import type { JourneyContext } from "@/lib/wizard/urls";
import { NamedLink } from "@/components/layout/named-link";
import { PageSection } from "@/components/layout/page-section";

export const REMEDIES_ID = "remedies";

/**
 * What would change the result: each change, whom it helps, what follows, its result, and
 * the plan as it stands beside it. A change offered to several services alike is said once
 * (`groupRemedies`).
 */
export function RemedyList({
  remedies,
  answers,
  locale,
  context,
  planQuery,
  id = REMEDIES_ID,
  t,
}: {
  remedies: Result["remedies"];
  answers: Answers;
  locale: string;
  context: JourneyContext;
  /**
   * The plan's own share-link query, to compare it with each change; absent where the plan
   * is already one of a comparison's.
   */
  planQuery?: string;
  /** A page with several plans' remedies (a printed comparison) gives each list its own. */
  id?: string;
  t: Translate;
}) {
  return (
    <PageSection id={id} titleId={`${id}-title`} title={t("result.remedies.title")}>
      <p className="mt-2">{t("result.remedies.intro")}</p>
      <ol className="mt-4 space-y-6 print:mt-2 print:space-y-2">
        {groupRemedies(remedies).map(({ remedy, services }, i) => {
          const links = remedyLinks(locale, answers, remedy.changes, { context, planQuery });
          const names = services.map((s) => t(`labels.service.${s.code}`));
          return (
            <li key={i} className="border-l-4 border-link pl-4">
              <p className="text-sm font-bold text-muted">
                {names.length > 0
                  ? t("result.remedies.forService", {
                      service: listOf(contentLocale(locale), names),
                    })
                  : t("result.remedies.forPlan")}
              </p>
              <p className="text-lg print:text-base">{remedy.description}</p>
              <ul className="mt-1 list-disc pl-6">
                {services.map(
                  ({ code, verdict }, j) =>
                    verdict && (
                      <li key={code}>
                        {t("result.remedies.serviceBecomes", {
                          service: names[j] ?? code,
                          verdict: t(`labels.verdict.${verdict}`),
                        })}
                      </li>
                    ),
                )}
                <li>
                  {t("result.remedies.planBecomes", {
                    verdict: t(`labels.verdict.${remedy.resultingOverall}`),
                  })}
                </li>
              </ul>
              {links && (
                <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
                  <NamedLink
                    href={links.result}
                    visible={t("result.remedies.see")}
                    name={t("result.remedies.seeLabel", { change: remedy.description })}
                  />
                  {links.comparison && (
                    <NamedLink
                      href={links.comparison}
                      visible={t("result.remedies.compare")}
                      name={t("result.remedies.compareLabel", { change: remedy.description })}
                    />
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </PageSection>
  );
}
