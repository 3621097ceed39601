import type { Metadata } from "next";

import { ComparisonProblem } from "@/components/compare/comparison-problem";
import { ComparisonTable } from "@/components/compare/comparison-table";
import { PlanMemo } from "@/components/compare/plan-memo";
import { MemoHeader } from "@/components/print/memo-header";
import { ShareBlock } from "@/components/print/share-block";
import { citationsOf, SourcesList } from "@/components/result/citation";
import { RulesChangedNotice } from "@/components/result/rules-changed";
import { UnsealedNotice } from "@/components/result/unsealed-notice";
import { ScopeStatement } from "@/components/result/scope-statement";
import { encodeResultQuery } from "@/lib/answers/codec";
import {
  compareContext,
  compareHref,
  PLAN_NAMES,
  planTextsOf,
  readComparison,
} from "@/lib/compare/link";
import { answerDifferences, compareResults } from "@/lib/compare/differences";
import { translatorFor } from "@/lib/i18n/translator";
import { contentLocale, dateValue, listOf, madeNow } from "@/lib/present/locale";
import { pagePreviewMetadata } from "@/lib/present/preview";
import { toResult } from "@/lib/result/build";
import { assess, RULES_CHECKED_ON, RULES_FACTS } from "@/lib/rules";
import { withAnswerDefaults } from "@/lib/present/answer-defaults";
import { rulesChange } from "@/lib/present/rules-change";
import { heldRows } from "@/lib/wizard/summary";
import { checkHref, readContext, resultHref } from "@/lib/wizard/urls";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The preview names the product and that this is a comparison, never a verdict: one verdict
 * (the worst) would misstate a page whose point is that plans differ, and the plans' details
 * stay in the link.
 */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const language = contentLocale((await params).locale);
  const t = translatorFor(language);
  const opens = readComparison(await searchParams, RULES_FACTS).ok;
  return {
    title: opens ? t("compare.title") : t("compare.problem.title"),
    ...pagePreviewMetadata(language, { kind: "comparison" }, t),
  };
}

