/**
 * Where a remedy's links lead: the result page of the plan with its changes applied ("See the
 * result with this change"), and a comparison of the plan as it stands beside it. The changed
 * plan is checked again by the one schema, and its link carries the verdicts the current
 * rules give it, so it opens like any other share link.
 */
import { encodeResultQuery } from "@/lib/answers/codec";
import { AnswersSchema, type Answers } from "@/lib/answers/schema";
import { compareHref } from "@/lib/compare/link";
import { applyPatch, RULES_FACTS, type PatchOp } from "@/lib/rules";
import { type JourneyContext, resultHref } from "@/lib/wizard/urls";

/** The plan with the changes applied, or undefined when they do not give a valid plan. */
function changedPlan(answers: Answers, changes: readonly PatchOp[]): Answers | undefined {
  let changed: unknown;
  try {
    changed = applyPatch(answers, changes);
  } catch {
    return undefined;
  }
  const parsed = AnswersSchema.safeParse(changed);
  return parsed.success ? parsed.data : undefined;
}

export type RemedyLinks = { result: string; comparison?: string };

/**
 * The result of the changed plan, and, given the plan's own share-link query, the plan as it
 * stands as Plan A beside the changed plan as Plan B: what the change does, said by the
 * rules that differ, with the original kept in view. Undefined when the changes do not give
 * a valid plan (then no link is offered).
 */
export function remedyLinks(
  locale: string,
  answers: Answers,
  changes: readonly PatchOp[],
  { context = {}, planQuery }: { context?: JourneyContext; planQuery?: string } = {},
): RemedyLinks | undefined {
  const changed = changedPlan(answers, changes);
  if (!changed) return undefined;
  const verdicts = RULES_FACTS.verdictsOf(changed);
  const result = resultHref(locale, changed, RULES_FACTS.current, verdicts, context);
  if (planQuery === undefined) return { result };
  const changedQuery = encodeResultQuery(changed, RULES_FACTS.current, verdicts);
  const present: Array<[string, string]> = context.present ? [["present", "1"]] : [];
  return { result, comparison: compareHref(locale, [planQuery, changedQuery], present) };
}
