import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { routeRequest } from "./guard";
import { journeyPathInItsCase } from "./letter-case";

describe("journeyPathInItsCase: the journey's addresses in other capitals", () => {
  it.each([
    ["/en/Result", "/en/result"],
    ["/EN/RESULT", "/en/result"],
    ["/Zh/Compare", "/zh/compare"],
    ["/en/PLAN/CHECK", "/en/plan/check"],
    ["/en/plan/Origin", "/en/plan/origin"],
    ["/en/plan/facilities-b12", "/en/plan/facilities-B12"],
    ["/EN/PLAN/SUBTYPES-B21", "/en/plan/subtypes-B21"],
  ])("reads %s as %s", (path, canonical) => {
    expect(journeyPathInItsCase(path)).toBe(canonical);
  });

  it.each([
    ["an address in its own capitals", "/en/plan/facilities-B12"],
    ["a step that does not exist", "/en/plan/facilities-b99"],
    ["a step's name with more after it", "/en/plan/Facilities-b12-b13"],
    ["a page that is not the journey's", "/en/Rules"],
    ["a language the site is not written in", "/FR/result"],
  ])("leaves %s alone", (_, path) => {
    expect(journeyPathInItsCase(path)).toBeUndefined();
  });

  it("is redirected with its query, privately", () => {
    const query = "V=1&O=O&P=100&R=B&S=11&F11=BO&RV=2026.11.1&D=C";
    const decision = routeRequest(new NextRequest(`https://check.test/EN/RESULT?${query}`));
    expect(decision.response?.status).toBe(308);
    expect(decision.response?.headers.get("location")).toBe(
      `https://check.test/en/result?${query}`,
    );
    expect(decision.headers?.["Cache-Control"]).toBe("private, no-store");
    // And the page it leads to reads the link in small letters.
    const page = routeRequest(new NextRequest(`https://check.test/en/result?${query}`));
    expect(page.response).toBeUndefined();
  });
});
