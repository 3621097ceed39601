import { describe, expect, it } from "vitest";

import { encodeResultQuery } from "@/lib/answers/codec";
import type { Answers } from "@/lib/answers/schema";
import { RULES_FACTS } from "@/lib/rules";
import { API_EXAMPLE } from "@/lib/rules/scenarios";

import { compareContext, returnToComparison } from "./link";

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
