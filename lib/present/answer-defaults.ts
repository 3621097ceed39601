/**
 * A result's answers, stated as the wizard's draft: what "Your answers", "Change your answers"
 * and a comparison's "Change" links are made from.
 *
 * A result link made outside the wizard (the JSON API, an older link) may leave out answers
 * the contract defaults, such as an information service's `content` (API.md: default []).
 * The wizard's flow counts such a question as unanswered, so "Your answers" would skip it
 * and "Change your answers" would open an unfinished draft: the default the flow asks for is
 * filled in, the same plan stated the way the wizard states it.
 *
 * The other way round, a result states no facilities for a service the flow does not ask
 * about (`askedAnswers`: its share is within the nationwide maximum, say). That empty list is
 * the contract's default, not the user's answer: carried back into the wizard, a change that
 * makes the question count again (the share raised above 50%) would read it as "no
 * facilities", ask nothing, and decide the service on conditions the user never stated. It
 * goes back unanswered, so that such a change asks it.
 */
import type { AnswersDraft } from "@/lib/answers/draft";
import type { Answers } from "@/lib/answers/schema";
import { stepsFor } from "@/lib/flow";

export function withAnswerDefaults(answers: Answers): AnswersDraft {
  const asked = new Set<string>(stepsFor(answers).map((step) => step.id));
  return {
    ...answers,
    services: answers.services.map((service) => {
      if (service.content === undefined && asked.has(`content-${service.code}`))
        return { ...service, content: [] };
      if (service.facilities.length === 0 && !asked.has(`facilities-${service.code}`)) {
        const { facilities: _default, ...unanswered } = service;
        return unanswered;
      }
      return service;
    }),
  };
}
