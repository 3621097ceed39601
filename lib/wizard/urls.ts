/**
 * Addresses of the journey. Every one carries the answers so far (share-link format v1), so
 * refresh, back, forward and bookmarks never lose anything and nothing is kept on a server.
 */
import { encodeDraft, encodeResultQuery } from "@/lib/answers/codec";
import type { AnswersDraft } from "@/lib/answers/draft";
import type { Answers } from "@/lib/answers/schema";
import type { Verdict } from "@/lib/answers/verdict";
import type { StepId } from "@/lib/flow";

/** Marks a step opened from "Check your answers": once answered, go back there. */
export const RETURN_PARAM = "return";
export const RETURN_TO_CHECK = "check";

export function startHref(locale: string): string {
  return `/${locale}`;
}

export function stepHref(
  locale: string,
  step: StepId,
  draft: AnswersDraft,
  options: { returnToCheck?: boolean } = {},
): string {
  const query = encodeDraft(draft);
  if (options.returnToCheck) query.set(RETURN_PARAM, RETURN_TO_CHECK);
  return `/${locale}/plan/${step}?${query}`;
}

export function checkHref(locale: string, draft: AnswersDraft): string {
  return `/${locale}/plan/check?${encodeDraft(draft)}`;
}

export function resultHref(
  locale: string,
  answers: Answers,
  rulesVersion: string,
  verdicts: readonly Verdict[],
): string {
  return `/${locale}/result?${encodeResultQuery(answers, rulesVersion, verdicts)}`;
}
