/**
 * Where the user is: the steps a plan needs, which comes next, which is the first one
 * still unanswered. Pure; every page and the proxy ask these questions the same way.
 */
import type { AnswersDraft, ServiceDraft } from "@/lib/answers/draft";
import { SERVICE_CODES, type ServiceCode } from "@/lib/answers/options";
import { AnswersSchema, type Answers } from "@/lib/answers/schema";

import {
  QUESTIONS,
  type Question,
  SECTIONS,
  type Section,
  type ServiceQuestionId,
  type StepId,
} from "./table";

export type Step = {
  id: StepId;
  question: Question;
  section: Section;
  /** The service the step asks about, for per-service questions. */
  code?: ServiceCode;
  answered: boolean;
};

/** The steps this draft needs, in journey order (all plan-wide questions, then per service). */
export function stepsFor(draft: AnswersDraft): Step[] {
  const steps: Step[] = [];
  for (const question of QUESTIONS) {
    if (question.kind === "plan") {
      steps.push({
        id: question.id,
        question,
        section: question.section,
        answered: question.answered(draft),
      });
      continue;
    }
    for (const service of draft.services ?? []) {
      if (!question.asks(service, draft)) continue;
      steps.push({
        id: `${question.id}-${service.code}`,
        question,
        section: question.section,
        code: service.code,
        answered: question.answered(service),
      });
    }
  }
  return steps;
}

export function firstIncompleteStep(draft: AnswersDraft): StepId | null {
  return stepsFor(draft).find((step) => !step.answered)?.id ?? null;
}

export function findStep(draft: AnswersDraft, id: string): Step | undefined {
  return stepsFor(draft).find((step) => step.id === id);
}

/** The step after `id` in this draft's journey, or null when it is the last. */
export function nextStep(draft: AnswersDraft, id: StepId): StepId | null {
  const steps = stepsFor(draft);
  const index = steps.findIndex((step) => step.id === id);
  return index === -1 ? firstIncompleteStep(draft) : (steps[index + 1]?.id ?? null);
}

export function previousStep(draft: AnswersDraft, id: StepId): StepId | null {
  const steps = stepsFor(draft);
  const index = steps.findIndex((step) => step.id === id);
  return index > 0 ? (steps[index - 1]?.id ?? null) : null;
}

/**
 * May this step be shown? Only if it applies to the plan and every step before it is
 * answered: an edited URL cannot skip a question.
 */
export function canOpen(draft: AnswersDraft, id: string): boolean {
  const steps = stepsFor(draft);
  const index = steps.findIndex((step) => step.id === id);
  return index !== -1 && steps.slice(0, index).every((step) => step.answered);
}

export type SectionState = "done" | "current" | "todo" | "not-needed";

/**
 * "Section N of M": always the same sections, in the same order, so that M never changes
 * during a journey. A section the plan asks nothing in is "not-needed" once every answer that
 * decides which questions are asked (share, services, kinds of service) is given; until
 * then it may still come, and is "todo" like any section ahead. Internet access is asked of
 * an ISP alone, so the services answer decides it alone.
 */
export function sectionProgress(
  draft: AnswersDraft,
  current: Section,
): { current: number; total: number; sections: Array<{ id: Section; state: SectionState }> } {
  const steps = stepsFor(draft);
  const asked = new Set(steps.map((step) => step.section));
  const decided = steps.every((step) => !step.question.decides || step.answered);
  const servicesGiven = steps.some((step) => step.question.id === "services" && step.answered);
  const decidedFor = (id: Section) => (id === "isp" ? servicesGiven : decided);
  const index = SECTIONS.indexOf(current);
  return {
    current: index + 1,
    total: SECTIONS.length,
    sections: SECTIONS.map((id, i) => ({
      id,
      state:
        i === index
          ? "current"
          : !asked.has(id)
            ? decidedFor(id)
              ? "not-needed"
              : "todo"
            : i < index
              ? "done"
              : "todo",
    })),
  };
}

/** The fields of a service that hold each per-service question's answer. */
const SERVICE_FIELD = {
  subtypes: "subtypes",
  content: "content",
  facilities: "facilities",
  coverage: "coverage",
  access: "ispAccess",
} as const satisfies Record<ServiceQuestionId, keyof ServiceDraft>;

/**
 * The draft with only the answers the flow asks of it. An answer given earlier to a question
 * the plan no longer asks (the facilities of a service whose share no longer goes beyond its
 * nationwide maximum, say) stays in the wizard's own addresses, so that undoing the change
 * brings it back; but it must not reach a result, whose answers the user can no longer see
 * or change. A question that is not asked takes the contract's default: no facilities, and
 * nothing else. Questions are weighed in the table's order, each on the answers kept before
 * it (whether facilities are asked depends on the sub-types).
 */
export function askedAnswers(draft: AnswersDraft): AnswersDraft {
  if (draft.services === undefined) return draft;
  const services = draft.services.map((service) => {
    let kept: ServiceDraft = { code: service.code };
    for (const question of QUESTIONS) {
      if (question.kind !== "service") continue;
      const field = SERVICE_FIELD[question.id];
      // With its own answer: content is asked of a service other than B25 because it has one.
      if (question.asks({ ...kept, [field]: service[field] }, draft)) {
        if (service[field] !== undefined) kept = { ...kept, [field]: service[field] };
      } else if (field === "facilities") {
        kept = { ...kept, facilities: [] };
      }
    }
    return kept;
  });
  return { ...draft, services };
}

/**
 * The complete answers, once every step is answered: exactly the answers the flow asks for
 * (`askedAnswers`), with the contract's defaults for the questions it does not ask. Null
 * while anything is missing or invalid. Every link to a result is made from these.
 */
export function completeAnswers(draft: AnswersDraft): Answers | null {
  if (firstIncompleteStep(draft) !== null) return null;
  const parsed = AnswersSchema.safeParse(askedAnswers(draft));
  return parsed.success ? parsed.data : null;
}

/** Parses a step ID from a URL segment. */
export function parseStepId(segment: string): StepId | null {
  const plan = ["origin", "share", "registration", "services"];
  if (plan.includes(segment)) return segment as StepId;
  const match = /^(subtypes|content|facilities|coverage|access)-(B\d\d)$/.exec(segment);
  if (!match || !(SERVICE_CODES as readonly string[]).includes(match[2] as string)) return null;
  return segment as StepId;
}
