/** The words of each question: title, hint, options, error messages. */
import {
  CONTENT_CATEGORIES,
  COVERAGES,
  ISP_ACCESS,
  LOCATIONS,
  ORIGINS,
  SERVICE_CODES,
  subtypesOf,
  TENURES,
} from "@/lib/answers/options";
import { ERROR_KEYS } from "@/lib/answers/schema";
import { NO_CONTENT } from "@/lib/answers/steps/service";
import type { Step } from "@/lib/flow";
import type { Translate } from "@/lib/i18n/render";

export type OptionText = { value: string; label: string; hint?: string; exclusive?: boolean };

export function questionTitle(step: Step, t: Translate): string {
  const id = step.question.id;
  if (id === "subtypes") return t(`steps.subtypes.title.${step.code}`);
  if (id === "facilities")
    return t("steps.facilities.title", { service: t(`labels.service.${step.code}`) });
  return t(`steps.${id}.title`);
}

function options(t: Translate, namespace: string, values: readonly string[]): OptionText[] {
  return values.map((value) => {
    const hint = t(`steps.${namespace}.options.${value}.hint`);
    return { value, label: t(`steps.${namespace}.options.${value}.label`), ...(hint && { hint }) };
  });
}

export function questionOptions(step: Step, t: Translate): OptionText[] {
  switch (step.question.id) {
    case "origin":
      return options(t, "origin", ORIGINS);
    case "registration":
      return options(t, "registration", LOCATIONS);
    case "services":
      return options(t, "services", SERVICE_CODES);
    case "subtypes":
      return options(t, "subtypes", step.code ? subtypesOf(step.code) : []);
    case "content":
      return [
        ...options(t, "content", CONTENT_CATEGORIES),
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

export function locationOptions(t: Translate): OptionText[] {
  return LOCATIONS.map((value) => ({ value, label: t(`labels.location.${value}`) }));
}

export function tenureOptions(t: Translate): OptionText[] {
  return TENURES.map((value) => ({ value, label: t(`steps.facilities.tenures.${value}`) }));
}

/** Every error this step can show, "required" in the question's own words. */
export function errorTexts(step: Step, t: Translate): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const key of [...ERROR_KEYS, "contentNoneAndSome"]) texts[key] = t(`errors.${key}`);
  const id = step.question.id;
  if (id !== "facilities") texts.required = t(`steps.${id}.required`);
  return texts;
}
