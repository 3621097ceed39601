/**
 * Everything a step page shows, decided from its address: the question, the values to fill
 * in, any errors, where Back goes, and how far the user is. Pure.
 */
import {
  answersBesideDamage,
  decodeLink,
  EMPTY_LIST,
  encodeDraft,
  lastAnswerOf,
  type LinkProblem,
  PARAM,
  type QueryInput,
} from "@/lib/answers/codec";
import type { AnswersDraft } from "@/lib/answers/draft";
import {
  canOpen,
  completeAnswers,
  findStep,
  firstIncompleteStep,
  parseStepId,
  previousStep,
  sectionProgress,
  stepsFor,
  type Step,
  type StepId,
} from "@/lib/flow";

import {
  ENTERED_PARAM,
  type FieldError,
  type FormValues,
  REFUSED_ENTRIES,
  SUBMITTED_PARAM,
  submitStep,
  validateStep,
  valuesFromDraft,
  valuesFromQuery,
} from "./submit";
import {
  checkHref,
  contextEntries,
  type CutKind,
  cutKindOf,
  cutQuestionOf,
  type JourneyContext,
  markedAsCut,
  readContext,
  startHref,
  stepHref,
} from "./urls";

export type Progress = ReturnType<typeof sectionProgress>;

export type StepView = {
  kind: "step";
  step: Step;
  draft: AnswersDraft;
  values: FormValues;
  errors: FieldError[];
  /** The answers so far, carried by the form as hidden fields. */
  hidden: Array<[string, string]>;
  action: string;
  backHref: string;
  progress: Progress;
  returnToCheck: boolean;
  /** Whether Back goes to Check your answers (the step was opened from there, and the plan is complete). */
  backToCheck: boolean;
  context: JourneyContext;
  /** Sent here from an address cut short (`CUT_LINK_PARAM`): what was cut. */
  cut: CutKind | undefined;
  /** A later question whose answer that cut may have shortened, to check on the way. */
  cutLater: Step | undefined;
};

export type StepPage =
  | StepView
  | {
      kind: "damaged";
      problem: LinkProblem;
      /** The answers beside one damaged answer, which can still be taken up. */
      draft?: AnswersDraft;
    }
  | { kind: "elsewhere"; location: string };

/** Where a step that cannot be shown sends the user: the first unanswered step, or the check page. */
export function whereTheUserIs(
  locale: string,
  draft: AnswersDraft,
  context: JourneyContext,
): string {
  const incomplete = firstIncompleteStep(draft);
  return incomplete
    ? stepHref(locale, incomplete, draft, context)
    : checkHref(locale, draft, context);
}

/**
 * The question of a link's last answer, if a cut could have shortened that answer and left
 * it valid: a share's digits (`p=49.99` cut to `p=4`), or a list cut after an item (services,
 * sub-types, content, facilities). A one-letter answer is whole, or the link reads as damaged.
 */
function questionOfShortenable(param: string): StepId | null {
  if (param === PARAM.share) return "share";
  if (param === PARAM.services) return "services";
  const question = SERVICE_LISTS.get(param.slice(0, 1));
  const digits = param.slice(1);
  return question && /^\d\d$/.test(digits) ? parseStepId(`${question}-B${digits}`) : null;
}

/** A service's answers that are lists, by their parameter's letter. */
const SERVICE_LISTS = new Map<string, string>([
  [PARAM.subtypes, "subtypes"],
  [PARAM.content, "content"],
  [PARAM.facilities, "facilities"],
]);

/**
 * Where a link to a result that holds only part of a plan takes the reader (ADR 0001 §8):
 * to its last answer's question when a cut may have shortened that answer without leaving
 * it invalid (the form shows what is left of it, to check), otherwise to the first question
 * it does not answer. Either way marked, so that the page says why.
 */
