/**
 * A translator outside React (route handlers, the result builder, result and wizard pages),
 * over the same catalogues next-intl serves. Each message is compiled once per language and
 * kept (ICU MessageFormat, as next-intl uses), and a message without values is formatted once:
 * only the catalogue's own text is cached, never a sentence holding a user's answers. Missing
 * keys throw: a sentence that silently shows its key would be a bug a user sees.
 */
import { IntlMessageFormat } from "intl-messageformat";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { exactShares, type Translate } from "./render";
import { type AppLocale, ICU_LOCALE, routing } from "./routing";

export const CATALOGUES: Record<AppLocale, Record<string, unknown>> = { en, zh };

/** Dates are calendar dates, so they are read in UTC. */
const FORMATS = {
  date: {
    short: { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" },
    medium: { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" },
    long: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
    full: { year: "numeric", month: "long", day: "numeric", weekday: "long", timeZone: "UTC" },
  },
} as const;

function lookup(catalogue: Record<string, unknown>, key: string): unknown {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function makeTranslator(locale: AppLocale): Translate {
  const compiled = new Map<string, IntlMessageFormat>();
  const plain = new Map<string, string>();
  const compile = (key: string): IntlMessageFormat => {
    let format = compiled.get(key);
    if (!format) {
      const message = lookup(CATALOGUES[locale], key);
      if (typeof message !== "string")
        throw new Error(`No message "${key}" in the ${locale} catalogue`);
      format = new IntlMessageFormat(message, ICU_LOCALE[locale], FORMATS, { ignoreTag: true });
      compiled.set(key, format);
    }
    return format;
  };
  const format = (key: string, values?: Record<string, string | number>): string => {
    const result = compile(key).format(values);
    return Array.isArray(result) ? result.join("") : String(result);
  };
  return (key, values) => {
    if (values) return format(key, exactShares(values));
    let text = plain.get(key);
    if (text === undefined) {
      text = format(key);
      plain.set(key, text);
    }
    return text;
  };
}

const translators = new Map<AppLocale, Translate>();

export function translatorFor(locale: AppLocale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

/**
 * A message's own text, placeholders and all, for a client component that fills in simple
 * `{name}` placeholders itself (it ships no ICU runtime). Only for messages without plurals.
 */
export function templateFor(locale: AppLocale, key: string): string {
  const message = lookup(CATALOGUES[locale], key);
  if (typeof message !== "string")
    throw new Error(`No message "${key}" in the ${locale} catalogue`);
  return message;
}

export function isAppLocale(value: unknown): value is AppLocale {
  return (routing.locales as readonly unknown[]).includes(value);
}
