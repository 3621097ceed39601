/**
 * Next.js redirects an address with a trailing slash (`/en/result/?…`), a doubled slash
 * (`/en//rules`), a backslash or a dot segment (`/en/result/.`, `/en/%2e%2e`) to its
 * canonical form with a 308 of its own, before proxy.ts runs: without the security
 * headers, and, for a share link, as a permanent redirect any cache may keep, whose
 * Location carries the answers. This gives the same 308 first, with the headers every
 * other answer carries and a share link's privacy.
 *
 * lib/routing/node-server.ts sends them here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import {
  createNonce,
  isHttpsNodeRequest,
  PRIVATE_PAGE_HEADERS,
  securityHeaders,
} from "@/lib/security/headers";

/** `.` and `..` as RFC 3986 §5.2.4 reads them, percent-encoded dots too (WHATWG URL). */
const DOT = /^(?:\.|%2e)$/i;
const DOUBLE_DOT = /^(?:\.|%2e){2}$/i;

/** RFC 3986's remove_dot_segments on a path that starts with a slash. */
function removeDotSegments(path: string): string {
  const segments = path.split("/").slice(1);
  const kept: string[] = [];
  segments.forEach((segment, i) => {
    const dot = DOT.test(segment);
    const doubleDot = DOUBLE_DOT.test(segment);
    if (doubleDot) kept.pop();
    if (!dot && !doubleDot) kept.push(segment);
    // `/a/b/..` is the directory `/a/`; its trailing slash is taken off afterwards.
    else if (i === segments.length - 1) kept.push("");
  });
  return `/${kept.join("/")}`;
}

/**
 * Where Next.js would send this request target (its `normalizeRepeatedSlashes`, the URL
 * parser's dot segments and its trailing-slash redirect), or undefined when it is
 * canonical. The query is kept as sent; a backslash becomes a slash before slashes are
 * merged, so the result is never `//host`.
 */
export function canonicalLocation(target: string): string | undefined {
  // lib/routing/request-targets.ts answers targets that are not a path.
  if (!target.startsWith("/")) return undefined;
  const at = target.indexOf("?");
  const path = at === -1 ? target : target.slice(0, at);
  let canonical = removeDotSegments(path.replace(/\\/g, "/").replace(/\/{2,}/g, "/"));
  if (canonical.length > 1 && canonical.endsWith("/")) canonical = canonical.slice(0, -1);
  return canonical === path ? undefined : canonical + (at === -1 ? "" : target.slice(at));
}

export function answerNonCanonical(
  request: IncomingMessage,
  response: ServerResponse,
  location: string,
): void {
  const headers = {
    ...securityHeaders({
      nonce: createNonce(),
      https: isHttpsNodeRequest(request.headers),
      dev: process.env.NODE_ENV === "development",
    }),
    // As proxy.ts does for any redirect that keeps a query: it may hold a plan's answers.
    ...(location.includes("?") && PRIVATE_PAGE_HEADERS),
    location,
    "content-type": "text/plain; charset=utf-8",
  };
  response.writeHead(308, headers);
  response.end(request.method === "HEAD" ? undefined : location);
  request.resume();
}
