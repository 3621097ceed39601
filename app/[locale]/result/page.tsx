import type { Metadata } from "next";
import { cache } from "react";

import { LinkProblem } from "@/components/link-problem";
import { citationsOf, SourcesList } from "@/components/result/citation";
import { HeldAnswers } from "@/components/result/held-answers";
import { NextSteps } from "@/components/result/next-steps";
import { PlanFindings } from "@/components/result/plan-findings";
import { RemedyList } from "@/components/result/remedy-list";
import { ScopeStatement } from "@/components/result/scope-statement";
import { ServiceSection } from "@/components/result/service-section";
import { MemoHeader } from "@/components/print/memo-header";
import { ShareBlock } from "@/components/print/share-block";
import { RulesChangedNotice } from "@/components/result/rules-changed";
import { UnsealedNotice } from "@/components/result/unsealed-notice";
import { VerdictBanner } from "@/components/result/verdict-banner";
import { StepList } from "@/components/wizard/step-list";
import { readResultLink } from "@/lib/answers/result-link";
import type { Result } from "@/lib/answers/result-schema";
import type { Answers } from "@/lib/answers/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { withAnswerDefaults } from "@/lib/present/answer-defaults";
import { contentLocale, dateValue, madeNow } from "@/lib/present/locale";
import { previewMetadata } from "@/lib/present/preview";
import { rulesChange } from "@/lib/present/rules-change";
import { planMap } from "@/lib/present/plan-map";
import { toResult } from "@/lib/result/build";
import { assess, pilotCanMatter, planPilotAreas, RULES_FACTS } from "@/lib/rules";
import { compareHref } from "@/lib/compare/link";
import { checkHref, readContext, startHref } from "@/lib/wizard/urls";
import { PageSection } from "@/components/layout/page-section";

type Query = Record<string, string | string[] | undefined>;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Query>;
};

/**
 * The link read, and its plan assessed, once per request: the metadata and the page both
 * need them. React's cache lasts as long as one request's render, so nothing of the answers
 * outlives the request.
 */
const readLink = cache((query: Query) => readResultLink(query, RULES_FACTS));
const assessed = cache((answers: Answers) => assess(answers));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = contentLocale((await params).locale);
  const t = translatorFor(locale);
  const link = readLink(await searchParams);
  // The preview shows the verdict only; the answers stay in the link.
  const verdict = link.ok ? assessed(link.answers).overall : undefined;
  return {
    title: link.ok ? t("result.title") : t("linkProblem.title"),
    ...previewMetadata(locale, verdict, t),
  };
}

/**
 * The result of a share link, recomputed from the answers it carries. A link that cannot be
 * read gets its explanation (the proxy has already set HTTP 400).
 */
/**
 * Where the plan sits against the pilot is worth drawing only for a service the pilot could
 * decide: one it opens, above the nationwide maximum, and without content the pilot excludes.
 */
function showsMap(service: Answers["services"][number] | undefined, share: number): boolean {
  return (
    service !== undefined && (service.content ?? []).length === 0 && pilotCanMatter(service, share)
  );
}

/**
 * Registered outside the mainland, the company cannot hold the permit at any share
 * (ENTITY-MAINLAND, RULES.md §5 step 2): what stands in the way is the registration.
 */
function outsideMainland(answers: Answers): boolean {
  return answers.company.registeredIn === "outside-mainland";
}

/**
 * Whether moving the company or facilities could change a service that is not permitted:
 * a company registered outside the mainland, or a service the pilot could decide (as for
 * the map). Otherwise (an IP-VPN, say, which the pilot does not open) only the share or the
 * services can.
 */
function placeCanHelp(answers: Answers, result: Result): boolean {
  if (outsideMainland(answers)) return true;
  const share = answers.investor.foreignSharePercent;
  return result.services.some(
    ({ code, verdict }) =>
      verdict === "not-permitted" &&
      showsMap(
        answers.services.find((service) => service.code === code),
        share,
      ),
  );
}

