/**
 * A step's answer on its way in: read from the submitted form (a GET query, so the journey
 * works without JavaScript), validated with the step's schema, merged into the answers, and
 * the next address decided. Pure: the proxy runs it to answer with a redirect or a 400, and
 * the page runs it to show the same errors.
 */
import { decodeLink, type LinkProblem } from "@/lib/answers/codec";
import type { AnswersDraft, FacilityDraft, ServiceDraft } from "@/lib/answers/draft";
import { MAX_FACILITIES, SERVICE_CODES, type ServiceCode } from "@/lib/answers/options";
import { stepSchema, type StepSchemaId } from "@/lib/answers/steps/registry";
import { NO_CONTENT } from "@/lib/answers/steps/service";
import { shareFieldText } from "@/lib/answers/steps/share-text";
import { findStep, firstIncompleteStep, nextStep, type Step, type StepId } from "@/lib/flow";

import { checkHref, type JourneyContext, readContext, stepHref } from "./urls";

import { ACTION_PARAM, ENTERED_PARAM, FACILITY_ADD_ID, facilityRowId } from "./params";

export { ACTION_PARAM, ENTERED_PARAM, REFUSED_ENTRIES, SUBMITTED_PARAM } from "./params";

export type FieldError = { field: string; key: string };
export type FormValues = Record<string, unknown>;

export function schemaIdOf(step: Step): StepSchemaId {
  const id = step.question.id;
  if (id === "subtypes") return `subtypes-${step.code}` as StepSchemaId;
  return id;
}

function serviceOf(draft: AnswersDraft, code: ServiceCode | undefined): ServiceDraft | undefined {
  return draft.services?.find((s) => s.code === code);
}

/** The form's values as the draft holds them (to fill the form on a visit). */
export function valuesFromDraft(step: Step, draft: AnswersDraft): FormValues {
  const service = serviceOf(draft, step.code);
  switch (step.question.id) {
    case "origin":
      return { origin: draft.investor?.origin ?? "" };
    case "share":
      return { share: shareFieldText(draft.investor?.foreignSharePercent) };
    case "registration":
      return { registeredIn: draft.company?.registeredIn ?? "" };
    case "services":
      return { services: (draft.services ?? []).map((s) => s.code) };
    case "subtypes":
      return { subtypes: service?.subtypes ?? [] };
    case "content":
      return {
        content:
          service?.content === undefined
            ? []
            : service.content.length === 0
              ? [NO_CONTENT]
              : service.content,
      };
    case "facilities":
      return { facilities: (service?.facilities ?? []).map((f) => ({ ...f })) };
    case "coverage":
      return { coverage: service?.coverage ?? "" };
    case "access":
      return { ispAccess: service?.ispAccess ?? "" };
  }
}

const ROW_FIELD = /^facilities\.(\d{1,2})\.(location|tenure)$/;

type Row = { location: string; tenure: string };

/**
 * Every facility row the form sent, blank ones included, in the form's order. An index the
 * form never sent is no row: `facilities.49.location` alone is one row, not fifty. A field
 * sent twice (a replayed or hand-edited address) keeps its first value, as every other field
 * of a step and of the share link does.
 */
function facilityRows(query: URLSearchParams, without?: number): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const [name, value] of query) {
    const match = ROW_FIELD.exec(name);
    if (!match || seen.has(name)) continue;
    seen.add(name);
    const index = Number(match[1]);
    rows[index] ??= { location: "", tenure: "" };
    rows[index][match[2] as keyof Row] = value;
  }
  // `filter` passes over the holes of the sparse array.
  return rows.filter((_, i) => i !== without);
}

/**
 * A checklist's ticked values, each once, in the order sent. A browser sends each box once,
 * but a replayed or hand-edited address can repeat one; it is still the same answer.
 */
function ticked(query: URLSearchParams, name: string): string[] {
  return [...new Set(query.getAll(name))];
}

/**
 * The form's values as the browser sent them. Blank facility rows are kept: a row the user
 * added and left empty is an error to show, as it is with JavaScript, not an answer to drop.
 */
export function valuesFromQuery(step: Step, query: URLSearchParams): FormValues {
  switch (step.question.id) {
    case "origin":
      return { origin: query.get("origin") ?? "" };
    case "share":
      return { share: query.get("share") ?? "" };
    case "registration":
      return { registeredIn: query.get("registeredIn") ?? "" };
    case "services":
      return { services: ticked(query, "services") };
    case "subtypes":
      return { subtypes: ticked(query, "subtypes") };
    case "content":
      return { content: ticked(query, "content") };
    case "facilities":
      return { facilities: facilityRows(query) };
    case "coverage":
      return { coverage: query.get("coverage") ?? "" };
    case "access":
      return { ispAccess: query.get("ispAccess") ?? "" };
  }
}

type Validated = { ok: true; data: Record<string, unknown> } | { ok: false; errors: FieldError[] };

export function validateStep(step: Step, values: FormValues): Validated {
  const parsed = stepSchema(schemaIdOf(step)).safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data as Record<string, unknown> };
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join(".");
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, key: issue.message });
  }
  return { ok: false, errors };
}

