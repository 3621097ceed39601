/**
 * The rule catalogue: every rule of RULES.md §4 by its stable ID, with its citations, and
 * the evaluators in the order their findings are listed.
 */
import { ENTITY_MAINLAND_PLAN, FITE_2022_SERVICE_RULES, LIC_CAPITAL } from "./law/fite-2022";
import { LIC_AUTHORITY, LIC_REQUIREMENTS } from "./law/lic-42";
import { NL_2024_RULES } from "./law/nl-2024";
import { OTHER_ROUTE_RULES } from "./law/other-routes";
import { SHARE_WITHIN_CAP } from "./law/ownership";
import { PILOT_RULES } from "./law/pilot-2024";
import { SCOPE_NOT_COVERED } from "./law/scope";
import type { PlanRule, RuleDefinition, ServiceRule } from "./rule";
import { RULE_IDS, type RuleId } from "./rule-ids";

/** Findings about one service, in reading order: entity, content, baseline, pilot, share, other routes. */
export const SERVICE_RULES: readonly ServiceRule[] = [
  ...FITE_2022_SERVICE_RULES,
  ...NL_2024_RULES,
  ...PILOT_RULES,
  SHARE_WITHIN_CAP,
  ...OTHER_ROUTE_RULES,
];

/** Findings about the plan as a whole: the company, then its licence, then what is not covered. */
export const PLAN_RULES: readonly PlanRule[] = [
  ENTITY_MAINLAND_PLAN,
  LIC_AUTHORITY,
  LIC_CAPITAL,
  LIC_REQUIREMENTS,
  SCOPE_NOT_COVERED,
];

function byId(): Record<RuleId, RuleDefinition> {
  const entries = new Map<RuleId, RuleDefinition>();
  for (const rule of [...SERVICE_RULES, ...PLAN_RULES]) {
    if (!entries.has(rule.id)) {
      entries.set(rule.id, {
        id: rule.id,
        citations: rule.citations,
        unconfirmed: rule.unconfirmed,
        level: rule.level,
      });
    }
  }
  const missing = RULE_IDS.filter((id) => !entries.has(id));
  if (missing.length > 0) throw new Error(`rules without an evaluator: ${missing.join(", ")}`);
  return Object.fromEntries(RULE_IDS.map((id) => [id, entries.get(id)])) as Record<
    RuleId,
    RuleDefinition
  >;
}

/** Regimes beside the verdict's (RULES.md §4 "Other routes"): shown apart, never deciding. */
export const OTHER_ROUTE_RULE_IDS: readonly RuleId[] = OTHER_ROUTE_RULES.map((rule) => rule.id);

/** Every rule by ID; built at load, so a rule without an evaluator fails the first import. */
export const RULES: Readonly<Record<RuleId, RuleDefinition>> = byId();

export { RULE_IDS, type RuleId };
