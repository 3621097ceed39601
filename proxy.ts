import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";

import { routing } from "@/lib/i18n/routing";
import { routeRequest } from "@/lib/routing/guard";
import { isApiPath, notFoundPage, refuseRequest } from "@/lib/routing/refuse";
import { isMissingRootFile } from "@/lib/routing/root-files";
import {
  CSP_HEADER,
  createNonce,
  forwardRequestHeaders,
  isHttpsRequest,
  NONCE_HEADER,
  PRIVATE_PAGE_HEADERS,
  securityHeaders,
  URL_HEADER,
} from "@/lib/security/headers";

const handleI18nRouting = createMiddleware(routing);

/** `/robots.txt`, `/icon.svg`, `/og/x.png`: files and file-like routes, never locale-prefixed. */
function isRedirect(response: Response): boolean {
  return response.status >= 300 && response.status < 400;
}

function isFilePath(pathname: string): boolean {
  return /\.[^/]*$/.test(pathname);
}

/**
 * 1. `refuseRequest` (lib/routing/refuse.ts) answers requests no route should see (an
 *    address whose percent-encoding is broken);
 * 2. `routeRequest` (lib/routing/guard.ts) may answer next;
 * 3. otherwise a file the root does not have gets a 404 page (lib/routing/root-files.ts),
 *    API routes and files pass straight through (no locale prefix, no redirect), and
 *    everything else goes through next-intl's locale routing;
 * 4. whichever response results gets the security headers, and if it continues to a
 *    route, the nonce-bearing CSP travels with the request so Next.js puts the nonce
 *    on its own scripts and styles (the 404 page of `/robots.txt` included).
 */
export function proxy(request: NextRequest): Response {
  const nonce = createNonce();
  const https = isHttpsRequest(request.url, request.headers);
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const { pathname } = request.nextUrl;

  const line = {
    method: request.method,
    pathname,
    acceptLanguage: request.headers.get("accept-language"),
  };
  const refusal = refuseRequest(line, nonce);
  const decision = refusal ? {} : routeRequest(request);
  const response =
    refusal ??
    decision.response ??
    (isMissingRootFile(pathname)
      ? notFoundPage(line, nonce)
      : isApiPath(pathname) || isFilePath(pathname)
        ? NextResponse.next()
        : handleI18nRouting(request));

  forwardRequestHeaders(response, request.headers, {
    [CSP_HEADER.toLowerCase()]: headers[CSP_HEADER],
    [NONCE_HEADER]: nonce,
    // The page's own address, for the header's language and presenter switches.
    [URL_HEADER]: `${pathname}${request.nextUrl.search}`,
  });
  for (const [name, value] of Object.entries({
    ...headers,
    ...decision.headers,
    // A redirect that keeps the query (next-intl's, from `/result?…` to `/en/result?…`)
    // carries the answers in its Location: as private as the page it leads to.
    ...(isRedirect(response) && request.nextUrl.search && PRIVATE_PAGE_HEADERS),
  })) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    // Everything but Next's own assets (`/_next/...`, which also keeps dev HMR away from
    // locale routing): pages, API routes, and paths with an extension too (`/robots.txt`,
    // `/og/x.png`, a mistyped `/x%FF.txt`), so that every HTML answer, a 404 included,
    // carries the full header set and a broken address never reaches Next's router.
    "/((?!_next/|_vercel/).*)",
  ],
};