export default async function ResultPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  const context = readContext(query);
  const link = readLink(query);
  if (!link.ok) {
    return (
      <LinkProblem
        locale={locale}
        problem={link.problem}
        draft={link.draft}
        present={context.present}
      />
    );
  }

  const { answers } = link;
  const language = contentLocale(locale);
  const t = translatorFor(language);
  const result = toResult(answers, assessed(answers), t);
  const share = answers.investor.foreignSharePercent;
  const maps = planMap(answers, planPilotAreas(answers));
  // The answers as the wizard states them, for "Your answers" and "Change your answers".
  const stated = withAnswerDefaults(answers);
  // "Compare with a variant": this plan twice, the second to change.
  const planQuery = result.links.result.slice(result.links.result.indexOf("?") + 1);
  const variantHref = compareHref(
    locale,
    [planQuery, planQuery],
    context.present ? [["present", "1"]] : [],
  );

  return (
    // On paper the answers follow the verdict (CSS order, print only): a memo says what was
    // assessed before why. On screen, and to assistive technology, the order is the DOM's.
    <div className="print:flex print:flex-col">
      <div className="print:-order-1">
        <MemoHeader
          title={t("result.title")}
          rulesVersion={result.rulesVersion}
          rulesCheckedOn={dateValue(result.rulesCheckedOn)}
          printedOn={madeNow()}
          t={t}
        />
        <RulesChangedNotice change={rulesChange(link, result.services)} t={t} />
        {link.rulesVersion === undefined && <UnsealedNotice t={t} />}
        <VerdictBanner
          result={result}
          share={share}
          outsideMainland={outsideMainland(answers)}
          locale={language}
          t={t}
        />
        {/* What a reader does next, within reach of the verdict on a page this long. */}
        <nav aria-label={t("result.shortcuts.label")} className="no-print mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href={checkHref(locale, stated, context)} className="inline-block min-h-6">
                {t("result.actions.changeAnswers")}
              </a>
            </li>
            <li>
              <a href={variantHref} className="inline-block min-h-6">
                {t("compare.fromResult")}
              </a>
            </li>
            <li>
              <a href="#share-title" className="inline-block min-h-6">
                {t("result.shortcuts.share")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      {result.overall === "not-permitted" && result.remedies.length > 0 && (
        <RemedyList
          remedies={result.remedies}
          answers={answers}
          locale={locale}
          context={context}
          planQuery={planQuery}
          t={t}
        />
      )}
      {result.services.map((service, i) => (
        <ServiceSection
          key={service.code}
          service={service}
          share={share}
          registeredIn={answers.company.registeredIn}
          showRuleIds={context.present === true}
          zh={language === "zh"}
          t={t}
          map={showsMap(answers.services[i], share) ? maps[i] : undefined}
        />
      ))}
      <PlanFindings
        findings={result.findings}
        showRuleIds={context.present === true}
        zh={language === "zh"}
        t={t}
      />
      <NextSteps
        result={result}
        placeCanHelp={placeCanHelp(answers, result)}
        locale={language}
        t={t}
      />
      {/*
       * Presenter mode's jump list beside the answers it changes: above the remedies and
       * services, its dozen questions pushed what would change the result off a projector.
       */}
      {context.present && <StepList locale={locale} draft={stated} context={context} t={t} />}
      <PageSection
        titleId="answers-title"
        title={t("result.answers.title")}
        className="print:-order-1"
      >
        <p className="mt-2 mb-4 print:hidden">{t("result.answers.intro")}</p>
        <HeldAnswers answers={stated} locale={language} context={context} t={t} />
      </PageSection>
      <ShareBlock
        href={result.links.result}
        title={t("result.share.title")}
        linkText={t("result.share.link")}
        warning={t("result.share.warning")}
        t={t}
      />
      <SourcesList citations={citationsOf(result)} zh={language === "zh"} t={t} />
      <ScopeStatement
        rulesVersion={result.rulesVersion}
        rulesCheckedOn={result.rulesCheckedOn}
        t={t}
      />
      <nav aria-label={t("result.actions.label")} className="no-print mt-12">
        <ul className="flex flex-wrap items-center gap-6">
          <li>
            <a href={checkHref(locale, stated, context)} className="btn btn-secondary">
              {t("result.actions.changeAnswers")}
            </a>
          </li>
          <li>
            <a href={variantHref} className="btn btn-secondary">
              {t("compare.fromResult")}
            </a>
          </li>
          <li>
            <a href={startHref(locale, context)} className="inline-block min-h-6">
              {t("layout.home")}
            </a>
          </li>
        </ul>
        <p className="mt-3 text-muted">{t("compare.fromResultHint")}</p>
      </nav>
    </div>
  );
}
