/**
 * The language a page's text is written in: the page's own locale where its catalogue is
 * complete (CONTENT_LOCALES), English otherwise, until the Chinese catalogue is written.
 */
import { CONTENT_LOCALES } from "@/lib/i18n/negotiate";
import { type AppLocale, ICU_LOCALE } from "@/lib/i18n/routing";

export function contentLocale(locale: string): AppLocale {
  return CONTENT_LOCALES.find((l) => l === locale) ?? "en";
}

/** One formatter per language, made on first use: ICU builds each in tens of microseconds. */
const LISTS = new Map<AppLocale, Intl.ListFormat>();

/**
 * "A, B and C" in that language: the names a sentence lists, as one parameter. British
 * English, as the rest of the text: no serial comma ("A, B, and C" is American).
 */
export function listOf(locale: AppLocale, items: readonly string[]): string {
  // A Chinese name may itself hold 和 (编码和规程转换业务): "A、B和C和D" would read as more
  // names than there are, so the last is joined with 以及 instead.
  if (locale === "zh" && items.length > 1 && items.some((item) => item.includes("和")))
    return `${items.slice(0, -1).join("、")}以及${items.at(-1)}`;
  let list = LISTS.get(locale);
  if (!list) {
    list = new Intl.ListFormat(ICU_LOCALE[locale], { type: "conjunction" });
    LISTS.set(locale, list);
  }
  return list.format(items);
}

/** An ISO calendar date as the number ICU `{date, date, long}` formats (translators use UTC). */
export function dateValue(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** The moment a page is made: printed memos say when. */
export function madeNow(): number {
  return Date.now();
}

/**
 * The space between a label and what follows it: none after a full-width character (a
 * Chinese label ends in "：", which carries its own space), one otherwise.
 */
export function gapAfter(text: string): string {
  return /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]$/.test(text) ? "" : " ";
}
