import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";

import { routing } from "@/lib/i18n/routing";
import { routeRequest } from "@/lib/routing/guard";
import {
  CSP_HEADER,
  createNonce,
  forwardRequestHeaders,
  isHttpsRequest,
  NONCE_HEADER,
  securityHeaders,
  URL_HEADER,
} from "@/lib/security/headers";

const handleI18nRouting = createMiddleware(routing);

function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * 1. `routeRequest` (lib/routing/guard.ts) may answer first;
 * 2. otherwise API routes pass straight through (no locale prefix, no redirect) and
 *    everything else goes through next-intl's locale routing;
 * 3. whichever response results gets the security headers, and if it continues to a
 *    route, the nonce-bearing CSP travels with the request so Next.js puts the nonce
 *    on its own scripts and styles.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const https = isHttpsRequest(request.url, request.headers);
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" });

  const decision = routeRequest(request);
  const response =
    decision.response ??
    (isApiPath(request.nextUrl.pathname) ? NextResponse.next() : handleI18nRouting(request));

  forwardRequestHeaders(response, request.headers, {
    [CSP_HEADER.toLowerCase()]: headers[CSP_HEADER],
    [NONCE_HEADER]: nonce,
    // The page's own address, for the header's language and presenter switches.
    [URL_HEADER]: `${request.nextUrl.pathname}${request.nextUrl.search}`,
  });
  for (const [name, value] of Object.entries({ ...headers, ...decision.headers })) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    // Every API route, including ones whose path looks like a file (/api/openapi.json).
    "/api/:path*",
    // Pages; not Next's own assets (`/_next/...`, which also keeps dev HMR away from
    // locale routing) nor files with an extension (icon.svg, robots.txt), which get
    // their headers from next.config.js.
    "/((?!api/|_next/|_vercel/|.*\\.[^/]*$).*)",
  ],
};
