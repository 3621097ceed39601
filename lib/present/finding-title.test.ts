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
  it("head each security review apart from the ordinary licence conditions, in both languages", () => {
    const ordinary = findingTitleKey({
      ruleId: "LIC-REQUIREMENTS",
      messageKey: "findings.LIC-REQUIREMENTS.ordinary",
    });
    const review = findingTitleKey({
      ruleId: "LIC-REQUIREMENTS",
      messageKey: "findings.LIC-REQUIREMENTS.securityReview",
    });
    const investment = findingTitleKey({
      ruleId: "LIC-REQUIREMENTS",
      messageKey: "findings.LIC-REQUIREMENTS.investmentSecurityReview",
    });
    expect(lookup(en, ordinary)).toBe("Ordinary licence conditions");
    expect(lookup(en, review)).toBe("Network and information security review");
    expect(lookup(zh, review)).toBe("网络与信息安全审查");
    expect(lookup(en, investment)).toBe("Foreign investment security review");
    expect(lookup(zh, investment)).toBe("外商投资安全审查");
  });

  it("use the rule's title for every other finding", () => {
    expect(
      findingTitleKey({ ruleId: "PILOT-AREA", messageKey: "findings.PILOT-AREA.inArea" }),
    ).toBe("rules.PILOT-AREA.title");
  });
});
