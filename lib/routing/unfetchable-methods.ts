/**
 * TRACE never reaches proxy.ts. Next.js hands the proxy a Fetch `Request`, and the Fetch
 * standard forbids TRACE, TRACK and CONNECT: `new Request()` throws, and Next.js answers
 * 500 with the stack in its log. So these are answered on Node's HTTP server itself,
 * before Next.js sees them, with what the proxy says to any method an address does not
 * answer (lib/routing/refuse.ts: 405 and `Allow`) and the same security headers.
 *
 * instrumentation.ts installs this once per server process; Next.js runs it before the
 * server answers its first request.
 */
import { type IncomingMessage, Server, type ServerResponse } from "node:http";

import { createNonce, isHttpsRequest, securityHeaders } from "@/lib/security/headers";

import { refuseRequest } from "./refuse";

/** Methods Node's HTTP parser accepts but a Fetch `Request` cannot carry. */
export const UNFETCHABLE_METHODS: ReadonlySet<string> = new Set(["TRACE", "TRACK", "CONNECT"]);

const INSTALLED = Symbol.for("vats-pilot-check.unfetchable-methods");

function pathnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://localhost").pathname;
  } catch {
    return "/";
  }
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const nonce = createNonce();
    const forwarded = request.headers["x-forwarded-proto"];
    const https = isHttpsRequest(
      "http://localhost/",
      new Headers(typeof forwarded === "string" ? { "x-forwarded-proto": forwarded } : {}),
    );
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

/** Makes every HTTP server in this process answer TRACE, TRACK and CONNECT itself. */
export function answerUnfetchableMethods(): void {
  const prototype = Server.prototype as Server & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit as (
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (UNFETCHABLE_METHODS.has(request.method ?? "")) {
        void answer(request, response);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
