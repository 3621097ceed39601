import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { explicitLanguage, redirectToExplicitLanguage } from "./explicit-language";
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
