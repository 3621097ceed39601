/**
 * Picks the language of an API answer from Accept-Language (RFC 9110 §12.5.4): the
 * highest-weighted range that matches a language the catalogues have, else English.
 */
import { type AppLocale, routing } from "./routing";

/** Languages whose catalogue is complete enough to answer in. */
export const CONTENT_LOCALES: readonly AppLocale[] = ["en", "zh"];

/**
 * Mandarin's own code (ISO 639-3 `cmn`, as in `cmn-Hans-CN`) names the language the `zh`
 * catalogue is written in; the pages' negotiation (CLDR's aliases) already reads it so, and the
 * API must answer in the same language as the page.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, AppLocale>> = { cmn: "zh" };

export function negotiateLocale(
  acceptLanguage: string | null,
  available: readonly AppLocale[] = CONTENT_LOCALES,
): AppLocale {
  if (!acceptLanguage) return routing.defaultLocale;
  const ranges = acceptLanguage
    .split(",")
    .slice(0, 32)
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.tag !== "" && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    if (tag === "*") return routing.defaultLocale;
    const match = localeOfTag(tag, available);
    if (match) return match;
  }
  return routing.defaultLocale;
}

/**
 * The language a BCP 47 tag names (`zh`, `zh-CN`, `zh-Hans`, `cmn-Hans-CN`, `EN-gb`), if a
 * catalogue is written in it. Tags are case-insensitive (RFC 5646 §2.1.1).
 */
export function localeOfTag(
  tag: string,
  available: readonly AppLocale[] = CONTENT_LOCALES,
): AppLocale | undefined {
  const subtag = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  const primary = LANGUAGE_ALIASES[subtag] ?? subtag;
  return available.find((locale) => locale === primary);
}
