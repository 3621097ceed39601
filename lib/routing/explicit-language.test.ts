import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import {
  explicitLanguage,
  prefixOfLanguageTag,
  redirectToExplicitLanguage,
} from "./explicit-language";
import { routeRequest } from "./guard";

const LINK = "v=1&o=o&p=100&r=b&s=11&f11=bo&rv=2026.11.1&d=c";

const query = (text: string) => new URLSearchParams(text);

describe("explicitLanguage: API.md's lang parameter on a share link", () => {
  it.each([
    ["/result", `${LINK}&lang=zh`, "zh"],
    ["/result", `lang=en&${LINK}`, "en"],
    ["/result", `${LINK}&lang=zh-CN`, "zh"],
    ["/result", `${LINK}&lang=ZH-hans`, "zh"],
    ["/result", `${LINK}&lang=cmn-Hans-CN`, "zh"],
    ["/compare", "a=1&lang=zh", "zh"],
    ["/", "lang=zh", "zh"],
    ["/result", `${LINK}&amp;lang=zh`, "zh"],
  ])("%s?%s opens in %s", (pathname, text, locale) => {
    expect(explicitLanguage(pathname, query(text))).toBe(locale);
  });

  it.each([
    ["a prefixed address, whose prefix names its language", "/en/result", `${LINK}&lang=zh`],
    ["a language the site is not written in", "/result", `${LINK}&lang=fr`],
    ["an empty value", "/result", `${LINK}&lang=`],
    ["no lang at all", "/result", LINK],
    ["the API", "/api/rules", "lang=zh"],
    ["a file", "/robots.txt", "lang=zh"],
  ])("leaves %s to the usual negotiation", (_, pathname, text) => {
    expect(explicitLanguage(pathname, query(text))).toBeUndefined();
  });
});

describe("redirectToExplicitLanguage", () => {
  it("redirects to that language's prefix, with the rest of the query and without lang", () => {
    const response = redirectToExplicitLanguage(
      new NextRequest(`https://check.test/result?${LINK}&lang=zh&utm_source=wechat`),
    )!;
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(
      `https://check.test/zh/result?${LINK}&utm_source=wechat`,
    );
  });

  it("is what the app's routing does with an unprefixed share link", () => {
    const decision = routeRequest(new NextRequest(`https://check.test/result?${LINK}&lang=zh`));
    expect(decision.response?.headers.get("location")).toBe(`https://check.test/zh/result?${LINK}`);
    expect(routeRequest(new NextRequest(`https://check.test/result?${LINK}`)).response).toBe(
      undefined,
    );
    expect(
      routeRequest(new NextRequest("https://check.test/?lang=zh")).response?.headers.get(
        "location",
      ),
    ).toBe("https://check.test/zh");
  });
});

describe("prefixOfLanguageTag: a language prefix spelt as a full tag", () => {
  it.each([
    ["/zh-CN", "/zh"],
    ["/zh-cn/result", "/zh/result"],
    ["/zh_Hans/plan/origin", "/zh/plan/origin"],
    ["/cmn-Hans-CN/compare", "/zh/compare"],
    ["/en-GB/rules", "/en/rules"],
    ["/EN-us", "/en"],
  ])("reads %s as %s", (pathname, prefixed) => {
    expect(prefixOfLanguageTag(pathname)).toBe(prefixed);
  });

  it.each([
    ["the site's own prefix", "/zh/result"],
    ["a prefix in capitals alone, which next-intl reads", "/ZH"],
    ["a language the site is not written in", "/fr-FR/result"],
    ["a segment that is no tag", "/zh-/result"],
    ["the API", "/api/zh-CN"],
    ["the root", "/"],
  ])("leaves %s alone", (_, pathname) => {
    expect(prefixOfLanguageTag(pathname)).toBeUndefined();
  });

  it("redirects with the query as it came, a share link's answers included", () => {
    const decision = routeRequest(new NextRequest(`https://check.test/zh-CN/result?${LINK}`));
    expect(decision.response?.status).toBe(307);
    expect(decision.response?.headers.get("location")).toBe(`https://check.test/zh/result?${LINK}`);
  });
});
