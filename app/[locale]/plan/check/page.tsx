import type { Metadata } from "next";

import { LinkProblem } from "@/components/link-problem";
import { AnswersList } from "@/components/result/answers-list";
import { BackLink } from "@/components/wizard/back-link";
import { CutLinkNotice } from "@/components/wizard/cut-link-notice";
import { StepList } from "@/components/wizard/step-list";
import { answersBesideDamage, decodeLink, encodeResultQuery } from "@/lib/answers/codec";
import { completeAnswers, firstIncompleteStep, stepsFor } from "@/lib/flow";
import { translatorFor } from "@/lib/i18n/translator";
import { contentLocale } from "@/lib/present/locale";
import { RULES_FACTS } from "@/lib/rules";
import { summaryRows } from "@/lib/wizard/summary";
import { compareHref, comparisonSlot, PLAN_NAMES, returnToComparison } from "@/lib/compare/link";
import { cutKindOf, readContext, resultHref, stepHref } from "@/lib/wizard/urls";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = translatorFor(contentLocale(locale));
  const decoded = decodeLink(await searchParams);
  // A link this page cannot show is titled as the page explains it.
  const shown = decoded.ok && completeAnswers(decoded.draft) !== null;
  return { title: shown ? t("check.title") : t("linkProblem.title") };
}

/** "Check your answers": every answer with a link to change it, then the result. */
export default async function CheckPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  const context = readContext(query);
  const decoded = decodeLink(query);
  if (!decoded.ok) {
    return (
      <LinkProblem
        locale={locale}
        problem={decoded.problem.kind}
        draft={answersBesideDamage(query, decoded.problem)}
        present={context.present}
      />
    );
  }
  const { draft } = decoded;
  const answers = completeAnswers(draft);
  if (!answers) {
    // The proxy sends an unfinished draft to its first open question; this is the fallback.
    // A draft with nothing left to answer that is still invalid gets no link back here.
    const resumable = firstIncompleteStep(draft) !== null;
    return (
      <LinkProblem
        locale={locale}
        problem="incomplete"
        present={context.present}
        {...(resumable && { draft })}
      />
    );
  }

  const t = translatorFor(contentLocale(locale));
  const lastStep = stepsFor(draft).at(-1);
  // A result link cut short never comes here: with its answers whole, it opens its result.
  const cut = cutKindOf(query);
  const seeResult = resultHref(
    locale,
    answers,
    RULES_FACTS.current,
    RULES_FACTS.verdictsOf(answers),
    context,
  );

  // A plan changed from a comparison goes back to it, in its slot.
  const planQuery = encodeResultQuery(
    answers,
    RULES_FACTS.current,
    RULES_FACTS.verdictsOf(answers),
  );
  const plans = context.compare
    ? returnToComparison(context.compare, planQuery, RULES_FACTS)
    : null;
  const comparison = plans
    ? compareHref(locale, plans, context.present ? [["present", "1"]] : [])
    : undefined;

  // Come from "Change Plan B": say which plan these answers are and where they go back to.
  const intro =
    comparison && context.compare
      ? t("check.introComparison", {
          plan: t("compare.planName", { name: PLAN_NAMES[comparisonSlot(context.compare)] ?? "" }),
        })
      : t("check.intro");

  return (
    <>
      {lastStep && (
        <BackLink href={stepHref(locale, lastStep.id, draft, context)} label={t("check.back")} />
      )}
      {context.present && <StepList locale={locale} draft={draft} context={context} t={t} />}
      {cut === "address" && <CutLinkNotice t={t} kind={cut} where="check" />}
      <h1 className="text-3xl font-bold">{t("check.title")}</h1>
      <p className="mt-4 mb-6 text-lg">{intro}</p>
      {/* What the result will assess: answers to questions no longer asked are left out. */}
      <AnswersList rows={summaryRows(answers, t, locale, context, draft)} t={t} />
      <p className="mt-6">{t("check.nothingStored")}</p>
      <a href={comparison ?? seeResult} className="btn mt-6">
        {comparison ? t("compare.backToComparison") : t("check.submit")}
      </a>
    </>
  );
}