function withService(
  draft: AnswersDraft,
  code: ServiceCode,
  change: Partial<ServiceDraft>,
): AnswersDraft {
  return {
    ...draft,
    services: (draft.services ?? []).map((s) => (s.code === code ? { ...s, ...change } : s)),
  };
}

/** The draft with this step's validated answer in it. */
export function applyStep(
  step: Step,
  draft: AnswersDraft,
  data: Record<string, unknown>,
): AnswersDraft {
  const code = step.code as ServiceCode;
  switch (step.question.id) {
    case "origin":
      return { ...draft, investor: { ...draft.investor, origin: data.origin as never } };
    case "share":
      return {
        ...draft,
        investor: { ...draft.investor, foreignSharePercent: data.share as number },
      };
    case "registration":
      return { ...draft, company: { registeredIn: data.registeredIn as never } };
    case "services": {
      // Keep the catalogue's order, and what was already said about services that stay.
      const chosen = new Set(data.services as ServiceCode[]);
      const services = SERVICE_CODES.filter((c) => chosen.has(c)).map(
        (c): ServiceDraft => serviceOf(draft, c) ?? { code: c },
      );
      return { ...draft, services };
    }
    case "subtypes":
      return withService(draft, code, { subtypes: data.subtypes as never });
    case "content": {
      const content = (data.content as string[]).filter((c) => c !== NO_CONTENT);
      return withService(draft, code, { content: content as never });
    }
    case "facilities":
      return withService(draft, code, { facilities: data.facilities as FacilityDraft[] });
    case "coverage":
      return withService(draft, code, { coverage: data.coverage as never });
    case "access":
      return withService(draft, code, { ispAccess: data.ispAccess as never });
  }
}

export type Submission =
  | { kind: "redirect"; location: string }
  | { kind: "invalid"; errors: FieldError[]; values: FormValues; draft: AnswersDraft }
  | { kind: "damaged"; problem: LinkProblem }
  | { kind: "not-a-step" };

/** Where a valid answer leads: on through the journey, or back to Check your answers. */
export function afterAnswer(
  locale: string,
  step: StepId,
  draft: AnswersDraft,
  context: JourneyContext,
): string {
  const incomplete = firstIncompleteStep(draft);
  if (context.returnToCheck) {
    return incomplete
      ? stepHref(locale, incomplete, draft, context)
      : checkHref(locale, draft, context);
  }
  const next = nextStep(draft, step);
  if (next) return stepHref(locale, next, draft, context);
  return incomplete
    ? stepHref(locale, incomplete, draft, context)
    : checkHref(locale, draft, context);
}

/**
 * "Add a facility" and "Remove" without JavaScript do what they do with it: change the list
 * of rows, nothing else. The same step comes back with the rows as entered (blank and
 * half-filled ones too, unvalidated) in its address, plus one empty row after "Add" (up to
 * the limit) or without the removed one; the answers are validated on "Continue".
 */
function editRows(
  locale: string,
  stepId: StepId,
  draft: AnswersDraft,
  query: URLSearchParams,
  action: string,
): Submission | undefined {
  const removal = /^remove-(\d{1,2})$/.exec(action);
  if (action !== "add" && !removal) return undefined;
  const rows = facilityRows(query, removal ? Number(removal[1]) : undefined);
  if (action === "add" && rows.length < MAX_FACILITIES) rows.push({ location: "", tenure: "" });
  const again = new URL(stepHref(locale, stepId, draft, readContext(query)), "http://x");
  rows.forEach((row, i) => {
    again.searchParams.append(`facilities.${i}.location`, row.location);
    again.searchParams.append(`facilities.${i}.tenure`, row.tenure);
  });
  again.searchParams.set(ENTERED_PARAM, "1");
  // The page comes back scrolled to where the user acted, as focus goes with JavaScript: the
  // new row after "Add"; after "Remove" the row now in its place, the one before it if it
  // was the last, or "Add a facility" if none is left. Not the top of a long page.
  const target = removal
    ? rows.length > 0
      ? facilityRowId(Math.min(Number(removal[1]), rows.length - 1))
      : FACILITY_ADD_ID
    : facilityRowId(rows.length - 1);
  return { kind: "redirect", location: `${again.pathname}${again.search}#${target}` };
}

export function submitStep(locale: string, stepId: StepId, query: URLSearchParams): Submission {
  const decoded = decodeLink(query);
  if (!decoded.ok) return { kind: "damaged", problem: decoded.problem };
  const draft = decoded.draft;
  const step = findStep(draft, stepId);
  if (!step) return { kind: "not-a-step" };
  const context = readContext(query);
  if (step.question.id === "facilities") {
    const edited = editRows(locale, stepId, draft, query, query.get(ACTION_PARAM) ?? "");
    if (edited) return edited;
  }
  const values = valuesFromQuery(step, query);
  const validated = validateStep(step, values);
  if (!validated.ok) return { kind: "invalid", errors: validated.errors, values, draft };
  const updated = applyStep(step, draft, validated.data);
  return { kind: "redirect", location: afterAnswer(locale, stepId, updated, context) };
}
