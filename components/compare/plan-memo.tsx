import { PageSection } from "@/components/layout/page-section";
import { HeldAnswers } from "@/components/result/held-answers";
import { PlanFindings } from "@/components/result/plan-findings";
import { RemedyList } from "@/components/result/remedy-list";
import { ServiceSection } from "@/components/result/service-section";
import type { Result } from "@/lib/answers/result-schema";
import type { Answers } from "@/lib/answers/schema";
import type { Translate } from "@/lib/i18n/render";
import type { AppLocale } from "@/lib/i18n/routing";
import { withAnswerDefaults } from "@/lib/present/answer-defaults";
import type { JourneyContext } from "@/lib/wizard/urls";

/**
 * One compared plan in full, for the printed memo: its answers, what would change its result,
 * and every finding of each service and of the whole plan with its sources, told by the result
 * page's own parts so the two memos cannot drift apart. Print only: on screen the table is
 * the comparison, and each plan's result page is a link away. The sources' addresses are
 * printed once for all plans, in the comparison's list of sources.
 */
export function PlanMemo({
  name,
  slot,
  answers,
  result,
  locale,
  context,
  t,
}: {
  /** "Plan A" */
  name: string;
  /** The plan's place in the comparison, which keeps its parts' IDs apart from the others'. */
  slot: number;
  answers: Answers;
  result: Result;
  locale: AppLocale;
  context: JourneyContext;
  t: Translate;
}) {
  const prefix = `plan-${slot + 1}-`;
  const share = answers.investor.foreignSharePercent;
  const showRuleIds = context.present === true;
  const zh = locale === "zh";
  return (
    <section
      aria-labelledby={`${prefix}memo-title`}
      className="hidden print:block print:break-before-page"
    >
      <h2 id={`${prefix}memo-title`} className="text-2xl font-bold">
        {t("compare.memo.title", { name })}
      </h2>
      <p className="mt-2">{t("compare.memo.intro", { name })}</p>
      <PageSection titleId={`${prefix}answers-title`} title={t("compare.memo.answers", { name })}>
        <HeldAnswers
          answers={withAnswerDefaults(answers)}
          locale={locale}
          context={context}
          t={t}
        />
      </PageSection>
      {result.overall === "not-permitted" && result.remedies.length > 0 && (
        <RemedyList
          id={`${prefix}remedies`}
          remedies={result.remedies}
          answers={answers}
          locale={locale}
          context={context}
          t={t}
        />
      )}
      {result.services.map((service) => (
        <ServiceSection
          key={service.code}
          idPrefix={prefix}
          service={service}
          share={share}
          registeredIn={answers.company.registeredIn}
          showRuleIds={showRuleIds}
          zh={zh}
          t={t}
        />
      ))}
      <PlanFindings
        findings={result.findings}
        idPrefix={prefix}
        showRuleIds={showRuleIds}
        zh={zh}
        t={t}
      />
    </section>
  );
}
