/**
 * Requests Node's parser gives up on before any route sees them: a Content-Length that is no
 * number or comes twice, or beside Transfer-Encoding; a malformed chunk; a header folded
 * across lines; a space in the address. Left to itself, Node writes a bare 400 without a
 * header or a body: a blank page for a reader, no JSON for a program, none of the security
 * headers. This answers them as any refused request (lib/routing/refuse.ts `badRequest`).
 *
 * lib/routing/node-server.ts sends Node's `clientError`s here once the kinds with answers of
 * their own (a head too large, an unknown method) are answered.
 */
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";

import { readPartialHead } from "./oversized-heads";
import { writeRawAnswer } from "./raw-answer";
import { badRequest } from "./refuse";

/** The prefix of llhttp's parse errors; timeouts and resets have codes of their own. */
const PARSE_ERROR = "HPE_";

function responseUnderway(socket: Socket): ServerResponse | undefined {
  return (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage ?? undefined;
}

/** Longest a response under way may take to finish before its broken connection is closed. */
const UNDERWAY_GRACE_MS = 10_000;

/**
 * A parse error after a whole request was handed to Next.js (one pipelined before the bad
 * bytes): that request's response is finished, and then the connection closed. Node would
 * write a bare 400 into it and drop the answer the earlier request was owed. The bad bytes
 * get no answer of their own: where they begin cannot be told. Returns whether it did so.
 */
export function finishUnderway(socket: Socket): boolean {
  const underway = responseUnderway(socket);
  if (!underway?.req.complete) return false;
  const close = () => socket.end();
  if (underway.writableFinished) close();
  else {
    underway.once("finish", close);
    setTimeout(() => socket.destroy(), UNDERWAY_GRACE_MS).unref();
  }
  return true;
}

/**
 * Answers a parse error and returns true, or returns false to leave it to Node: bytes that
 * do not start with a request line are not HTTP, and once a response has begun, the answer
 * is that response's. A request whose body went wrong while Next.js read it is answered
 * here, before Next.js answers it.
 */
export function answerUnreadable(
  error: Error & { code?: string; rawPacket?: Buffer },
  socket: Socket,
): boolean {
  if (!error.code?.startsWith(PARSE_ERROR)) return false;
  if (responseUnderway(socket)?.headersSent) return false;
  const head = readPartialHead(error.rawPacket);
  if (head.method === "") return false;
  void writeRawAnswer(socket, head, 400, (nonce) => badRequest(head, nonce));
  return true;
}
