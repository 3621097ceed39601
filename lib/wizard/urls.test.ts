import { describe, expect, it } from "vitest";

import type { Answers } from "@/lib/answers/schema";

import { resultHref, rulesHref, startHref } from "./urls";

const PLAN: Answers = {
  investor: { origin: "other", foreignSharePercent: 100 },
  company: { registeredIn: "beijing" },
  services: [{ code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] }],
};

describe("links that leave a page", () => {
  it("keep presenter mode, and only that, on the way to the rules", () => {
    expect(rulesHref("en", { present: true, compare: "0:plan=x", returnToCheck: true })).toBe(
      "/en/rules?present=1",
    );
    expect(rulesHref("zh")).toBe("/zh/rules");
  });

  it("keep presenter mode on the way to the start", () => {
    expect(startHref("en", { present: true })).toBe("/en?present=1");
    expect(startHref("en", {})).toBe("/en");
  });

  it("keep presenter mode on the way to a plan's result, after its share-link query", () => {
    const href = resultHref("en", PLAN, "2026.11.3", ["permitted-with-conditions"], {
      present: true,
    });
    expect(href).toMatch(/^\/en\/result\?v=1&.*&rv=2026\.11\.3&d=c&present=1$/);
  });
});
