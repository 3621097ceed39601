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
});
