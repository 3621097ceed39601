/**
 * Security headers for every page and API response, as pure functions so they can be
 * tested without a server. proxy.ts calls them once per request; static files get the
 * subset in BASE_SECURITY_HEADERS from next.config.js instead.
 */
import type { IncomingHttpHeaders } from "node:http";

import { BASE_SECURITY_HEADERS } from "./permissions-policy.js";

export { BASE_SECURITY_HEADERS, PERMISSIONS_POLICY } from "./permissions-policy.js";

/** Request header that carries the nonce to Server Components (`headers().get(...)`). */
export const NONCE_HEADER = "x-nonce";
/** Request header that carries the page's path and query to Server Components. */
export const URL_HEADER = "x-url";
export const CSP_HEADER = "Content-Security-Policy";

/** Pages that carry a plan's answers: never indexed, never cached by anyone. */
export const PRIVATE_PAGE_HEADERS = {
  "X-Robots-Tag": "noindex, nofollow",
  "Cache-Control": "private, no-store",
} as const;

export type CspOptions = {
  /** `next dev`: React needs `eval` there to rebuild server error stacks. */
  dev: boolean;
  /** Served over HTTPS: adds `upgrade-insecure-requests`. */
  https: boolean;
};

/** 128 random bits, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy for one response.
 *
 * Scripts: only those carrying this request's nonce, plus what they load
 * (`'strict-dynamic'`, under which browsers ignore `'self'`; it stays for old ones).
 * Never `'unsafe-inline'`; `'unsafe-eval'` in development only.
 *
 * Styles: in production `'self'` and the nonce, which Next.js 16 puts on the
 * stylesheets and style elements it emits (checked in Chromium: no violation). In
 * development Next's dev overlay injects unnonced `<style>` elements, so dev allows
 * inline styles instead (a nonce would make browsers ignore `'unsafe-inline'`).
 */
export function buildCsp(nonce: string, { dev, https }: CspOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    ["style-src", "'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

export type SecurityHeaderOptions = CspOptions & { nonce: string };

/** Every security header for a page or API response, keyed by header name. */
export function securityHeaders({
  nonce,
  dev,
  https,
}: SecurityHeaderOptions): Record<typeof CSP_HEADER, string> & Record<string, string> {
  return {
    [CSP_HEADER]: buildCsp(nonce, { dev, https }),
    ...BASE_SECURITY_HEADERS,
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    // HSTS over plain HTTP is ignored by browsers and would mislead a reader of the
    // headers, so it is only sent on HTTPS.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the browser reached us over HTTPS: directly, or through a TLS-terminating
 * proxy that says so in `X-Forwarded-Proto` (first hop wins when there are several).
 */
export function isHttpsRequest(url: URL | string, headers: Headers): boolean {
  return forwardedHttps(headers.get("x-forwarded-proto")) ?? new URL(url).protocol === "https:";
}

/**
 * Whether a request Node's server answers itself (before Next.js) came over HTTPS, as a
 * TLS-terminating proxy says; the server itself only speaks HTTP.
 */
export function isHttpsNodeRequest(headers: IncomingHttpHeaders): boolean {
  const forwarded = headers["x-forwarded-proto"];
  return forwardedHttps(typeof forwarded === "string" ? forwarded : null) ?? false;
}

/** What a proxy's `X-Forwarded-Proto` says (its first hop), or undefined when it says nothing. */
export function forwardedHttps(value: string | null | undefined): boolean | undefined {
  const forwarded = value?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : undefined;
}

const OVERRIDE_HEADERS = "x-middleware-override-headers";
const REQUEST_HEADER_PREFIX = "x-middleware-request-";

/**
 * Makes a proxy response that continues to a route (`NextResponse.next()` or
 * `.rewrite()`) forward `extra` request headers to the render, on top of whatever
 * request headers the response already forwards.
 *
 * Next.js carries the forwarded request headers on the proxy's response as
 * `x-middleware-override-headers` (the complete list of header names the route will
 * see) and one `x-middleware-request-<name>` per value. A response from next-intl or
 * from `lib/routing/guard.ts` may already set them, so the list is merged rather than
 * replaced: replacing it with only our names would drop the cookies and everything
 * else. Redirects and direct responses never reach a route and are left alone.
 */
export function forwardRequestHeaders(
  response: Response,
  requestHeaders: Headers,
  extra: Record<string, string>,
): void {
  const continues =
    response.headers.has("x-middleware-next") || response.headers.has("x-middleware-rewrite");
  if (!continues) return;

  let forwarded: Headers;
  const overridden = response.headers.get(OVERRIDE_HEADERS);
  if (overridden === null) {
    forwarded = new Headers(requestHeaders);
  } else {
    forwarded = new Headers();
    for (const name of overridden.split(",")) {
      const key = name.trim();
      const value = response.headers.get(REQUEST_HEADER_PREFIX + key);
      if (key && value !== null) forwarded.set(key, value);
    }
  }
  for (const [name, value] of Object.entries(extra)) forwarded.set(name, value);

  const names: string[] = [];
  forwarded.forEach((value, name) => {
    response.headers.set(REQUEST_HEADER_PREFIX + name, value);
    names.push(name);
  });
  response.headers.set(OVERRIDE_HEADERS, names.join(","));
}
