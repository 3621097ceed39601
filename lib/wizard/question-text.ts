/** The words of each question: title, hint, options, error messages. */
import {
  CONTENT_CATEGORIES,
  COVERAGES,
  ISP_ACCESS,
  isPilotArea,
  type Location,
  LOCATIONS,
  ORIGINS,
  type PilotArea,
  type ServiceCode,
  type Subtype,
  SERVICE_CODES,
  subtypesOf,
  TENURES,
} from "@/lib/answers/options";
import { ERROR_KEYS } from "@/lib/answers/schema";
import { NO_CONTENT } from "@/lib/answers/steps/service";
import type { Step } from "@/lib/flow";
import type { Translate } from "@/lib/i18n/render";
import type { AppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { PILOT_AREA_INFO, SERVICE_INFO, SUBTYPE_NAME_ZH } from "@/lib/rules";

/** The legal name in the other language, shown beside the label (`lang` when it differs from the page's). */
export type Aside = { text: string; lang?: string };

export type OptionText = {
  value: string;
  label: string;
  hint?: string;
  exclusive?: boolean;
  aside?: Aside;
};

export function questionTitle(step: Step, t: Translate): string {
  const id = step.question.id;
  if (id === "subtypes") return t(`steps.subtypes.title.${step.code}`);
  if (id === "facilities")
    return t("steps.facilities.title", { service: t(`labels.service.${step.code}`) });
  if (id === "content" && step.code !== "B25")
    return t("steps.content.titleFor", { service: t(`labels.service.${step.code}`) });
  return t(`steps.${id}.title`);
}

/** The question's hint: for facilities, what counts as one for that service. */
export function questionHint(step: Step, t: Translate): string {
  const id = step.question.id;
  if (id === "facilities")
    return t("steps.facilities.hint", { what: t(`steps.facilities.what.${step.code}`) });
  return t(`steps.${id}.hint`);
}

function options(t: Translate, namespace: string, values: readonly string[]): OptionText[] {
  return values.map((value) => {
    const hint = t(`steps.${namespace}.options.${value}.hint`);
    return { value, label: t(`steps.${namespace}.options.${value}.label`), ...(hint && { hint }) };
  });
}

/**
 * The legal names beside the plain ones, in both languages: on English pages the Chinese
 * names of CAT-2015 and of the circular; on Chinese pages (whose labels are those names) the
 * English beside them. Pilot areas get the circular's full Chinese name in both.
 */
function withAsides(
  list: OptionText[],
  zh: boolean,
  chinese: (value: string) => string | undefined,
  english: (value: string) => string,
): OptionText[] {
  return list.map((option) => {
    const text = zh ? english(option.value) : chinese(option.value);
    return text
      ? { ...option, aside: zh ? { text, lang: "en" } : { text, lang: "zh-CN" } }
      : option;
  });
}

export function questionOptions(step: Step, t: Translate, locale: AppLocale): OptionText[] {
  const zh = locale === "zh";
  const en = translatorFor("en");
  const zhCatalogue = translatorFor("zh");
  switch (step.question.id) {
    case "origin":
      return options(t, "origin", ORIGINS);
    case "registration":
      // The circular's name beside the English; in Chinese, where each hint already gives
      // the circular's name, the official English one beside it.
      return options(t, "registration", LOCATIONS).map((option) =>
        isPilotArea(option.value as Location)
          ? {
              ...option,
              aside: zh
                ? { text: en(`start.schematic.areas.${option.value}.officialName`), lang: "en" }
                : { text: PILOT_AREA_INFO[option.value as PilotArea].nameZh, lang: "zh-CN" },
            }
          : option,
      );
    case "services":
      return withAsides(
        options(t, "services", SERVICE_CODES),
        zh,
        (code) => SERVICE_INFO[code as ServiceCode].nameZh,
        (code) => en(`steps.services.options.${code}.label`),
      );
    case "subtypes":
      return withAsides(
        options(t, "subtypes", step.code ? subtypesOf(step.code) : []),
        zh,
        (subtype) => SUBTYPE_NAME_ZH[subtype as Subtype],
        (subtype) => en(`steps.subtypes.options.${subtype}.label`),
      );
    case "content":
      // The Negative List's and the circular's names, as the sub-types carry CAT-2015's.
      return [
        ...withAsides(
          options(t, "content", CONTENT_CATEGORIES),
          zh,
          (content) => zhCatalogue(`steps.content.options.${content}.label`),
          (content) => en(`steps.content.options.${content}.label`),
        ),
        { value: NO_CONTENT, label: t("steps.content.none"), exclusive: true },
      ];
    case "coverage":
      return options(t, "coverage", COVERAGES);
    case "access":
      return options(t, "access", ISP_ACCESS);
    case "share":
    case "facilities":
      return [];
  }
}

/**
 * The places a facility may be, for a select. A closed select shows its choice on one line,
 * so Shanghai's full name ("Shanghai (Pudong New Area or the Lin-gang Special Area)") is cut
 * off on a phone: the select says it shorter; the answer is stated in full everywhere else.
 */
export function locationOptions(t: Translate): OptionText[] {
  return LOCATIONS.map((value) => ({
    value,
    label: t(value === "shanghai" ? "steps.facilities.shanghai" : `labels.location.${value}`),
  }));
}

export function tenureOptions(t: Translate): OptionText[] {
  return TENURES.map((value) => ({ value, label: t(`steps.facilities.tenures.${value}`) }));
}

/** Every error this step can show, "required" in the question's own words. */
export function errorTexts(step: Step, t: Translate): Record<string, string> {
  const texts: Record<string, string> = {};
  // A form has no unknown fields: that error (which names the field) belongs to the API.
  for (const key of [...ERROR_KEYS, "contentNoneAndSome"]) {
    if (key !== "unknownField") texts[key] = t(`errors.${key}`);
  }
  const id = step.question.id;
  if (id !== "facilities") texts.required = t(`steps.${id}.required`);
  return texts;
}
