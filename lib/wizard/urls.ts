/**
 * Addresses of the journey. Every one carries the answers so far (share-link format v1), so
 * refresh, back, forward and bookmarks never lose anything and nothing is kept on a server.
 * They also carry the journey's context (presenter mode, a comparison being edited, a change
 * made from Check your answers), which never enters a share link.
 */
import { encodeDraft, encodeResultQuery, type QueryInput } from "@/lib/answers/codec";
import type { AnswersDraft } from "@/lib/answers/draft";
import type { Answers } from "@/lib/answers/schema";
import type { Verdict } from "@/lib/answers/verdict";
import { MAX_PLAN_LENGTH, MAX_PLANS } from "@/lib/compare/link";
import type { StepId } from "@/lib/flow";

import { PRESENT_PARAM } from "./params";

/** Marks a step opened from "Check your answers": once answered, go back there. */
export const RETURN_PARAM = "return";
export const RETURN_TO_CHECK = "check";
export { PRESENT_PARAM };
/** A plan being changed from a comparison: the comparison's query and the plan's slot in it. */
export const COMPARE_PARAM = "cmp";
/** Four of the longest plans, each percent-encoded in the comparison (a character as three). */
const MAX_COMPARE_CONTEXT = MAX_PLANS * MAX_PLAN_LENGTH * 3;
/**
 * Marks the page a cut-short address was sent to, so that it says why the reader sees it:
 * a result link too short to hold a plan (sent to a question: its first open one, or that
 * of its last answer, which the cut may have shortened), or a step's or Check your answers'
 * address cut inside its last answer (sent on from the answers before the cut), or a link
 * with one damaged answer, whose question its page offered to answer again.
 * Not context: answering the question leaves it behind.
 */
export const CUT_LINK_PARAM = "cut";
export type CutKind = "result" | "lastAnswer" | "address" | "damaged";
const CUT_VALUES: Readonly<Record<CutKind, string>> = {
  result: "1",
  lastAnswer: "l",
  address: "a",
  damaged: "d",
};

/**
 * Beside the mark of a result link sent to its first open question: the later question
 * whose answer, the link's last, the cut may have shortened, for the notice to name.
 */
export const CUT_QUESTION_PARAM = "cutq";

/** The address with the cut-link mark added (and the question to check later, if any). */
export function markedAsCut(href: string, kind: CutKind, laterQuestion?: StepId): string {
  const mark = `${CUT_LINK_PARAM}=${CUT_VALUES[kind]}`;
  const later = laterQuestion === undefined ? "" : `&${CUT_QUESTION_PARAM}=${laterQuestion}`;
  return `${href}${href.includes("?") ? "&" : "?"}${mark}${later}`;
}

/** The later question a cut link's mark names, as written (the page checks it is one). */
export function cutQuestionOf(query: QueryInput): string | undefined {
  return first(query, CUT_QUESTION_PARAM);
}

/** What the address's cut-link mark says was cut, if it has one. */
export function cutKindOf(query: QueryInput): CutKind | undefined {
  const value = first(query, CUT_LINK_PARAM);
  return (Object.keys(CUT_VALUES) as CutKind[]).find((kind) => CUT_VALUES[kind] === value);
}

export type JourneyContext = {
  returnToCheck?: boolean;
  present?: boolean;
  /** `${slot}:${comparison query}` */
  compare?: string;
};

function first(query: QueryInput, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

export function readContext(query: QueryInput): JourneyContext {
  const compare = first(query, COMPARE_PARAM);
  return {
    ...(first(query, RETURN_PARAM) === RETURN_TO_CHECK && { returnToCheck: true }),
    ...(first(query, PRESENT_PARAM) === "1" && { present: true }),
    ...(compare && /^[0-3]:/.test(compare) && compare.length <= MAX_COMPARE_CONTEXT && { compare }),
  };
}

/** The context as query parameters (and the form's hidden fields). */
export function contextEntries(context: JourneyContext = {}): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (context.returnToCheck) entries.push([RETURN_PARAM, RETURN_TO_CHECK]);
  if (context.present) entries.push([PRESENT_PARAM, "1"]);
  if (context.compare) entries.push([COMPARE_PARAM, context.compare]);
  return entries;
}

function withContext(path: string, query: URLSearchParams, context: JourneyContext): string {
  for (const [name, value] of contextEntries(context)) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Only the context that outlives Check your answers. */
export function withoutReturn({
  returnToCheck: _,
  ...context
}: JourneyContext = {}): JourneyContext {
  return context;
}

/**
 * The start page; with the answers of a plan under way (the first question's back link), so
 * that its Start button takes them on instead of beginning again.
 */
export function startHref(
  locale: string,
  context: JourneyContext = {},
  draft: AnswersDraft = {},
): string {
  const answers = Object.keys(draft).length > 0 ? encodeDraft(draft) : new URLSearchParams();
  return withContext(`/${locale}`, answers, withoutReturn(context));
}

export function stepHref(
  locale: string,
  step: StepId,
  draft: AnswersDraft,
  context: JourneyContext = {},
): string {
  return withContext(`/${locale}/plan/${step}`, encodeDraft(draft), context);
}

export function checkHref(
  locale: string,
  draft: AnswersDraft,
  context: JourneyContext = {},
): string {
  return withContext(`/${locale}/plan/check`, encodeDraft(draft), withoutReturn(context));
}

export function resultHref(
  locale: string,
  answers: Answers,
  rulesVersion: string,
  verdicts: readonly Verdict[],
  context: JourneyContext = {},
): string {
  const query = new URLSearchParams(encodeResultQuery(answers, rulesVersion, verdicts));
  return withContext(`/${locale}/result`, query, withoutReturn(context));
}

/**
 * The result of the answers a result link held without its ending, once they make a whole
 * plan again (what it lost was an answer nobody is asked): without an ending, the page says
 * to check those answers before relying on it.
 */
export function unsealedResultHref(
  locale: string,
  answers: Answers,
  context: JourneyContext = {},
): string {
  return withContext(`/${locale}/result`, encodeDraft(answers), withoutReturn(context));
}

/** The rules page: it holds no answers, so of the journey's context only presenter mode. */
export function rulesHref(locale: string, context: JourneyContext = {}): string {
  return withContext(`/${locale}/rules`, new URLSearchParams(), { present: context.present });
}