/**
 * Two to four plans side by side: per service each plan's verdict and maximum share, with the
 * rules that differ between them marked. Each plan can be opened, changed (the wizard brings
 * it back here), copied as a variant or removed. Printed, it is a memo as a result is: each
 * plan in full after the table, then the sources and what the assessment does not cover.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  const context = readContext(query);
  const language = contentLocale(locale);
  const t = translatorFor(language);
  const comparison = readComparison(query, RULES_FACTS);
  if (!comparison.ok) {
    return (
      <ComparisonProblem
        locale={locale}
        problem={comparison}
        planTexts={planTextsOf(query)}
        context={context}
        t={t}
      />
    );
  }

  const { plans } = comparison;
  // With remedies: the printed memo gives each plan's, as its result would.
  const assessments = plans.map((plan) => assess(plan.answers));
  const results = plans.map((plan, i) => toResult(plan.answers, assessments[i]!, t));
  // Each plan's own share-link query under today's rules.
  const queries = plans.map((plan, i) =>
    encodeResultQuery(
      plan.answers,
      assessments[i]!.rulesVersion,
      assessments[i]!.services.map((s) => s.verdict),
    ),
  );
  const names = plans.map((_, i) =>
    t("compare.planName", { name: PLAN_NAMES[i] ?? String(i + 1) }),
  );
  const present = context.present ? ([["present", "1"]] as Array<[string, string]>) : [];
  const without = (i: number) => queries.filter((_, j) => j !== i);
  const shareHref = compareHref(locale, queries).replace(`/${locale}/compare`, "/compare");
  // The answers the plans do not share: each card names its own, so no two cards read alike.
  const differences = answerDifferences(
    plans.map((plan) => heldRows(withAnswerDefaults(plan.answers), t, locale).rows),
  );

  return (
    <>
      <MemoHeader
        title={t("compare.title")}
        rulesVersion={RULES_FACTS.current}
        rulesCheckedOn={dateValue(RULES_CHECKED_ON)}
        printedOn={madeNow()}
        t={t}
      />
      {/* On paper the memo's header already gives the title: printed once, not twice. */}
      <h1 className="text-3xl font-bold print:hidden">{t("compare.title")}</h1>
      <p className="mt-4 max-w-3xl text-lg">{t("compare.intro")}</p>

      <ol className="mt-8 grid gap-6 md:grid-cols-2">
        {plans.map((plan, i) => {
          const { answers } = plan;
          const codes = listOf(
            language,
            answers.services.map((s) => s.code),
          );
          return (
            <li key={i} className="border-2 border-line p-4">
              <h2 className="text-xl font-bold">{names[i]}</h2>
              {/* A plan whose link was made under older rules says so, as its result would. */}
              <div className="mt-3 empty:hidden">
                <RulesChangedNotice
                  change={rulesChange(plan, results[i]!.services)}
                  titleId={`plan-${i + 1}-rules-changed-title`}
                  level={3}
                  t={t}
                />
                {plan.rulesVersion === undefined && (
                  <UnsealedNotice
                    t={t}
                    titleId={`plan-${i + 1}-unsealed-title`}
                    level={3}
                    inComparison
                  />
                )}
              </div>
              <p className="mt-2">
                {t("compare.planSummary", {
                  share: answers.investor.foreignSharePercent,
                  place: t(`labels.location.${answers.company.registeredIn}`),
                  services: codes,
                })}
              </p>
              {differences.length > 0 ? (
                <>
                  <p className="mt-3 font-bold">
                    {t("compare.differences.title", { count: plans.length - 1 })}
                  </p>
                  <dl className="mt-1 space-y-2 border-l-4 border-warn pl-3">
                    {differences.map((difference) => {
                      const values = difference.values[i];
                      return (
                        <div key={difference.step}>
                          <dt>{difference.label}</dt>
                          <dd className="font-bold">
                            {values === undefined ? (
                              t("compare.differences.notAsked")
                            ) : values.length === 1 ? (
                              values[0]
                            ) : (
                              <ul>
                                {values.map((value, j) => (
                                  <li key={j}>{value}</li>
                                ))}
                              </ul>
                            )}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                </>
              ) : (
                <p className="mt-3">{t("compare.differences.none", { count: plans.length - 1 })}</p>
              )}
              <ul className="no-print mt-3 space-y-1">
                <li>
                  <a
                    href={resultHref(
                      locale,
                      answers,
                      assessments[i]!.rulesVersion,
                      assessments[i]!.services.map((s) => s.verdict),
                      { present: context.present },
                    )}
                    className="inline-block min-h-6"
                  >
                    {t("compare.actions.open", { name: names[i] ?? "" })}
                  </a>
                </li>
                <li>
                  <a
                    href={checkHref(locale, withAnswerDefaults(answers), {
                      ...context,
                      compare: compareContext(i, queries),
                    })}
                    className="inline-block min-h-6"
                  >
                    {t("compare.actions.change", { name: names[i] ?? "" })}
                  </a>
                </li>
                {plans.length < PLAN_NAMES.length && (
                  <li>
                    <a
                      href={compareHref(locale, [...queries, queries[i] ?? ""], present)}
                      className="inline-block min-h-6"
                    >
                      {t("compare.actions.variant", { name: names[i] ?? "" })}
                    </a>
                  </li>
                )}
                {plans.length > 2 && (
                  <li>
                    <a
                      href={compareHref(locale, without(i), present)}
                      className="inline-block min-h-6"
                    >
                      {t("compare.actions.remove", { name: names[i] ?? "" })}
                    </a>
                  </li>
                )}
              </ul>
            </li>
          );
        })}
      </ol>

      <ComparisonTable
        rows={compareResults(results)}
        results={results}
        names={names}
        locale={language}
        showRuleIds={context.present === true}
        t={t}
      />

      <ShareBlock
        href={shareHref}
        title={t("compare.share.title")}
        linkText={t("compare.share.link")}
        warning={t("compare.share.warning")}
        t={t}
      />
      {plans.map((plan, i) => (
        <PlanMemo
          key={i}
          name={names[i] ?? ""}
          slot={i}
          answers={plan.answers}
          result={results[i]!}
          locale={language}
          context={context}
          t={t}
        />
      ))}
      {/* Once for every plan: most cite the same instruments. */}
      <SourcesList
        citations={results.flatMap(citationsOf)}
        zh={language === "zh"}
        introKey="compare.sourcesIntro"
        t={t}
      />
      <ScopeStatement rulesVersion={RULES_FACTS.current} rulesCheckedOn={RULES_CHECKED_ON} t={t} />
    </>
  );
}
