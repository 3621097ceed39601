/**
 * Requests the app refuses before any route sees them (a broken address, a method the
 * address does not answer), answered on the Fetch API alone so that proxy.ts can return
 * them and tests can read them without a server. Each answer is short, in the reader's
 * language, and carries the status that says what was wrong.
 */
import {
  API_ALLOW,
  apiError,
  type ApiErrorKind,
  type ApiPath,
  languageHeaders,
  methodNotAllowed,
} from "@/lib/api/assess";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { type AppLocale, HTML_LANG } from "@/lib/i18n/routing";
import { isAppLocale, translatorFor } from "@/lib/i18n/translator";
import { PRIVATE_PAGE_HEADERS } from "@/lib/security/headers";
import { startHref } from "@/lib/wizard/urls";

import { isKnownAddress } from "./known-addresses";

/** What is needed of a request to decide; the proxy and the tests fill it in. */
export type RequestLine = {
  method: string;
  /** The path as received: still percent-encoded. */
  pathname: string;
  acceptLanguage: string | null;
};

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** A page's language from its own prefix (`/zh/...`), else from the browser's. */
export function localeOf({ pathname, acceptLanguage }: RequestLine): AppLocale {
  const prefix = pathname.split("/")[1];
  return isAppLocale(prefix) ? prefix : negotiateLocale(acceptLanguage);
}

/**
 * The path as Next.js routes it, percent-escapes decoded, or undefined when one does not
 * decode to UTF-8 (`%FF`, `%C0%AF`, a lone `%`).
 */
export function decodedPathname(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** Whether every percent-escape in the path decodes to UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  return decodedPathname(pathname) !== undefined;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (ch) => ESCAPES[ch] ?? ch);

/** The message keys of a page that explains why an address was refused. */
type RefusalPage = { status: number; titleKey: string; bodyKey: string };

/**
 * A refusal as a page of its own, in the reader's language: no script, its only style
 * carrying the request's CSP nonce, and a way to start again.
 */
export function refusalPage(
  request: RequestLine,
  nonce: string,
  { status, titleKey, bodyKey }: RefusalPage,
): Response {
  const locale = localeOf(request);
  const t = translatorFor(locale);
  const title = escapeHtml(t(titleKey));
  const html = `<!DOCTYPE html>
<html lang="${HTML_LANG[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style nonce="${nonce}">body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(t(bodyKey))}</p>
<p><a href="${escapeHtml(startHref(locale))}">${escapeHtml(t("notFound.startAgain"))}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-language": locale,
      // Refused addresses may still hold a plan's answers (a share link sent by POST, one
      // too long to read): as private as the journey's own pages.
      ...PRIVATE_PAGE_HEADERS,
    },
  });
}

/** The 404 page of an address that names nothing here: what there is instead, and a way to start. */
export function notFoundPage(request: RequestLine, nonce: string): Response {
  return refusalPage(request, nonce, {
    status: 404,
    titleKey: "notFound.title",
    bodyKey: "notFound.body",
  });
}

/** A refusal's page, and its JSON error for `/api/`, where a program is reading. */
type Refusal = RefusalPage & { error: ApiErrorKind; apiMessageKey: string };

/** A refusal: a page of its own in the reader's language, or under `/api/` a JSON error. */
export function refuse(request: RequestLine, nonce: string, refusal: Refusal): Response {
  if (isApiPath(request.pathname)) {
    const locale = negotiateLocale(request.acceptLanguage);
    const message = translatorFor(locale)(refusal.apiMessageKey);
    return apiError(refusal.error, message, refusal.status, languageHeaders(locale));
  }
  return refusalPage(request, nonce, refusal);
}

/**
 * 400 for an address whose percent-encoding is broken. Next.js cannot match such a path to
 * a route (it answered a bare 500), so the explanation is a page of its own.
 */
export function badAddress(request: RequestLine, nonce: string): Response {
  return refuse(request, nonce, {
    status: 400,
    error: "invalid-address",
    apiMessageKey: "api.invalidAddress",
    titleKey: "notFound.badAddressTitle",
    bodyKey: "notFound.badAddressBody",
  });
}

/** 400 for a request that does not follow HTTP's syntax (RFC 9112), or `GET *`. */
export function badRequest(request: RequestLine, nonce: string): Response {
  return refuse(request, nonce, {
    status: 400,
    error: "bad-request",
    apiMessageKey: "api.badRequest",
    titleKey: "notFound.badRequestTitle",
    bodyKey: "notFound.badRequestBody",
  });
}

/** Pages, and anything else that is not an API route, are only read. */
const READ_ONLY = "GET, HEAD";

/**
 * The `Allow` header of a path: its API route's methods, or GET and HEAD. The app has no
 * server actions and no forms sent by POST (every form is a GET query), so a page has
 * nothing to do with any other method.
 */
export function allowedMethods(decodedPathname: string): string {
  const path = apiRoute(decodedPathname);
  return path ? API_ALLOW[path] : READ_ONLY;
}

/** The API route a decoded path names (a trailing slash aside), if any. */
function apiRoute(decodedPathname: string): ApiPath | undefined {
  const path = decodedPathname.length > 1 ? decodedPathname.replace(/\/+$/, "") : decodedPathname;
  return Object.hasOwn(API_ALLOW, path) ? (path as ApiPath) : undefined;
}

/**
 * 404 as JSON for an address under `/api/` that no route answers, whatever the method: a
 * program calling the API reads a JSON error naming the routes there are, not the HTML page
 * meant for people (nor a 405 that suggests the address exists).
 */
export function unknownApiRoute(request: RequestLine): Response {
  const locale = negotiateLocale(request.acceptLanguage);
  return apiError("not-found", translatorFor(locale)("api.notFound"), 404, languageHeaders(locale));
}

/**
 * 405 with the `Allow` header for a method the address does not answer: a JSON error for
 * the API (API.md "HTTP"), a line of text for a page. Without this a page answered POST
 * with a redirect to the wizard's start (dropping the answers in its query) or
 * "Server Action unavailable", and the API answered WebDAV methods with an empty 400.
 */
export function refuseMethod(request: RequestLine, decodedPathname: string): Response | undefined {
  const allow = allowedMethods(decodedPathname);
  if (allow.split(", ").includes(request.method)) return undefined;
  if (isApiPath(decodedPathname)) return methodNotAllowed(request.acceptLanguage, allow);
  return new Response(`${translatorFor(localeOf(request))("api.pageMethodNotAllowed")}\n`, {
    status: 405,
    headers: { allow, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** The answer to a request no route should see, or undefined to let it through. */
export function refuseRequest(request: RequestLine, nonce: string): Response | undefined {
  const decoded = decodedPathname(request.pathname);
  if (decoded === undefined) return badAddress(request, nonce);
  // Next.js routes the address as sent, escapes and all: `/api/%61ssess` and `/api/assess%2F`
  // reach no route handler, and would get the HTML page of a 404 meant for people. So the
  // route is looked up by the address as sent (no route's name needs an escape).
  if (isApiPath(decoded) && apiRoute(request.pathname) === undefined)
    return unknownApiRoute(request);
  const refused = refuseMethod(request, decoded);
  // What GET would find missing is missing for any method: a 404, not a 405.
  if (refused && !isApiPath(decoded) && !isKnownAddress(decoded))
    return notFoundPage(request, nonce);
  return refused;
}
