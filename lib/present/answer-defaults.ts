/**
 * A result link made outside the wizard (the JSON API, an older link) may leave out answers
 * the contract defaults, such as an information service's `content` (API.md: default []).
 * The wizard's flow counts such a question as unanswered, so "Your answers" would skip it
 * and "Change your answers" would open an unfinished draft. Filling the defaults the flow
 * asks for gives the same plan, stated the way the wizard states it.
 */
import type { Answers } from "@/lib/answers/schema";
import { findStep } from "@/lib/flow";

export function withAnswerDefaults(answers: Answers): Answers {
  return {
    ...answers,
    services: answers.services.map((service) =>
      service.content === undefined && findStep(answers, `content-${service.code}`)
        ? { ...service, content: [] }
        : service,
    ),
  };
}
