import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { guardNodeServer } from "./node-server";

type Answer = { status: number; headers: Record<string, unknown>; body: string };

let server: Server;
let reachedNext: string[] = [];

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

beforeAll(async () => {
  guardNodeServer();
  guardNodeServer(); // twice is once
  // Stands in for Next.js, which would build a Fetch Request and answer 500.
  server = createServer((req, res) => {
    reachedNext.push(`${req.method} ${req.url}`);
    res.end("next");
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
