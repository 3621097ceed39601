import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { LinkProblem } from "@/components/link-problem";
import { QuestionPage } from "@/components/wizard/question-page";
import { parseStepId } from "@/lib/flow";
import { isAppLocale, translatorFor } from "@/lib/i18n/translator";
import { contentLocale } from "@/lib/present/locale";
import { questionTitle } from "@/lib/wizard/question-text";
import { stepPage } from "@/lib/wizard/step-view";

type Props = {
  params: Promise<{ locale: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function toQuery(searchParams: Record<string, string | string[] | undefined>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      query.append(name, v);
  }
  return query;
}

async function load({ params, searchParams }: Props) {
  const { locale, step } = await params;
  const stepId = parseStepId(step);
  if (!stepId || !isAppLocale(locale)) notFound();
  return { locale, page: stepPage(locale, stepId, toQuery(await searchParams)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page } = await load(props);
  if (page.kind !== "step") return {};
  const t = translatorFor(contentLocale(locale));
  const title = questionTitle(page.step, t);
  return { title: page.errors.length > 0 ? t("wizard.errorTitlePrefix", { title }) : title };
}

/**
 * One question. The proxy has already answered submissions (redirect when valid, 400 when
 * not) and moved users who opened a step they cannot reach yet; this page renders what is left.
 */
export default async function StepPage(props: Props) {
  const { locale, page } = await load(props);
  if (page.kind === "damaged") return <LinkProblem locale={locale} problem={page.problem.kind} />;
  if (page.kind === "elsewhere") redirect(page.location);
  return <QuestionPage locale={locale} view={page} />;
}
