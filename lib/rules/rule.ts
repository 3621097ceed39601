import type { Answers, Service } from "@/lib/answers/schema";
import type {
  ContentCategory,
  Location,
  Origin,
  PilotArea,
  Subtype,
  Tenure,
} from "@/lib/answers/options";
import type { Verdict } from "@/lib/answers/verdict";

import type { Citation, Outcome, Route, RuleFinding, RuleId, Share } from "./types";

/** A check the pilot sets: met now, depending on something not decided yet, or failed. */
export type CheckStatus = "ok" | "pending" | "fail";

export type FacilityGroup = { location: Location; tenure: Tenure; count: number };

/** Where the pilot's location rules stand for one service (PILOT-AREA, PILOT-SAME-AREA). */
export type LocationCheck = {
  /** The pilot area the service is tied to: the registration's, or the one its facilities share. */
  area: PilotArea | undefined;
  registration: CheckStatus;
  facilities: CheckStatus;
  /** Facilities outside `area` (or outside every pilot area when there is none), grouped. */
  outside: FacilityGroup[];
  /** Facilities sit in more than one pilot area, so no single area can hold them all. */
  split: boolean;
  /**
   * The registration is undecided and the plan's other pilot services have facilities in
   * another pilot area than this one's: one company can be registered in one area only.
   */
  planSplit: boolean;
  /** Where `area` comes from: the registration, this service's facilities, or the plan's. */
  areaSource: "registration" | "service" | "plan" | "none";
  undecidedFacilities: number;
  facilityCount: number;
};

export type PilotScope = {
  /** "partly": some sub-types are opened, others are not (the service keeps its baseline). */
  status: "in" | "partly" | "out";
  notOpened: Subtype[];
};

export type PilotChecks = {
  scope: PilotScope;
  /** Content the pilot excludes that this service provides (PILOT-EXCLUDED-CONTENT). */
  excludedContent: ContentCategory[];
  location: LocationCheck;
  ispScope?: CheckStatus;
  ispAccess?: CheckStatus;
  /** Every check passes or waits on an undecided location (RULES.md §5 step 4). */
  passes: boolean;
};

export type Baseline = { max: Share; ruleId: "NL-VATS-OPEN" | "NL-WTO-SCOPE" | "NL-VATS-CAP-50" };

/** Everything the rules need to know about one planned service, decided once. */
export type ServiceContext = {
  answers: Answers;
  service: Service;
  index: number;
  /** Where an undecided registration is tied by the plan's pilot services (`planPilotAreas`). */
  planAreas: ReadonlySet<PilotArea>;
  share: number;
  origin: Origin;
  registeredIn: Location;
  subtypes: readonly Subtype[];
  content: readonly ContentCategory[];
  prohibited: ContentCategory[];
  baseline: Baseline;
  pilot: PilotChecks;
  route: Route;
  max: Share;
  verdict: Verdict;
  /** The planned share is above the baseline: only the pilot can allow it. */
  needsPilot: boolean;
};

export type PlanContext = {
  answers: Answers;
  services: ServiceContext[];
};

export type RuleDefinition = {
  id: RuleId;
  citations: readonly Citation[];
  /** RULES.md marks (part of) the rule UNCONFIRMED; findings may still narrow this per message. */
  unconfirmed: boolean;
  level: "service" | "plan";
};

export type ServiceRule = RuleDefinition & {
  level: "service";
  evaluate: (ctx: ServiceContext) => readonly RuleFinding[];
};
export type PlanRule = RuleDefinition & {
  level: "plan";
  evaluate: (ctx: PlanContext) => readonly RuleFinding[];
};
export type Rule = ServiceRule | PlanRule;

/** What a rule that does not apply returns: one shared empty list, not a new one per call. */
export const NONE: readonly RuleFinding[] = Object.freeze([]);

export function finding(
  rule: RuleDefinition,
  outcome: Outcome,
  variant: string,
  params: Record<string, string | number> = {},
  unconfirmed: boolean = rule.unconfirmed,
  /** The sources of this finding, where it rests on only some of the rule's. */
  citations: readonly Citation[] = rule.citations,
): RuleFinding {
  return {
    ruleId: rule.id,
    outcome,
    messageKey: `findings.${rule.id}.${variant}`,
    params,
    unconfirmed,
    citations,
  };
}

/**
 * The outcome of a pilot check: binding when the plan needs the pilot, information otherwise.
 * While the service cannot use the pilot for another reason (a sub-type it does not open,
 * content it excludes), a location check that fails still stands in the way, but one that
 * holds binds nothing yet: it is information for when that reason is gone.
 */
export function pilotOutcome(
  ctx: ServiceContext,
  status: CheckStatus,
  whenOk: Outcome = "condition",
): Outcome {
  if (!ctx.needsPilot) return "info";
  if (status === "fail") return "not-met";
  if (ctx.pilot.scope.status !== "in" || ctx.pilot.excludedContent.length > 0) return "info";
  return status === "ok" ? whenOk : "condition";
}
