import { describe, expect, it } from "vitest";

import type { Answers } from "@/lib/answers/schema";

import { compareContext } from "@/lib/compare/link";

import { cutKindOf, markedAsCut, readContext, resultHref, rulesHref, startHref } from "./urls";

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

describe("the context of a plan changed from a comparison", () => {
  it("is kept for a comparison of four of the longest plans the tool makes", () => {
    const facilities = "bo".repeat(50);
    const codes = ["11", "12", "13", "14", "21", "22", "23", "24", "25", "26"];
    const plan = `v=1&o=o&p=33.33&r=b&s=${codes.join(".")}&${codes.map((c) => `f${c}=${facilities}`).join("&")}&rv=2026.11.1&d=pppppppppp`;
    const context = compareContext(3, [plan, plan, plan, plan]);
    expect(context.length).toBeGreaterThan(4000);
    expect(readContext({ cmp: context })).toEqual({ compare: context });
  });
});

describe("the mark of a page a cut-short address was sent to", () => {
  it("says which kind of address was cut, and reads back what it wrote", () => {
    expect(markedAsCut("/en/plan/origin", "result")).toBe("/en/plan/origin?cut=1");
    expect(markedAsCut("/en/plan/check?v=1", "address")).toBe("/en/plan/check?v=1&cut=a");
    for (const kind of ["result", "lastAnswer", "address", "damaged"] as const) {
      const query = new URL(markedAsCut("/en/plan/check?v=1", kind), "http://x").searchParams;
      expect(cutKindOf(query)).toBe(kind);
    }
  });

  it("is no mark with any other value, and no context either", () => {
    expect(cutKindOf(new URLSearchParams("cut=yes"))).toBeUndefined();
    expect(cutKindOf({})).toBeUndefined();
    expect(readContext(new URLSearchParams("cut=a"))).toEqual({});
  });
});
