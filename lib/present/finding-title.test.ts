import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { findingTitleKey } from "./finding-title";

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue);
}

describe("finding titles", () => {
  it("head the security reviews apart from the ordinary licence conditions, in both languages", () => {
    const ordinary = findingTitleKey({
      ruleId: "LIC-REQUIREMENTS",
      messageKey: "findings.LIC-REQUIREMENTS.ordinary",
    });
    const review = findingTitleKey({
      ruleId: "LIC-REQUIREMENTS",
      messageKey: "findings.LIC-REQUIREMENTS.securityReview",
    });
    expect(lookup(en, ordinary)).toBe("Ordinary licence conditions");
    expect(lookup(en, review)).toBe("Security reviews");
    expect(lookup(zh, review)).toBe("安全审查");
  });

  it("use the rule's title for every other finding", () => {
    expect(
      findingTitleKey({ ruleId: "PILOT-AREA", messageKey: "findings.PILOT-AREA.inArea" }),
    ).toBe("rules.PILOT-AREA.title");
  });
});
