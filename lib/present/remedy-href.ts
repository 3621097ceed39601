/**
 * The result page of a plan with a remedy's changes applied: the link "See the result with
 * this change" follows. The changed plan is checked again by the one schema, and the link
 * carries the verdicts the current rules give it, so it opens like any other share link.
 */
import { AnswersSchema, type Answers } from "@/lib/answers/schema";
import { applyPatch, RULES_FACTS, type PatchOp } from "@/lib/rules";
import { type JourneyContext, resultHref } from "@/lib/wizard/urls";

/** Undefined when the changes do not give a valid plan (then no link is offered). */
export function remedyHref(
  locale: string,
  answers: Answers,
  changes: readonly PatchOp[],
  context: JourneyContext = {},
): string | undefined {
  let changed: unknown;
  try {
    changed = applyPatch(answers, changes);
  } catch {
    return undefined;
  }
  const parsed = AnswersSchema.safeParse(changed);
  if (!parsed.success) return undefined;
  return resultHref(
    locale,
    parsed.data,
    RULES_FACTS.current,
    RULES_FACTS.verdictsOf(parsed.data),
    context,
  );
}
