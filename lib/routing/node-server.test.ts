import { createServer, request as httpRequest, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { guardNodeServer } from "./node-server";

type Answer = { status: number; headers: Record<string, unknown>; body: string };

let server: Server;
let reachedNext: string[] = [];
let routerStates: Array<string | undefined> = [];

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, method, path, host: "127.0.0.1", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A request as raw bytes, for what Node's own HTTP client will not send; the raw answer. */
function sendRaw(head: string): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(head));
    let raw = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (raw += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [top = "", ...rest] = raw.split("\r\n\r\n");
      const [statusLine = "", ...lines] = top.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(":");
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      const body = Buffer.from(rest.join("\r\n\r\n"), "latin1").toString("utf8");
      resolve({ status: Number(statusLine.split(" ")[1] ?? 0), headers, body });
    });
  });
}

beforeAll(async () => {
  guardNodeServer();
  guardNodeServer(); // twice is once
  // Stands in for Next.js, which would build a Fetch Request and answer 500.
  server = createServer((req, res) => {
    reachedNext.push(`${req.method} ${req.url}`);
    routerStates.push(req.headers["next-router-state-tree"] as string | undefined);
    // Next.js answers after the request was handed over, as this does for `/later`.
    if (req.url === "/later") setTimeout(() => res.end("next"), 50);
    // …and reads a body before answering it.
    else if (req.method === "POST") req.on("end", () => res.end("next")).resume();
    else res.end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("guardNodeServer: TRACE and its kind", () => {
  it("answers TRACE to the API with 405, Allow: POST and the security headers", async () => {
    reachedNext = [];
    const answer = await send("TRACE", "/api/assess");
    expect(answer.status).toBe(405);
    expect(answer.headers["allow"]).toBe("POST");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(JSON.parse(answer.body)).toMatchObject({ error: "method-not-allowed" });
    expect(reachedNext).toEqual([]);
  });

  it("answers TRACE to a page with 405 and Allow: GET, HEAD", async () => {
    const answer = await send("TRACE", "/en/result?v=1");
    expect(answer.status).toBe(405);
    expect(answer.headers["allow"]).toBe("GET, HEAD");
    expect(answer.body).toContain("This page can only be opened");
  });

  it("leaves every other method to Next.js", async () => {
    reachedNext = [];
    expect((await send("GET", "/en")).body).toBe("next");
    expect((await send("PROPFIND", "/api/assess")).body).toBe("next");
    expect(reachedNext).toEqual(["GET /en", "PROPFIND /api/assess"]);
  });
});

describe("guardNodeServer: methods Node's parser does not take", () => {
  // Node's parser knows no TRACK, and no method it has not listed (methods are
  // case-sensitive tokens, so `post` is one it has not): it answered a bare 400 with no
  // headers at all.
  for (const method of ["TRACK", "FOO", "post"]) {
    it(`answers ${method} to the API with 405, Allow: POST and the security headers`, async () => {
      reachedNext = [];
      const answer = await sendRaw(`${method} /api/assess HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(answer.status).toBe(405);
      expect(answer.headers["allow"]).toBe("POST");
      expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "method-not-allowed" });
      expect(reachedNext).toEqual([]);
    });
  }

  it("answers TRACK to a page in the language of its prefix", async () => {
    const answer = await sendRaw("TRACK /zh/result?v=1 HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(answer.status).toBe(405);
    expect(answer.headers["allow"]).toBe("GET, HEAD");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.body).toContain("此页面仅可打开");
  });

  it("answers CONNECT, which Node hands over as a tunnel and closed without a word", async () => {
    reachedNext = [];
    for (const target of ["/api/assess", "127.0.0.1:443"]) {
      const answer = await sendRaw(`CONNECT ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(answer.status, target).toBe(405);
      expect(answer.headers["content-security-policy"], target).toMatch(/frame-ancestors 'none'/);
    }
    expect(reachedNext).toEqual([]);
  });

  it("leaves what is not HTTP at all to Node", async () => {
    const answer = await sendRaw("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n");
    expect(answer.status).toBe(400);
  });
});

describe("guardNodeServer: an address with a trailing or doubled slash", () => {
  // Next.js answered these with a 308 before proxy.ts ran: no security header, and for a
  // share link a cacheable permanent redirect whose Location carries the answers.
  it("redirects a share link with a trailing slash privately, with the security headers", async () => {
    reachedNext = [];
    const answer = await send("GET", "/en/result/?v=1&o=o&p=100");
    expect(answer.status).toBe(308);
    expect(answer.headers["location"]).toBe("/en/result?v=1&o=o&p=100");
    expect(answer.headers["cache-control"]).toBe("private, no-store");
    expect(answer.headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(answer.headers["referrer-policy"]).toBe("no-referrer");
    expect(reachedNext).toEqual([]);
  });

  it("keeps the method (308) for the API", async () => {
    const answer = await send("POST", "/api/assess/");
    expect(answer.status).toBe(308);
    expect(answer.headers["location"]).toBe("/api/assess");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  });

  const SLASHED: Array<[path: string, location: string]> = [
    ["//en", "/en"],
    ["/en//rules", "/en/rules"],
    ["/en/plan//origin/?v=1", "/en/plan/origin?v=1"],
    ["/\\evil.example/", "/evil.example"],
    ["//evil.example//", "/evil.example"],
  ];
  for (const [path, location] of SLASHED) {
    it(`sends ${path} to ${location}, never to another host`, async () => {
      const answer = await send("GET", path);
      expect(answer.status).toBe(308);
      expect(answer.headers["location"]).toBe(location);
      expect(answer.headers["x-frame-options"]).toBe("DENY");
    });
  }

  const DOTTED: Array<[path: string, location: string]> = [
    ["/en/./rules", "/en/rules"],
    ["/en/rules/.", "/en/rules"],
    ["/en/result/..?v=1", "/en?v=1"],
    ["/en/%2e%2E/zh/rules", "/zh/rules"],
    ["/api/rules/..", "/api"],
    ["/..", "/"],
    ["/%2e/", "/"],
  ];
  for (const [path, location] of DOTTED) {
    it(`sends ${path}, with its dot segments, to ${location}`, async () => {
      const answer = await send("GET", path);
      expect(answer.status).toBe(308);
      expect(answer.headers["location"]).toBe(location);
      expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    });
  }

  it("redirects a share link with a dot segment privately", async () => {
    const answer = await send("GET", "/en/result/.?v=1&o=o&p=100");
    expect(answer.headers["location"]).toBe("/en/result?v=1&o=o&p=100");
    expect(answer.headers["cache-control"]).toBe("private, no-store");
  });

  it("leaves a canonical address to Next.js", async () => {
    reachedNext = [];
    await send("GET", "/");
    await send("GET", "/en/result?v=1&x=a//b/");
    expect(reachedNext).toEqual(["GET /", "GET /en/result?v=1&x=a//b/"]);
  });
});

describe("guardNodeServer: a request target that is not a path", () => {
  // Next.js redirected an absolute-form target to the host it names (308, no security
  // header, the answers in its Location) and answered `OPTIONS *` with 500. Each request
  // says `Connection: close`, so that its answer ends with the socket.
  it("reads an absolute-form target as its path and query, whatever host it names", async () => {
    reachedNext = [];
    await sendRaw(
      "GET http://evil.example/en/result?v=1&o=o HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    await sendRaw("GET https://evil.example:8443 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(reachedNext).toEqual(["GET /en/result?v=1&o=o", "GET /"]);
  });

  it("redirects an absolute-form target to its canonical path on this site", async () => {
    const answer = await sendRaw(
      "GET http://evil.example/en/result/?v=1&o=o HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
    );
    expect(answer.status).toBe(308);
    expect(answer.headers["location"]).toBe("/en/result?v=1&o=o");
    expect(answer.headers["cache-control"]).toBe("private, no-store");
  });

  it("answers OPTIONS * as the root answers OPTIONS: 405, Allow and the security headers", async () => {
    reachedNext = [];
    const answer = await sendRaw("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(answer.status).toBe(405);
    expect(answer.headers["allow"]).toBe("GET, HEAD");
    expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(reachedNext).toEqual([]);
  });

  it("answers GET * with 400 and a page that offers a fresh start", async () => {
    const answer = await sendRaw(
      "GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAccept-Language: zh-CN\r\n\r\n",
    );
    expect(answer.status).toBe(400);
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.body).toContain("无法读取此请求");
    expect(answer.body).toContain('<a href="/zh">');
    expect(reachedNext).toEqual([]);
  });
});

describe("guardNodeServer: a request Node's parser cannot read", () => {
  // Node answered these with a bare 400: no header, no body, no JSON for the API.
  const UNREADABLE: Array<[what: string, head: string]> = [
    ["a Content-Length that is no number", "Content-Length: abc\r\n"],
    ["a Content-Length sent twice", "Content-Length: 1\r\nContent-Length: 2\r\n"],
    ["a Content-Length beside chunked", "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n"],
    ["a header folded across lines", "X-Note: a\r\n b\r\n"],
  ];
  for (const [what, head] of UNREADABLE) {
    it(`answers ${what} to the API with 400, a JSON error and the security headers`, async () => {
      reachedNext = [];
      const answer = await sendRaw(`POST /api/assess HTTP/1.1\r\nHost: x\r\n${head}\r\n`);
      expect(answer.status).toBe(400);
      expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "bad-request" });
      expect(reachedNext).toEqual([]);
    });
  }

  it("answers a page in the language of its prefix, with a way back", async () => {
    const answer = await sendRaw("GET /zh/rules HTTP/1.1\r\nHost: x\r\nContent-Length: x\r\n\r\n");
    expect(answer.status).toBe(400);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.body).toContain("无法读取此请求");
    expect(answer.body).toContain('<a href="/zh">');
  });
});

describe("guardNodeServer: a request head too large to parse", () => {
  const runaway = "a".repeat(20_000);

  it("answers a page's runaway link with 431, an explanation, a way back and the security headers", async () => {
    reachedNext = [];
    const answer = await send("GET", `/en/result?v=1&x=${runaway}`);
    expect(answer.status).toBe(431);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.body).toContain("This address is too long");
    expect(answer.body).toContain('<a href="/en">Start the check again</a>');
    // The address may hold a plan's answers: as private as the result page.
    expect(answer.headers["cache-control"]).toBe("private, no-store");
    expect(answer.headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(reachedNext).toEqual([]);
  });

  it("answers in the language of the address", async () => {
    const answer = await send("GET", `/zh/result?v=1&x=${runaway}`);
    expect(answer.status).toBe(431);
    expect(answer.body).toContain('<html lang="zh-CN">');
    expect(answer.body).toContain("此地址过长");
  });

  it("answers the API in JSON, in the language asked for", async () => {
    const answer = await send("GET", `/api/rules?x=${runaway}`, { "accept-language": "zh-CN" });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toMatchObject({ error: "request-too-large" });
    expect(JSON.parse(answer.body).message).toContain("/api/assess");
  });

  it("answers headers that overflow, not only addresses", async () => {
    const answer = await send("GET", "/en", { "x-padding": runaway });
    expect(answer.status).toBe(431);
    expect(answer.body).toContain("This address is too long");
  });

  it("still answers a head that fits", async () => {
    expect((await send("GET", `/en/result?x=${"a".repeat(8_000)}`)).body).toBe("next");
  });
});

describe("guardNodeServer: a client router state, which the app never sends", () => {
  it("reaches Next.js without it, so that a malformed one cannot make a page answer 500", async () => {
    routerStates = [];
    const answer = await send("GET", "/en/nope", { RSC: "1", "Next-Router-State-Tree": "garbage" });
    expect(answer.body).toBe("next");
    expect(routerStates).toEqual([undefined]);
  });
});

describe("guardNodeServer: a request Node cannot read after one it is answering", () => {
  it("finishes the answer the first request is owed, then closes the connection", async () => {
    reachedNext = [];
    for (const bad of ["FOO /x HTTP/1.1", "GET /x HTTP/1.1\r\nContent-Length: zz"]) {
      const answer = await sendRaw(
        `GET /later HTTP/1.1\r\nHost: x\r\n\r\n${bad}\r\nHost: x\r\n\r\n`,
      );
      expect(answer.status, bad).toBe(200);
      expect(answer.body, bad).toContain("next");
    }
    expect(reachedNext).toEqual(["GET /later", "GET /later"]);
  });
});

describe("guardNodeServer: a body that goes wrong while it is read", () => {
  it("answers 400, a JSON error and the security headers, not a bare 400", async () => {
    const answer = await sendRaw(
      "POST /api/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    );
    expect(answer.status).toBe(400);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(answer.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(JSON.parse(answer.body)).toMatchObject({ error: "bad-request" });
  });
});
