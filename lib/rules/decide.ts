/**
 * How a service is decided (RULES.md §5), in its order. Pure and cheap: remedies call it
 * for every candidate change, so it builds no findings.
 */
import type { PilotArea } from "@/lib/answers/options";
import type { Answers, Service } from "@/lib/answers/schema";
import type { Verdict } from "@/lib/answers/verdict";

import { baselineOf, prohibitedContent } from "./law/nl-2024";
import { checkPilot, planPilotAreas } from "./law/pilot-2024";
import type { ServiceContext } from "./rule";
import type { Route, Share } from "./types";

export function decideService(
  answers: Answers,
  service: Service,
  index: number,
  /** Where the plan ties an undecided registration for this service (`planPilotAreas`). */
  planAreas: ReadonlySet<PilotArea> = new Set(),
): ServiceContext {
  const share = answers.investor.foreignSharePercent;
  const { registeredIn } = answers.company;
  const subtypes = service.subtypes ?? [];
  const content = service.content ?? [];
  const prohibited = prohibitedContent(content);
  const baseline = baselineOf(service.code, subtypes);
  const pilot = checkPilot(registeredIn, service, planAreas);

  let route: Route;
  let max: Share;
  if (prohibited.length > 0) {
    // Step 1. At 0% the prohibition binds nothing, but the maximum is still 0% (see NL_CONTENT_PROHIBITED).
    route = "prohibited";
    max = 0;
  } else if (registeredIn === "outside-mainland") {
    // Step 2 (ENTITY-MAINLAND).
    route = "not-available";
    max = 0;
  } else if (baseline.max === 100) {
    // Step 3 (NL-VATS-OPEN).
    route = "nationwide-open";
    max = 100;
  } else if (pilot.passes) {
    // Step 4: in pilot scope, no excluded content, every condition met or pending on an undecided location.
    route = "pilot";
    max = 100;
  } else {
    // Step 5: the baseline.
    route = baseline.max === 50 ? "nationwide-cap" : "not-available";
    max = baseline.max;
  }

  const needsPilot = share > baseline.max;
  const verdict: Verdict =
    share > max || registeredIn === "outside-mainland"
      ? "not-permitted"
      : route === "pilot" && needsPilot
        ? "permitted-with-conditions"
        : "permitted";

  return {
    answers,
    service,
    index,
    planAreas,
    share,
    origin: answers.investor.origin,
    registeredIn,
    subtypes,
    content,
    prohibited,
    baseline,
    pilot,
    route,
    max,
    verdict,
    needsPilot,
  };
}

export function decidePlan(answers: Answers): ServiceContext[] {
  const planAreas = planPilotAreas(answers);
  return answers.services.map((service, index) =>
    decideService(answers, service, index, planAreas[index]),
  );
}
