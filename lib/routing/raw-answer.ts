/**
 * Answers Node's HTTP server writes itself, before Next.js sees the request, with the
 * security headers every other answer carries: on the response object, or straight to the
 * socket as raw HTTP for requests Node gave up on (`clientError`) or handed over as a
 * tunnel (`connect`), where there is none (what Node's documentation prescribes for both;
 * the connection is closed after it).
 */
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";

import { createNonce, isHttpsNodeRequest, securityHeaders } from "@/lib/security/headers";

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

/** Writes `answer(nonce)` as the response to `request`; on any failure, a bare `status`. */
export async function writeNodeAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  answer: (nonce: string) => Response,
): Promise<void> {
  try {
    const nonce = createNonce();
    const fetchAnswer = answer(nonce);
    response.writeHead(fetchAnswer.status, {
      ...Object.fromEntries(fetchAnswer.headers),
      ...securityHeaders({
        nonce,
        https: isHttpsNodeRequest(request.headers),
        dev: process.env.NODE_ENV === "development",
      }),
    });
    // Node sends no body to HEAD, whatever is written.
    response.end(Buffer.from(await fetchAnswer.arrayBuffer()));
  } catch {
    if (!response.headersSent) response.writeHead(status);
    response.end();
  }
  request.resume();
}
