/** assess(): the answers in, the assessment out. Findings are message keys, never prose. */
import type { Answers } from "@/lib/answers/schema";
import { worstVerdict } from "@/lib/answers/verdict";

import { PLAN_RULES, SERVICE_RULES } from "./catalogue";
import { decidePlan } from "./decide";
import { findRemedies } from "./remedies";
import type { ServiceContext } from "./rule";
import type { Assessment, RuleFinding, ServiceAssessment, Share } from "./types";
import { RULES_CHECKED_ON, RULES_VERSION } from "./version";

function assessService(ctx: ServiceContext): ServiceAssessment {
  // Once a service is prohibited, what its baseline or the pilot would allow is beside the point.
  const rules =
    ctx.route === "prohibited"
      ? SERVICE_RULES.filter((r) => !BASELINE_AND_SCOPE.has(r.id))
      : SERVICE_RULES;
  return {
    code: ctx.service.code,
    route: ctx.route,
    maxForeignSharePercent: ctx.max,
    verdict: ctx.verdict,
    findings: collect(rules, ctx),
  };
}

/** A plain loop: this runs for every service of every assessment. */
function collect<C>(
  rules: readonly { evaluate: (ctx: C) => readonly RuleFinding[] }[],
  ctx: C,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (let r = 0; r < rules.length; r++) {
    const found = rules[r]!.evaluate(ctx);
    for (let f = 0; f < found.length; f++) findings.push(found[f]!);
  }
  return findings;
}

const BASELINE_AND_SCOPE = new Set([
  "NL-VATS-OPEN",
  "NL-WTO-SCOPE",
  "NL-VATS-CAP-50",
  "PILOT-SCOPE",
]);

export type AssessOptions = { remedies?: boolean };

/**
 * Assesses a valid plan (validate with `AnswersSchema` first). The company may have at most
 * the lowest maximum of its services (one company, one foreign share); the services that
 * set it are the limiting services. The overall verdict is the worst of the services'.
 */
export function assess(answers: Answers, options: AssessOptions = {}): Assessment {
  const decided = decidePlan(answers);
  const services = decided.map(assessService);
  const max = Math.min(...services.map((s) => s.maxForeignSharePercent)) as Share;
  const planContext = { answers, services: decided };
  return {
    rulesVersion: RULES_VERSION,
    rulesCheckedOn: RULES_CHECKED_ON,
    overall: worstVerdict(services.map((s) => s.verdict)),
    maxForeignSharePercent: max,
    limitingServices: services.filter((s) => s.maxForeignSharePercent === max).map((s) => s.code),
    services,
    findings: collect(PLAN_RULES, planContext),
    remedies: options.remedies === false ? [] : findRemedies(answers, decided),
  };
}
