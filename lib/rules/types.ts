import type { Answers } from "@/lib/answers/schema";
import type { ServiceCode } from "@/lib/answers/options";
import type { Verdict } from "@/lib/answers/verdict";

import type { InstrumentId } from "./instruments";
import type { RuleId } from "./rule-ids";

export type { Verdict, RuleId };

export type Outcome = "met" | "not-met" | "condition" | "info";

export type Route = "prohibited" | "nationwide-open" | "pilot" | "nationwide-cap" | "not-available";

export type Share = 0 | 50 | 100;

export type Citation = {
  id: InstrumentId;
  title: string;
  titleZh?: string;
  article?: string;
  articleZh?: string;
  url?: string;
  date?: string;
};

/** What the rules found about the plan: a message key and what it names, never prose. */
export type RuleFinding = {
  ruleId: RuleId;
  outcome: Outcome;
  messageKey: string;
  params: Record<string, string | number>;
  unconfirmed: boolean;
  citations: readonly Citation[];
};

export type ServiceAssessment = {
  code: ServiceCode;
  route: Route;
  maxForeignSharePercent: Share;
  verdict: Verdict;
  findings: RuleFinding[];
};

export type PatchOp = { op: "add" | "replace" | "remove"; path: string; value?: unknown };

/** One sentence of a remedy's description, as a message key and what it names. */
export type RemedyStep = { messageKey: string; params: Record<string, string | number> };

export type Remedy = {
  /** Absent for the combined remedy. */
  serviceCode?: ServiceCode;
  steps: RemedyStep[];
  changes: PatchOp[];
  resultingServiceVerdict?: Verdict;
  resultingOverall: Verdict;
};

export type Assessment = {
  rulesVersion: string;
  rulesCheckedOn: string;
  overall: Verdict;
  maxForeignSharePercent: Share;
  limitingServices: ServiceCode[];
  services: ServiceAssessment[];
  findings: RuleFinding[];
  remedies: Remedy[];
};

export type { Answers };
