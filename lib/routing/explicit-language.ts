/**
 * API.md, "The share link": it "carries no language (the reader's `Accept-Language` decides; an
 * explicit `lang` parameter may be added)". The product never writes one, so that a link opens
 * in each reader's own language; but whoever passes a link on may add `lang=zh` (or `en`, or
 * any BCP 47 tag of those languages) to choose for the reader. An address without a language
 * prefix (`/result?…`, `/compare?…`, `/`) is then redirected to that language's prefix instead
 * of the negotiated one, without the parameter, which the prefix now says. A prefixed address
 * already names its language, which wins; a value naming no language the site is written in
 * is an unknown parameter like any other, and ignored (docs/adr/0003-api-contract.md).
 *
 * A prefix may also name its language in another spelling of the tag, as people type it or
 * copy it from elsewhere (`/zh-CN/result?…`, `/zh_Hans`, `/en-GB/rules`): it goes to the same
 * address under the prefix the site uses, where next-intl would have taken it for a page
 * name and answered an English 404. (`/ZH`, in capitals alone, next-intl already reads.)
 */
import { NextResponse, type NextRequest } from "next/server";

import { paramName } from "@/lib/answers/codec";
import { localeOfTag } from "@/lib/i18n/negotiate";
import type { AppLocale } from "@/lib/i18n/routing";
import { isAppLocale } from "@/lib/i18n/translator";

import { decodedPathname, isApiPath } from "./refuse";

export const LANG_PARAM = "lang";

/** A language tag with subtags, `-` or `_` between them (RFC 5646 §2.1, as people write it). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})+$/i;

/** The address under the site's own prefix when its first segment is a tag of one of its languages. */
export function prefixOfLanguageTag(pathname: string): string | undefined {
  const path = decodedPathname(pathname);
  if (path === undefined || isApiPath(path)) return undefined;
  const [, first = "", ...rest] = pathname.split("/");
  if (!LANGUAGE_TAG.test(first)) return undefined;
  const locale = localeOfTag(first);
  return locale && ["", locale, ...rest].join("/");
}

/** The language an unprefixed page address asks for with `lang`, if it asks for one we have. */
export function explicitLanguage(pathname: string, query: URLSearchParams): AppLocale | undefined {
  const path = decodedPathname(pathname);
  if (path === undefined || isApiPath(path) || /\.[^/]*$/.test(path)) return undefined;
  if (isAppLocale(path.split("/")[1])) return undefined;
  for (const [name, value] of query) {
    if (paramName(name) === LANG_PARAM) return localeOfTag(value);
  }
  return undefined;
}

/** The redirect to the language a tag prefix or `lang` names, or undefined to negotiate as usual. */
// 307 throughout: the status next-intl gives the negotiated redirect these replace.
export function redirectToExplicitLanguage(request: NextRequest): NextResponse | undefined {
  const { pathname, search, searchParams } = request.nextUrl;
  const prefixed = prefixOfLanguageTag(pathname);
  if (prefixed) return NextResponse.redirect(new URL(`${prefixed}${search}`, request.url), 307);
  const locale = explicitLanguage(pathname, searchParams);
  if (!locale) return undefined;
  const query = new URLSearchParams(
    [...searchParams].filter(([name]) => paramName(name) !== LANG_PARAM),
  ).toString();
  const path = pathname === "/" ? "" : pathname;
  return NextResponse.redirect(
    new URL(`/${locale}${path}${query ? `?${query}` : ""}`, request.url),
    307,
  );
}
