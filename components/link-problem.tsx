import type { AnswersDraft } from "@/lib/answers/draft";
import type { ResultLinkProblem } from "@/lib/answers/result-link";
import { firstIncompleteStep } from "@/lib/flow";
import { translatorFor } from "@/lib/i18n/translator";
import { contentLocale } from "@/lib/present/locale";
import { whereADamagedLinkResumes } from "@/lib/wizard/step-view";
import { checkHref, type JourneyContext, startHref, stepHref } from "@/lib/wizard/urls";

const PROBLEMS: readonly ResultLinkProblem[] = [
  "missing-version",
  "unsupported-version",
  "invalid-value",
  "unknown-rules-version",
  "newer-rules-version",
  "tampered",
  "incomplete",
  "no-answers",
];

/** Readable answers whose result the link cannot vouch for: Check your answers recomputes it. */
export const UNVOUCHED: readonly ResultLinkProblem[] = [
  "tampered",
  "unknown-rules-version",
  "newer-rules-version",
];

type Props = {
  locale: string;
  problem: ResultLinkProblem;
  /** The answers the link carries, when they can still be read. */
  draft?: AnswersDraft;
  /** Presenter mode, which the ways on keep. */
  present?: boolean;
};

/**
 * Where the answers a readable but untrusted or unfinished link carries can be taken up:
 * a tampered link's answers, or those of a link naming rules this copy of the tool does not
 * have, go to "Check your answers" (which recomputes their result); an incomplete one's to
 * its first unanswered question, where the check page would send them, and so do those of
 * a link with one damaged answer, whose question that is (or, when it was not one the plan
 * asks, to "Check your answers").
 */
function resumeOf(
  locale: string,
  problem: ResultLinkProblem,
  draft: AnswersDraft | undefined,
  context: JourneyContext,
) {
  if (!draft) return undefined;
  if (UNVOUCHED.includes(problem))
    return { href: checkHref(locale, draft, context), key: "checkAnswers" };
  if (problem === "invalid-value") {
    const { href, question } = whereADamagedLinkResumes(locale, draft, context);
    return { href, key: question ? "answerAgain" : "checkAnswers" };
  }
  if (problem === "incomplete") {
    const step = firstIncompleteStep(draft);
    return step
      ? { href: stepHref(locale, step, draft, context), key: "continue" }
      : { href: checkHref(locale, draft, context), key: "checkAnswers" };
  }
  return undefined;
}

/** A damaged link's reason says what of it can still be taken up. */
function reasonOf(problem: ResultLinkProblem, resume: string | undefined): string {
  if (problem !== "invalid-value" || resume === undefined) return problem;
  return resume === "answerAgain" ? "invalid-value-readable" : "invalid-value-whole";
}

/** A way on from a link that cannot be opened. */
export type WayOn = { key: string; href: string; label: string };

/**
 * The page of a link that cannot be opened (a result's or a comparison's): why, the ways on
 * that what it holds still offers, and a fresh start. The proxy answers it with HTTP 400.
 */
export function LinkProblemPage({
  title,
  reason,
  ways,
  locale,
  context,
}: {
  title: string;
  reason: string;
  ways: readonly WayOn[];
  locale: string;
  context: JourneyContext;
}) {
  const t = translatorFor(contentLocale(locale));
  return (
    <>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg">{reason}</p>
      <h2 className="mt-8 text-2xl font-bold">{t("linkProblem.whatToDo")}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {ways.map((way) => (
          <li key={way.key}>
            <a href={way.href}>{way.label}</a>
          </li>
        ))}
        <li>
          <a href={startHref(locale, context)}>{t("linkProblem.startAgain")}</a>
        </li>
      </ul>
      <p className="mt-6">{t("linkProblem.askSender")}</p>
    </>
  );
}

/** Why a link cannot be opened, and what to do instead. The proxy answers it with HTTP 400. */
export function LinkProblem({ locale, problem, draft, present = false }: Props) {
  const t = translatorFor(contentLocale(locale));
  const known = PROBLEMS.includes(problem) ? problem : "invalid-value";
  const context: JourneyContext = { present };
  const resume = resumeOf(locale, known, draft, context);
  return (
    <LinkProblemPage
      title={t("linkProblem.title")}
      reason={t(`linkProblem.problems.${reasonOf(known, resume?.key)}`)}
      ways={
        resume
          ? [{ key: resume.key, href: resume.href, label: t(`linkProblem.${resume.key}`) }]
          : []
      }
      locale={locale}
      context={context}
    />
  );
}
