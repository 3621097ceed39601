/**
 * A request whose address and headers overflow Node's limit (16 KiB by default) never
 * reaches Next.js: Node's parser gives up and, left to itself, writes a bare 431 with no
 * body and none of the app's headers, so a reader who pasted a runaway link saw a blank
 * page. This answers it as the app answers any address it refuses (lib/routing/refuse.ts):
 * the same status, a short page in the reader's language or a JSON error for the API, and
 * the security headers. There is no request object yet, so the answer is written to the
 * socket as raw HTTP, which is what Node's documentation prescribes for `clientError`.
 */
import type { Socket } from "node:net";

import { forwardedHttps } from "@/lib/security/headers";

import { writeRawAnswer, type RawRequest } from "./raw-answer";
import { refuse, type RequestLine } from "./refuse";

/** Node's parser error for a request head over `maxHeaderSize`. */
export const HEAD_OVERFLOW = "HPE_HEADER_OVERFLOW";

const STATUS = 431;

/** A method as RFC 9110 §9.1 allows it: a token, case-sensitive (`post` is not `POST`). */
const METHOD_TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

/**
 * Whatever can be read of the head that overflowed. Node hands over the chunk it was
 * parsing, which starts with the request line only when the head arrived in one piece;
 * otherwise the refusal is answered as for the root, in the language of the chunk's
 * `Accept-Language` if it holds one.
 */
export function readPartialHead(raw: Buffer | undefined): RawRequest {
  // latin1 maps every byte to one character, so a head cut inside a UTF-8 sequence still reads.
  const text = raw?.toString("latin1") ?? "";
  const line = new RegExp(`^(${METHOD_TOKEN}) (\\/[^ ?#\\r\\n]*)`).exec(text);
  const header = (name: string) =>
    new RegExp(`\\r\\n${name}:[ \\t]*([^\\r\\n]*)\\r\\n`, "i").exec(text)?.[1]?.trim() ?? null;
  return {
    method: line?.[1] ?? "",
    pathname: line?.[2] ?? "/",
    acceptLanguage: header("accept-language"),
    https: forwardedHttps(header("x-forwarded-proto")) ?? false,
  };
}

/** The answer to an overflowing head, as a Fetch Response (tests read it without a socket). */
export function headTooLarge(request: RequestLine, nonce: string): Response {
  return refuse(request, nonce, {
    status: STATUS,
    error: "request-too-large",
    apiMessageKey: "api.headTooLarge",
    titleKey: "notFound.tooLongTitle",
    bodyKey: "notFound.tooLongBody",
  });
}

/** Writes the 431 to the socket and closes it. */
export function answerOversizedHead(
  error: Error & { rawPacket?: Buffer },
  socket: Socket,
): Promise<void> {
  const head = readPartialHead(error.rawPacket);
  return writeRawAnswer(socket, head, STATUS, (nonce) => headTooLarge(head, nonce));
}
