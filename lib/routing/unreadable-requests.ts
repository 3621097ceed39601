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
import type { Socket } from "node:net";

import { readPartialHead } from "./oversized-heads";
import { writeRawAnswer } from "./raw-answer";
import { badRequest } from "./refuse";

/** The prefix of llhttp's parse errors; timeouts and resets have codes of their own. */
const PARSE_ERROR = "HPE_";

/**
 * Answers a parse error and returns true, or returns false to leave it to Node: bytes that
 * do not start with a request line are not HTTP, and while a response is under way (the
 * body of a request already handed to Next.js went wrong) the answer is that response's.
 */
export function answerUnreadable(
  error: Error & { code?: string; rawPacket?: Buffer },
  socket: Socket,
): boolean {
  if (!error.code?.startsWith(PARSE_ERROR)) return false;
  if ((socket as Socket & { _httpMessage?: unknown })._httpMessage) return false;
  const head = readPartialHead(error.rawPacket);
  if (head.method === "") return false;
  void writeRawAnswer(socket, head, 400, (nonce) => badRequest(head, nonce));
  return true;
}
