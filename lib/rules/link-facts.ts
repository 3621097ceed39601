import type { RulesFacts } from "@/lib/answers/result-link";

import { decidePlan } from "./decide";
import { RULES_VERSION, RULES_VERSIONS } from "./version";

/** What reading a result link needs to know of the rules. */
export const RULES_FACTS: RulesFacts = {
  current: RULES_VERSION,
  released: RULES_VERSIONS,
  verdictsOf: (answers) => decidePlan(answers).map((s) => s.verdict),
};
