/**
 * TRACE never reaches proxy.ts. Next.js hands the proxy a Fetch `Request`, and the Fetch
 * standard forbids TRACE, TRACK and CONNECT: `new Request()` throws, and Next.js answers
 * 500 with the stack in its log. So these are answered on Node's HTTP server itself,
 * before Next.js sees them, with what the proxy says to any method an address does not
 * answer (lib/routing/refuse.ts: 405 and `Allow`) and the same security headers.
 *
 * lib/routing/node-server.ts sends them here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import { createNonce, forwardedHttps, securityHeaders } from "@/lib/security/headers";

import { refuseRequest } from "./refuse";

/** Methods Node's HTTP parser accepts but a Fetch `Request` cannot carry. */
export const UNFETCHABLE_METHODS: ReadonlySet<string> = new Set(["TRACE", "TRACK", "CONNECT"]);

function pathnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://localhost").pathname;
  } catch {
    return "/";
  }
}

export async function answerUnfetchable(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    const nonce = createNonce();
    const forwarded = request.headers["x-forwarded-proto"];
    const https = forwardedHttps(typeof forwarded === "string" ? forwarded : null) ?? false;
    const refusal =
      refuseRequest(
        {
          method: request.method ?? "",
          pathname: pathnameOf(request.url),
          acceptLanguage: request.headers["accept-language"] ?? null,
        },
        nonce,
      ) ?? new Response(null, { status: 405 });
    response.writeHead(refusal.status, {
      ...Object.fromEntries(refusal.headers),
      ...securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" }),
    });
    response.end(Buffer.from(await refusal.arrayBuffer()));
  } catch {
    if (!response.headersSent) response.writeHead(405);
    response.end();
  }
  request.resume();
}
