/**
 * A translator outside React (route handlers, the result builder, tests), over the same
 * catalogues the pages use. Missing keys throw: a sentence that silently shows its key
 * would be a bug a user sees.
 */
import { createTranslator } from "use-intl/core";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { exactShares, type Translate } from "./render";
import { type AppLocale, routing } from "./routing";

export const CATALOGUES: Record<AppLocale, Record<string, unknown>> = { en, zh };

const cache = new Map<AppLocale, Translate>();

export function translatorFor(locale: AppLocale): Translate {
  let t = cache.get(locale);
  if (!t) {
    const base = createTranslator({
      locale,
      messages: CATALOGUES[locale],
      timeZone: "UTC",
      onError(error) {
        throw error;
      },
    }) as unknown as Translate;
    t = (key, values) => base(key, values && exactShares(values));
    cache.set(locale, t);
  }
  return t;
}

export function isAppLocale(value: unknown): value is AppLocale {
  return (routing.locales as readonly unknown[]).includes(value);
}
