import { describe, expect, it } from "vitest";

import { isDecodablePath, refuseRequest, type RequestLine } from "./refuse";

const line = (pathname: string, extra: Partial<RequestLine> = {}): RequestLine => ({
  method: "GET",
  pathname,
  acceptLanguage: null,
  ...extra,
});

describe("isDecodablePath", () => {
  it.each(["/en/plan/origin", "/zh/plan/%E4%B8%AD", "/en/result", "/og/en-permitted.png", "/"])(
    "reads %s",
    (path) => expect(isDecodablePath(path)).toBe(true),
  );

  it.each(["/en/plan/%FF", "/en/plan/%C0%AF", "/en/plan/%", "/en/plan/%E4", "/x%FF.txt"])(
    "refuses %s",
    (path) => expect(isDecodablePath(path)).toBe(false),
  );
});

describe("refuseRequest: an address whose percent-encoding is broken", () => {
  it("gets 400 and a page that explains it, in the language of its prefix", async () => {
    const response = refuseRequest(line("/zh/plan/%C0%AF"), "n0nce")!;
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("无法读取此地址");
    expect(html).toContain('href="/zh"');
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).not.toContain("<script");
  });

  it("without a language prefix, follows the browser's language", async () => {
    const response = refuseRequest(line("/%FF", { acceptLanguage: "zh-CN,zh;q=0.9" }), "n")!;
    expect(await response.text()).toContain("无法读取此地址");
    const english = refuseRequest(line("/result%FF"), "n")!;
    expect(await english.text()).toContain("This address cannot be read");
  });

  it("lets a readable address through", () => {
    expect(refuseRequest(line("/en/plan/origin"), "n")).toBeUndefined();
  });

  it.each(["/api/assess%FF", "/api/%C0%AF", "/api/rules/%E4"])(
    "%s, under /api/: 400 and a JSON error as the API's others, in the reader's language",
    async (pathname) => {
      const response = refuseRequest(
        line(pathname, { method: "POST", acceptLanguage: "zh" }),
        "n",
      )!;
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("content-language")).toBe("zh");
      const body = await response.json();
      expect(body.error).toBe("invalid-address");
      expect(body.message).toContain("百分号编码");
    },
  );
});

describe("refuseRequest: a method the address does not answer", () => {
  it.each([
    ["/api/assess", "GET", "POST"],
    ["/api/assess", "PROPFIND", "POST"],
    ["/api/assess", "QUERY", "POST"],
    ["/api/rules", "POST", "GET, HEAD"],
    ["/api/openapi.json", "PURGE", "GET, HEAD"],
    ["/api/health", "POST", "GET, HEAD"],
    ["/api/health", "OPTIONS", "GET, HEAD"],
  ])("%s %s: 405, Allow: %s, a JSON error", async (pathname, method, allow) => {
    const response = refuseRequest(line(pathname, { method }), "n")!;
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(await response.json()).toMatchObject({ error: "method-not-allowed" });
  });

  it.each(["POST", "PUT", "DELETE", "OPTIONS", "MKCOL", "SEARCH", "LINK"])(
    "%s to a page: 405, Allow: GET, HEAD, a line of text",
    async (method) => {
      const response = refuseRequest(line("/en/plan/check", { method }), "n")!;
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toContain("This page can only be opened");
    },
  );

  it.each([
    "/",
    "/en",
    "/zh/",
    "/rules",
    "/en/rules",
    "/zh/result",
    "/en/compare",
    "/en/plan/check",
    "/en/plan/facilities-B12",
    "/EN/Plan/Facilities-b12",
    "/plan/origin",
    "/robots.txt",
    "/og/zh-not-permitted.png",
  ])("POST to the page or file %s: 405, for it is there", (pathname) => {
    const response = refuseRequest(line(pathname, { method: "POST" }), "n")!;
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it.each([
    "/en/nope",
    "/nope",
    "/en/plan/facilities-B99",
    "/en/plan/check/more",
    "/fr/result",
    "/sitemap.xml",
    "/og/en-maybe.png",
    "/en/result/x",
  ])("POST to %s, where GET finds nothing either: the 404 page, not a 405", async (pathname) => {
    const response = refuseRequest(line(pathname, { method: "POST" }), "n")!;
    expect(response.status).toBe(404);
    expect(response.headers.get("allow")).toBeNull();
    expect(await response.text()).toContain("Page not found");
  });

  it("does not name an API route its address spells with escapes, which Next.js would not route", () => {
    const response = refuseRequest(line("/api/%61ssess", { method: "GET" }), "n")!;
    expect(response.status).toBe(404);
    expect(response.headers.get("allow")).toBeNull();
  });

  it.each([
    ["/api/assess", "POST"],
    ["/api/rules", "GET"],
    ["/api/rules", "HEAD"],
    ["/en/result", "GET"],
    ["/en", "HEAD"],
    ["/icon.svg", "GET"],
  ])("lets %s %s through", (pathname, method) => {
    expect(refuseRequest(line(pathname, { method }), "n")).toBeUndefined();
  });
});

describe("refuseRequest: an address under /api/ that no route answers", () => {
  it.each([
    ["/api/nope", "GET"],
    ["/api/nope", "POST"],
    ["/api/", "GET"],
    ["/api", "DELETE"],
    ["/api/assess/extra", "POST"],
    ["/api/%6Eope", "HEAD"],
    // Escaped letters or slashes name a route only once decoded, and Next.js does not decode.
    ["/api/%61ssess", "POST"],
    ["/api/%61ssess", "GET"],
    ["/api/assess%2F", "POST"],
    ["/api/rule%73", "GET"],
    ["/api/openapi%2Ejson", "GET"],
    ["/%61pi/assess", "POST"],
  ])("%s %s: 404 and a JSON error naming the routes there are", async (pathname, method) => {
    const response = refuseRequest(line(pathname, { method }), "n")!;
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ error: "not-found" });
    expect(body.message).toContain("POST /api/assess");
  });

  it("answers in the reader's language", async () => {
    const response = refuseRequest(line("/api/nope", { acceptLanguage: "zh-CN" }), "n")!;
    expect((await response.json()).message).toContain("此地址没有对应的接口");
  });

  it("leaves the real routes to their own answers", () => {
    expect(refuseRequest(line("/api/rules/"), "n")).toBeUndefined();
    expect(refuseRequest(line("/api/assess", { method: "POST" }), "n")).toBeUndefined();
  });
});
