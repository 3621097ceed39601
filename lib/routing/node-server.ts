/**
 * What Node's HTTP server must answer itself, because Next.js never sees it or cannot
 * carry it: the TRACE family of methods and those Node's parser does not know
 * (lib/routing/unfetchable-methods.ts), targets that are not a path
 * (lib/routing/request-targets.ts), addresses Next.js redirects before any of the app's
 * code runs (lib/routing/canonical-address.ts), request heads too large to parse
 * (lib/routing/oversized-heads.ts), requests that do not parse at all
 * (lib/routing/unreadable-requests.ts), and a client router state the app never sends.
 * instrumentation.ts installs this once per server process, before the server answers its
 * first request.
 */
import { type IncomingMessage, Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

import { answerNonCanonical, canonicalLocation } from "./canonical-address";
import { answerOversizedHead, HEAD_OVERFLOW } from "./oversized-heads";
import { answerOtherTarget, originForm } from "./request-targets";
import {
  answerConnect,
  answerUnfetchable,
  answerUnknownMethod,
  UNFETCHABLE_METHODS,
  UNKNOWN_METHOD,
} from "./unfetchable-methods";
import { answerUnreadable, finishUnderway } from "./unreadable-requests";

const INSTALLED = Symbol.for("vats-pilot-check.node-server");
const ROUTER_STATE_HEADER = "next-router-state-tree";

/**
 * Makes every HTTP server in this process answer those requests itself. Done on `emit`
 * rather than with listeners because Next.js creates its servers out of reach, and a
 * `request` listener added beside its own would not stop its own from answering too.
 */
export function guardNodeServer(): void {
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
      // The app navigates by plain links and forms, so no request of its own carries the
      // client router's state; one that came with a malformed state made Next.js answer a
      // 404 with a 500. Read without it, any such request gets the page itself.
      delete request.headers[ROUTER_STATE_HEADER];
      if (UNFETCHABLE_METHODS.has(request.method ?? "")) {
        void answerUnfetchable(request, response);
        return true;
      }
      if (!request.url?.startsWith("/")) {
        const path = originForm(request.url ?? "");
        if (path === undefined) {
          void answerOtherTarget(request, response);
          return true;
        }
        request.url = path;
      }
      const location = canonicalLocation(request.url ?? "/");
      if (location !== undefined) {
        answerNonCanonical(request, response, location);
        return true;
      }
    }
    // Node emits `connect` only to a server that listens for it, and otherwise drops the
    // socket; a server's first connection comes before its first request line.
    if (event === "connection" && this.listenerCount("connect") === 0) {
      this.on("connect", (request: IncomingMessage, socket: Socket) => {
        void answerConnect(request, socket);
      });
    }
    if (event === "clientError") {
      const [error, socket] = args as [Error & { code?: string }, Socket];
      if (finishUnderway(socket)) return true;
      if (error.code === HEAD_OVERFLOW) {
        void answerOversizedHead(error, socket);
        return true;
      }
      if (error.code === UNKNOWN_METHOD && answerUnknownMethod(error, socket)) return true;
      if (answerUnreadable(error, socket)) return true;
    }
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
