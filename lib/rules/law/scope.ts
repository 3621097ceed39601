/**
 * What the assessment does not cover (RULES.md §6: "say so on every result"). Not a rule of
 * any instrument but of this assessment: it applies Circular 107 and the 2024 Negative List to
 * the planned foreign share, and nothing else. A plan-wide note on every result, so that a
 * result read through the API carries it as the pages do.
 */
import { cite } from "../citations";
import { type PlanRule, finding } from "../rule";

/** Pages that state the scope in a section of their own leave this finding out of their lists. */
export const SCOPE_RULE_ID = "SCOPE-NOT-COVERED";

export const SCOPE_NOT_COVERED: PlanRule = {
  id: SCOPE_RULE_ID,
  // The instruments whose question the assessment answers, and no further.
  citations: [cite("MIIT-2024-107"), cite("NL-2024")],
  unconfirmed: false,
  level: "plan",
  evaluate() {
    return [finding(this, "info", "notCovered")];
  },
};
