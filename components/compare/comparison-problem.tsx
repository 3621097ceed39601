import { LinkProblemPage, UNVOUCHED, type WayOn } from "@/components/link-problem";
import { readResultLink } from "@/lib/answers/result-link";
import {
  compareContext,
  type Comparison,
  MAX_PLANS,
  MAX_PLAN_LENGTH,
  PLAN_NAMES,
} from "@/lib/compare/link";
import type { Translate } from "@/lib/i18n/render";
import { RULES_FACTS } from "@/lib/rules";
import { whereACutLinkResumes, whereADamagedLinkResumes } from "@/lib/wizard/step-view";
import { completeAnswers } from "@/lib/flow";
import { checkHref, contextEntries, type JourneyContext } from "@/lib/wizard/urls";

type Props = {
  locale: string;
  problem: Extract<Comparison, { ok: false }>;
  /** The plans' own queries, as the comparison's address holds them. */
  planTexts: readonly string[];
  context: JourneyContext;
  t: Translate;
};

/**
 * What each plan of a comparison that cannot be opened still offers: its result; when its
 * link was cut short, its open questions on the way back into the comparison (whose damaged
 * plan the finished one replaces), and so, when one of its answers is damaged, does that
 * question, with the others kept; when its result cannot be vouched for (changed, or made
 * under rules this copy does not have), its answers to check on the same way back. A
 * comparison shared in a chat is long, and a cut there would otherwise lose every plan for one.
 */
function waysOn(
  locale: string,
  planTexts: readonly string[],
  context: JourneyContext,
  t: Translate,
) {
  const ways: WayOn[] = [];
  planTexts.slice(0, MAX_PLANS).forEach((text, slot) => {
    if (text.length > MAX_PLAN_LENGTH) return;
    const name = t("compare.planName", { name: PLAN_NAMES[slot] ?? "" });
    const query = new URLSearchParams(text);
    const link = readResultLink(query, RULES_FACTS);
    if (link.ok) {
      for (const [param, value] of contextEntries({ present: context.present }))
        query.set(param, value);
      ways.push({
        key: `open-${slot}`,
        href: `/${locale}/result?${query}`,
        label: t("compare.actions.open", { name }),
      });
    } else if (link.draft) {
      const back = { present: context.present, compare: compareContext(slot, planTexts) };
      if (link.problem === "incomplete" && !link.sealed) {
        ways.push({
          key: `continue-${slot}`,
          href: whereACutLinkResumes(locale, link.draft, query, back),
          label: t("compare.problem.continue", { name }),
        });
      } else if (link.problem === "invalid-value") {
        ways.push({
          key: `answer-${slot}`,
          href: whereADamagedLinkResumes(locale, link.draft, back).href,
          label: t(
            completeAnswers(link.draft) ? "compare.problem.check" : "compare.problem.answerAgain",
            { name },
          ),
        });
      } else if (UNVOUCHED.includes(link.problem) && completeAnswers(link.draft)) {
        ways.push({
          key: `check-${slot}`,
          href: checkHref(locale, link.draft, back),
          label: t("compare.problem.check", { name }),
        });
      }
    }
  });
  return ways;
}

/** Why a comparison cannot be opened, and what of it can still be used. Answered with 400. */
export function ComparisonProblem({ locale, problem, planTexts, context, t }: Props) {
  const plan = PLAN_NAMES[problem.plan ?? 0] ?? "";
  const reason =
    problem.problem === "plan-count"
      ? t("compare.problem.count")
      : problem.problem === "incomplete"
        ? t("compare.problem.planIncomplete", { plan })
        : problem.problem === "newer-rules-version"
          ? t("compare.problem.planNewer", { plan })
          : t("compare.problem.plan", { plan });
  return (
    <LinkProblemPage
      title={t("compare.problem.title")}
      reason={reason}
      ways={waysOn(locale, planTexts, context, t)}
      locale={locale}
      context={context}
    />
  );
}
