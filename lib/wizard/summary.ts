/**
 * The answers given, as "Check your answers" and the result page list them: one row per
 * question the plan was asked, with the answer in words and a link to change it.
 */
import type { AnswersDraft, ServiceDraft } from "@/lib/answers/draft";
import { stepsFor, type Step } from "@/lib/flow";
import type { Translate } from "@/lib/i18n/render";

import { type JourneyContext, stepHref } from "./urls";

export type SummaryRow = {
  step: Step["id"];
  label: string;
  /** The answer in words, one line per value (an empty list is said in words too). */
  values: string[];
  changeHref: string;
};

function serviceOf(draft: AnswersDraft, step: Step): ServiceDraft | undefined {
  return draft.services?.find((s) => s.code === step.code);
}

function valuesOf(step: Step, draft: AnswersDraft, t: Translate): string[] {
  const service = serviceOf(draft, step);
  const id = step.question.id;
  switch (id) {
    case "origin":
      return [t(`steps.origin.options.${draft.investor?.origin}.label`)];
    case "share":
      return [t("steps.share.summaryValue", { share: draft.investor?.foreignSharePercent ?? 0 })];
    case "registration":
      return [t(`steps.registration.options.${draft.company?.registeredIn}.label`)];
    case "services":
      return (draft.services ?? []).map((s) => t(`steps.services.options.${s.code}.label`));
    case "subtypes":
      return (service?.subtypes ?? []).map((s) => t(`steps.subtypes.options.${s}.label`));
    case "content":
      return service?.content?.length
        ? service.content.map((c) => t(`steps.content.options.${c}.label`))
        : [t("steps.content.noneSummary")];
    case "facilities":
      return service?.facilities?.length
        ? service.facilities.map((f) =>
            t("steps.facilities.summaryItem", {
              location: t(`labels.location.${f.location}`),
              tenure: t(`steps.facilities.tenures.${f.tenure}`),
            }),
          )
        : [t("steps.facilities.none")];
    case "coverage":
      return [t(`steps.coverage.options.${service?.coverage}.label`)];
    case "access":
      return [t(`steps.access.options.${service?.ispAccess}.label`)];
  }
}

export function labelOf(step: Step, t: Translate): string {
  const id = step.question.id;
  if (id === "subtypes") return t(`steps.subtypes.summaryLabel.${step.code}`);
  if (id === "facilities")
    return t("steps.facilities.summaryLabel", { service: t(`labels.service.${step.code}`) });
  return t(`steps.${id}.summaryLabel`);
}

/**
 * Rows for every answered step of the plan, in journey order. `changing` is the draft the
 * Change links carry when it holds more than the rows say: Check your answers lists the
 * answers its result will use, and its Change links keep the answers to questions no longer
 * asked, so that undoing a change brings them back.
 */
export function summaryRows(
  draft: AnswersDraft,
  t: Translate,
  locale: string,
  context: JourneyContext = {},
  changing: AnswersDraft = draft,
): SummaryRow[] {
  return stepsFor(draft)
    .filter((step) => step.answered)
    .map((step) => ({
      step: step.id,
      label: labelOf(step, t),
      values: valuesOf(step, draft, t),
      changeHref: stepHref(locale, step.id, changing, { ...context, returnToCheck: true }),
    }));
}
