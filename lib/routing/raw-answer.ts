/**
 * Answers written straight to a socket, as raw HTTP: for requests Node's HTTP server gave up
 * on (`clientError`) or handed over as a tunnel (`connect`), where there is no response
 * object. What Node's documentation prescribes for both. The answer carries the security
 * headers every other answer carries, and the connection is closed after it.
 */
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";

import { createNonce, securityHeaders } from "@/lib/security/headers";

import type { RequestLine } from "./refuse";

export type RawRequest = RequestLine & { https: boolean };

/** Writes `answer(nonce)` to the socket and closes it; on any failure, a bare `status`. */
export async function writeRawAnswer(
  socket: Socket,
  request: RawRequest,
  status: number,
  answer: (nonce: string) => Response,
): Promise<void> {
  let raw: Buffer;
  try {
    const nonce = createNonce();
    const response = answer(nonce);
    const body = Buffer.from(await response.arrayBuffer());
    const headers = {
      ...Object.fromEntries(response.headers),
      ...securityHeaders({
        nonce,
        https: request.https,
        dev: process.env.NODE_ENV === "development",
      }),
      "content-length": String(body.byteLength),
      connection: "close",
    };
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    const head = `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ""}\r\n${lines.join("")}\r\n`;
    raw = Buffer.concat([
      Buffer.from(head, "latin1"),
      request.method === "HEAD" ? Buffer.of() : body,
    ]);
  } catch {
    raw = Buffer.from(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\nconnection: close\r\n\r\n`,
    );
  }
  if (socket.writable) socket.end(raw);
  else socket.destroy();
}