export function whereACutLinkResumes(
  locale: string,
  draft: AnswersDraft,
  query: QueryInput,
  context: JourneyContext,
): string {
  const last = lastAnswerOf(query);
  // Nothing longer that starts "100" is a share, nor "-" (none) a list.
  const whole =
    last === undefined ||
    last.value === EMPTY_LIST ||
    (last.param === PARAM.share && draft.investor?.foreignSharePercent === 100);
  const step = whole ? null : questionOfShortenable(last.param);
  if (step && findStep(draft, step)?.answered) {
    if (canOpen(draft, step))
      return markedAsCut(stepHref(locale, step, draft, context), "lastAnswer");
    // A question the wizard asks later (a service's facilities, written before the next
    // service's sub-types): the first open question's notice names it, to check on the way.
    return markedAsCut(whereTheUserIs(locale, draft, context), "result", step);
  }
  return markedAsCut(whereTheUserIs(locale, draft, context), "result");
}

/**
 * Where the answers of a link with one damaged answer are taken up: that answer's question
 * (the first open one), marked, and once answered back to "Check your answers" rather than
 * through them all; or, when it was not one the plan asks, "Check your answers" itself.
 */
export function whereADamagedLinkResumes(
  locale: string,
  draft: AnswersDraft,
  context: JourneyContext,
): { href: string; question: boolean } {
  const step = firstIncompleteStep(draft);
  return step
    ? {
        href: markedAsCut(
          stepHref(locale, step, draft, { ...context, returnToCheck: true }),
          "damaged",
        ),
        question: true,
      }
    : { href: checkHref(locale, draft, context), question: false };
}

/** The later question a cut link's mark names, if it is one of this plan's after this one. */
function laterQuestion(draft: AnswersDraft, stepId: StepId, query: URLSearchParams) {
  const named = cutQuestionOf(query);
  if (named === undefined || cutKindOf(query) !== "result") return undefined;
  const steps = stepsFor(draft);
  const later = steps.findIndex((step) => step.id === named);
  return later > steps.findIndex((step) => step.id === stepId) ? steps[later] : undefined;
}

export function stepPage(locale: string, stepId: StepId, query: URLSearchParams): StepPage {
  const decoded = decodeLink(query);
  if (!decoded.ok) {
    const readable = answersBesideDamage(query, decoded.problem);
    return { kind: "damaged", problem: decoded.problem, ...(readable && { draft: readable }) };
  }
  let draft = decoded.draft;
  const context = readContext(query);
  const returnToCheck = context.returnToCheck === true;
  let step = findStep(draft, stepId);
  let values: FormValues | undefined;
  let errors: FieldError[] = [];
  if (query.has(SUBMITTED_PARAM)) {
    const submission = submitStep(locale, stepId, query);
    if (submission.kind === "redirect") return { kind: "elsewhere", location: submission.location };
    if (submission.kind === "damaged") return submission;
    if (submission.kind === "not-a-step") {
      return { kind: "elsewhere", location: whereTheUserIs(locale, draft, context) };
    }
    ({ values, errors, draft } = submission);
    step = findStep(draft, stepId);
  }
  if (!step || !canOpen(draft, stepId))
    return { kind: "elsewhere", location: whereTheUserIs(locale, draft, context) };
  if (!values && query.has(ENTERED_PARAM)) {
    values = valuesFromQuery(step, query);
    const checked = query.get(ENTERED_PARAM) === REFUSED_ENTRIES && validateStep(step, values);
    if (checked && !checked.ok) errors = checked.errors;
  }
  const previous = previousStep(draft, stepId);
  // Check your answers shows only a complete plan and sends an incomplete one to its first
  // open question, which may be this one: Back goes there only when it would stay. Otherwise
  // it goes to the previous question, still on the way back to Check your answers.
  const backToCheck = returnToCheck && completeAnswers(draft) !== null;
  const hidden = [...encodeDraft(draft), ...contextEntries(context)];
  return {
    kind: "step",
    step,
    draft,
    values: values ?? valuesFromDraft(step, draft),
    errors,
    hidden,
    action: `/${locale}/plan/${stepId}`,
    backHref: backToCheck
      ? checkHref(locale, draft, context)
      : previous
        ? stepHref(locale, previous, draft, context)
        : startHref(locale, context, draft),
    progress: sectionProgress(draft, step.section),
    returnToCheck,
    backToCheck,
    context,
    // Not among the hidden fields: answering the question leaves the notice behind.
    cut: cutKindOf(query),
    cutLater: laterQuestion(draft, stepId, query),
  };
}
