import { describe, expect, it } from "vitest";

import { encodeResultQuery } from "@/lib/answers/codec";
import type { Answers } from "@/lib/answers/schema";
import { RULES_FACTS } from "@/lib/rules";
import { API_EXAMPLE } from "@/lib/rules/scenarios";

import {
  compareContext,
  comparisonSlot,
  planTextsOf,
  readComparison,
  returnToComparison,
} from "./link";

const planQuery = (answers: Answers) =>
  encodeResultQuery(answers, RULES_FACTS.current, RULES_FACTS.verdictsOf(answers));

const A = planQuery(API_EXAMPLE);
const B = planQuery({ ...API_EXAMPLE, investor: { origin: "other", foreignSharePercent: 49 } });
const CHANGED = planQuery({ ...API_EXAMPLE, company: { registeredIn: "shanghai" } });

describe("returnToComparison", () => {
  it("puts the changed plan back in its slot", () => {
    expect(returnToComparison(compareContext(1, [A, B]), CHANGED, RULES_FACTS)).toEqual([
      A,
      CHANGED,
    ]);
  });

  it("ignores a context whose other plans cannot be read", () => {
    // `cmp=1:plan%3Dx%26plan%3Dy`, as a page reads it.
    expect(returnToComparison("1:plan=x&plan=y", CHANGED, RULES_FACTS)).toBeNull();
    expect(returnToComparison(compareContext(0, [A, "v=1&o=zz"]), CHANGED, RULES_FACTS)).toBeNull();
  });

  it("ignores a slot the comparison does not have, or too few plans", () => {
    expect(returnToComparison(compareContext(2, [A, B]), CHANGED, RULES_FACTS)).toBeNull();
    expect(returnToComparison(compareContext(0, [A]), CHANGED, RULES_FACTS)).toBeNull();
    expect(returnToComparison("x:plan=a", CHANGED, RULES_FACTS)).toBeNull();
  });
});

describe("comparisonSlot", () => {
  it("reads back the slot compareContext wrote", () => {
    for (const slot of [0, 1, 2, 3])
      expect(comparisonSlot(compareContext(slot, [A, B]))).toBe(slot);
  });
});

describe("readComparison", () => {
  it("keeps the rules version and verdicts an older plan's link carries, for its change notice", () => {
    const OLD = "v=1&o=o&p=100&r=u&s=11.21&f11=bo&t21=d&f21=so&rv=2026.11.1&d=cc";
    const comparison = readComparison({ plan: [A, OLD] }, RULES_FACTS);
    expect(comparison.ok && comparison.plans[1]).toMatchObject({
      rulesVersion: "2026.11.1",
      digest: ["permitted-with-conditions", "permitted-with-conditions"],
    });
    expect(comparison.ok && comparison.plans[0]?.rulesVersion).toBe(RULES_FACTS.current);
  });
});

describe("a comparison's plans as its address holds them", () => {
  const address = (text: string) => new URLSearchParams(text);

  it("are found after an `&amp;`, as a comparison copied out of an e-mail has them", () => {
    const text = `plan=${encodeURIComponent(A)}&amp;plan=${encodeURIComponent(B)}`;
    expect(planTextsOf(address(text))).toEqual([A, B]);
    expect(planTextsOf({ plan: A, "amp;plan": B })).toEqual([A, B]);
    expect(readComparison(address(text), RULES_FACTS).ok).toBe(true);
  });

  it("lose what a cut left of an escape at the end of the last, which then reads as cut there", () => {
    const whole = `plan=${encodeURIComponent(A)}&plan=${encodeURIComponent(B)}`;
    const inEscape = whole.slice(0, whole.lastIndexOf("%26") + 2);
    const beforeIt = whole.slice(0, whole.lastIndexOf("%26"));
    expect(inEscape.endsWith("%2")).toBe(true);
    expect(planTextsOf(address(inEscape))).toEqual(planTextsOf(address(beforeIt)));
    expect(readComparison(address(inEscape), RULES_FACTS)).toEqual(
      readComparison(address(beforeIt), RULES_FACTS),
    );
  });
});
