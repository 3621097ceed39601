import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { LinkProblem } from "@/components/link-problem";
import { NotFoundMessage } from "@/components/not-found-message";
import { QuestionPage } from "@/components/wizard/question-page";
import { parseStepId } from "@/lib/flow";
import { isAppLocale, translatorFor } from "@/lib/i18n/translator";
import { contentLocale } from "@/lib/present/locale";
import { questionTitle } from "@/lib/wizard/question-text";
import { stepPage } from "@/lib/wizard/step-view";
import { readContext } from "@/lib/wizard/urls";

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

/** A segment that names no step is answered 404 by the proxy; its page is rendered here. */
const NO_SUCH_STEP = { kind: "no-such-step" } as const;

async function load({ params, searchParams }: Props) {
  const { locale, step } = await params;
  if (!isAppLocale(locale)) notFound();
  const stepId = parseStepId(step);
  if (!stepId) return { locale, page: NO_SUCH_STEP };
  return { locale, page: stepPage(locale, stepId, toQuery(await searchParams)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page } = await load(props);
  const t = translatorFor(contentLocale(locale));
  if (page.kind === NO_SUCH_STEP.kind) return { title: t("notFound.metaTitle") };
  // The page says the link cannot be opened: so does its title (tab, history, screen reader).
  if (page.kind === "damaged") return { title: t("linkProblem.title") };
  if (page.kind !== "step") return {};
  const title = questionTitle(page.step, t);
  return { title: page.errors.length > 0 ? t("wizard.errorTitlePrefix", { title }) : title };
}

/**
 * One question. The proxy has already answered submissions (redirect when valid, 400 when
 * not), moved users who opened a step they cannot reach yet, and set 404 for a segment
 * that is no step; this page renders what is left. It never calls `notFound()` for an
 * unknown step: Next.js would send an empty shell that only client JavaScript fills in.
 */
export default async function StepPage(props: Props) {
  const { locale, page } = await load(props);
  const { present } = readContext(await props.searchParams);
  if (page.kind === NO_SUCH_STEP.kind)
    return <NotFoundMessage locale={locale} present={present === true} />;
  if (page.kind === "damaged")
    return (
      <LinkProblem
        locale={locale}
        problem={page.problem.kind}
        draft={page.draft}
        present={present === true}
      />
    );
  if (page.kind === "elsewhere") redirect(page.location);
  return <QuestionPage locale={locale} view={page} />;
}
