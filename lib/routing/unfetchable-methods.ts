/**
 * TRACE, TRACK and CONNECT never reach proxy.ts. Next.js hands the proxy a Fetch `Request`,
 * and the Fetch standard forbids all three: `new Request()` throws, and Next.js answers
 * 500 with the stack in its log. So these are answered on Node's HTTP server itself,
 * before Next.js sees them, with what the proxy says to any method an address does not
 * answer (lib/routing/refuse.ts: 405 and `Allow`) and the same security headers.
 *
 * Nor do they all reach Next.js: Node's parser knows no TRACK (nor any method missing from
 * `http.METHODS`, `post` in lower case included) and answered a bare 400 without a header,
 * and it hands CONNECT over as a tunnel, which it closed without a word when no one took it.
 * Those two are answered on the socket (lib/routing/raw-answer.ts).
 *
 * lib/routing/node-server.ts sends them here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";

import { isHttpsNodeRequest } from "@/lib/security/headers";

import { readPartialHead } from "./oversized-heads";
import { writeNodeAnswer, writeRawAnswer } from "./raw-answer";
import { refuseRequest, type RequestLine } from "./refuse";

/** Methods a Fetch `Request` cannot carry. */
export const UNFETCHABLE_METHODS: ReadonlySet<string> = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Node's parser error for a method it does not know. */
export const UNKNOWN_METHOD = "HPE_INVALID_METHOD";

function pathnameOf(url: string | undefined): string {
  // CONNECT names a host and port (`example.com:443`), not a path.
  if (!url?.startsWith("/")) return "/";
  try {
    return new URL(url ?? "/", "http://localhost").pathname;
  } catch {
    return "/";
  }
}

export function answerUnfetchable(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  return writeNodeAnswer(request, response, 405, (nonce) =>
    refusal(requestLineOf(request, ""), nonce),
  );
}

/** What refuseRequest needs of a request Node's server answers itself. */
function requestLineOf(request: IncomingMessage, method: string): RequestLine {
  return {
    method: request.method ?? method,
    pathname: pathnameOf(request.url),
    acceptLanguage: request.headers["accept-language"] ?? null,
  };
}

/** What refuseRequest says to a method the address does not answer; 405 whatever it is. */
function refusal(request: RequestLine, nonce: string): Response {
  return refuseRequest(request, nonce) ?? new Response(null, { status: 405 });
}

/**
 * A method Node's parser does not know, answered as any method the address does not take:
 * 405 and `Allow`. Bytes that do not even start with a request line are not HTTP, and are
 * left to Node's 400. Returns whether it answered.
 */
export function answerUnknownMethod(
  error: Error & { rawPacket?: Buffer },
  socket: Socket,
): boolean {
  const head = readPartialHead(error.rawPacket);
  if (head.method === "") return false;
  void writeRawAnswer(socket, head, 405, (nonce) => refusal(head, nonce));
  return true;
}

/** CONNECT: this server is no proxy, and its addresses do not take the method. */
export function answerConnect(request: IncomingMessage, socket: Socket): Promise<void> {
  const head = {
    ...requestLineOf(request, "CONNECT"),
    https: isHttpsNodeRequest(request.headers),
  };
  return writeRawAnswer(socket, head, 405, (nonce) => refusal(head, nonce));
}
