/**
 * Request targets that are not a path (RFC 9112 §3.2). A proxy sends the absolute form
 * (`GET http://host/en/result?…`), which a server must accept: Next.js answered it with a
 * permanent redirect to the host it names, without the security headers and with the
 * answers in its Location. The asterisk form (`OPTIONS *`) made Next.js throw and answer
 * 500. The first is read as the path and query it names, its authority ignored as the Host
 * header is; anything else is answered here, as the site's root would answer it.
 *
 * lib/routing/node-server.ts sends them here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import { writeNodeAnswer } from "./raw-answer";
import { badRequest, refuseRequest, type RequestLine } from "./refuse";

/** `http://host:port/path?query`: the path and query kept as sent, escapes and all. */
const ABSOLUTE_FORM = /^https?:\/\/[^/?#]*(\/[^?#]*)?(\?[^#]*)?$/i;

/** The origin form (`/path?query`) of an absolute-form target, else undefined. */
export function originForm(target: string): string | undefined {
  const match = ABSOLUTE_FORM.exec(target);
  if (!match) return undefined;
  return (match[1] ?? "/") + (match[2] ?? "");
}

/**
 * The answer to a target that is neither a path nor absolute (`*`): what the root says to
 * the method (`OPTIONS *`: 405, with the methods it takes), else 400.
 */
export function otherTargetAnswer(request: RequestLine, nonce: string): Response {
  const asRoot = { ...request, pathname: "/" };
  return refuseRequest(asRoot, nonce) ?? badRequest(asRoot, nonce);
}

export function answerOtherTarget(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const line = {
    method: request.method ?? "",
    pathname: "/",
    acceptLanguage: request.headers["accept-language"] ?? null,
  };
  return writeNodeAnswer(request, response, 400, (nonce) => otherTargetAnswer(line, nonce));
}
