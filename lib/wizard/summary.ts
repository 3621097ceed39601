/**
 * The answers given, as "Check your answers" and the result page list them: one row per
 * question the plan was asked, with the answer in words and a link to change it.
 */
import type { AnswersDraft, ServiceDraft } from "@/lib/answers/draft";
import { isPilotArea, type ServiceCode } from "@/lib/answers/options";
import { askedAnswers, stepsFor, type Step } from "@/lib/flow";
import type { Translate } from "@/lib/i18n/render";
import { translatorFor } from "@/lib/i18n/translator";
import { contentLocale } from "@/lib/present/locale";
import { PILOT_AREA_INFO, SERVICE_INFO, SUBTYPE_NAME_ZH } from "@/lib/rules";

import type { Aside } from "./question-text";
import { type JourneyContext, stepHref } from "./urls";

export type SummaryRow = {
  step: Step["id"];
  label: string;
  /** The answer in words, one line per value (an empty list is said in words too). */
  values: string[];
  /**
   * Beside each value, the legal names an advisor cites it by, as the questions show them:
   * on English pages the Chinese of CAT-2015 and of the circular, on Chinese pages the
   * English (and for a pilot area, whose label is short in both, the circular's name too).
   */
  asides?: Aside[][];
  /** None for an answer the questions do not ask (see `heldRows`). */
  changeHref?: string;
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
      return facilityValues(service, t);
    case "coverage":
      return [t(`steps.coverage.options.${service?.coverage}.label`)];
    case "access":
      return [t(`steps.access.options.${service?.ispAccess}.label`)];
  }
}

function facilityValues(service: ServiceDraft | undefined, t: Translate): string[] {
  return service?.facilities?.length
    ? service.facilities.map((f) =>
        t("steps.facilities.summaryItem", {
          location: t(`labels.location.${f.location}`),
          tenure: t(`labels.tenure.${f.tenure}`),
        }),
      )
    : [t("steps.facilities.none")];
}

const facilitiesLabel = (code: ServiceCode, t: Translate) =>
  t("steps.facilities.summaryLabel", { service: t(`labels.service.${code}`) });

/** The legal names beside each value of a step whose values have them; none elsewhere. */
function asidesOf(step: Step, draft: AnswersDraft, zh: boolean): Aside[][] | undefined {
  const en = translatorFor("en");
  const service = serviceOf(draft, step);
  switch (step.question.id) {
    case "registration": {
      const place = draft.company?.registeredIn;
      if (!place || !isPilotArea(place)) return [[]];
      const nameZh = PILOT_AREA_INFO[place].nameZh;
      const nameEn = en(`start.schematic.areas.${place}.officialName`);
      return [
        zh ? [{ text: nameZh }, { text: nameEn, lang: "en" }] : [{ text: nameZh, lang: "zh-CN" }],
      ];
    }
    case "services":
      return (draft.services ?? []).map(({ code }) => [
        zh
          ? { text: en(`steps.services.options.${code}.label`), lang: "en" }
          : { text: SERVICE_INFO[code].nameZh, lang: "zh-CN" },
      ]);
    case "subtypes":
      return (service?.subtypes ?? []).map((subtype) => [
        zh
          ? { text: en(`steps.subtypes.options.${subtype}.label`), lang: "en" }
          : { text: SUBTYPE_NAME_ZH[subtype], lang: "zh-CN" },
      ]);
    case "content":
      // As the question names them: the Negative List's names beside the plain ones.
      if (!service?.content?.length) return undefined;
      return service.content.map((content) => [
        zh
          ? { text: en(`steps.content.options.${content}.label`), lang: "en" }
          : { text: translatorFor("zh")(`steps.content.options.${content}.label`), lang: "zh-CN" },
      ]);
    default:
      return undefined;
  }
}

export function labelOf(step: Step, t: Translate): string {
  const id = step.question.id;
  if (id === "subtypes") return t(`steps.subtypes.summaryLabel.${step.code}`);
  if (id === "facilities" && step.code) return facilitiesLabel(step.code, t);
  // Named by its service, as its neighbours are: the same content question may follow another.
  if (id === "content")
    return t("steps.content.summaryLabelFor", { service: t(`labels.service.${step.code}`) });
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
  const zh = contentLocale(locale) === "zh";
  return stepsFor(draft)
    .filter((step) => step.answered)
    .map((step) => {
      const asides = asidesOf(step, draft, zh);
      return {
        step: step.id,
        label: labelOf(step, t),
        values: valuesOf(step, draft, t),
        ...(asides && { asides }),
        changeHref: stepHref(locale, step.id, changing, { ...context, returnToCheck: true }),
      };
    });
}

/**
 * The answers a link holds, as its result lists them: the rows of `summaryRows`, and after
 * them the facilities of any service the questions do not ask them of for this plan, which a
 * plan sent to the API may give. Those count in the result, so the page shows them, with no
 * Change link (the questions would not ask them); `unasked` names their services, for the
 * page to say so.
 */
export function heldRows(
  answers: AnswersDraft,
  t: Translate,
  locale: string,
  context: JourneyContext = {},
): { rows: SummaryRow[]; unasked: ServiceCode[] } {
  const asked = askedAnswers(answers).services ?? [];
  const unasked = (answers.services ?? []).filter(
    (service, i) => (service.facilities?.length ?? 0) > 0 && !asked[i]?.facilities?.length,
  );
  const rows = summaryRows(answers, t, locale, context).concat(
    unasked.map((service) => ({
      step: `facilities-${service.code}`,
      label: facilitiesLabel(service.code, t),
      values: facilityValues(service, t),
    })),
  );
  return { rows, unasked: unasked.map((service) => service.code) };
}
