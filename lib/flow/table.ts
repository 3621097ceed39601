/**
 * Which questions the wizard asks, of which plan: the explicit table. It asks nothing else.
 *
 * Questions about the plan as a whole are asked once; questions about a service are asked
 * once per service they apply to, with the service's code in the step ID
 * (`facilities-B12`). Order here is the order of the journey.
 */
import type { AnswersDraft, ServiceDraft } from "@/lib/answers/draft";
import { hasSubtypes, type ServiceCode } from "@/lib/answers/options";
import { pilotCanMatter } from "@/lib/rules";

export const SECTIONS = ["investor", "company", "services", "facilities", "isp"] as const;
export type Section = (typeof SECTIONS)[number];

type PlanQuestion = {
  kind: "plan";
  id: "origin" | "share" | "registration" | "services";
  section: Section;
  answered: (draft: AnswersDraft) => boolean;
  /** Its answer decides which later questions are asked. */
  decides?: true;
};

type ServiceQuestion = {
  kind: "service";
  id: "subtypes" | "content" | "facilities" | "coverage" | "access";
  section: Section;
  /** Whether the plan needs this answer for this service. */
  asks: (service: ServiceDraft, draft: AnswersDraft) => boolean;
  answered: (service: ServiceDraft) => boolean;
  /** Its answer decides which later questions are asked. */
  decides?: true;
};

export type Question = PlanQuestion | ServiceQuestion;

export const QUESTIONS: readonly Question[] = [
  {
    kind: "plan",
    id: "origin",
    section: "investor",
    answered: (d) => d.investor?.origin !== undefined,
  },
  {
    kind: "plan",
    id: "share",
    section: "investor",
    answered: (d) => d.investor?.foreignSharePercent !== undefined,
    decides: true,
  },
  {
    kind: "plan",
    id: "registration",
    section: "company",
    answered: (d) => d.company?.registeredIn !== undefined,
  },
  {
    kind: "plan",
    id: "services",
    section: "services",
    answered: (d) => (d.services?.length ?? 0) > 0,
    decides: true,
  },
  // B21 and B25 are decided by their sub-types (RULES.md §3).
  {
    kind: "service",
    id: "subtypes",
    section: "services",
    asks: (s) => hasSubtypes(s.code),
    answered: (s) => (s.subtypes?.length ?? 0) > 0,
    decides: true,
  },
  // Only an information service is asked what content the company itself provides. Another
  // service whose answers already name some (a plan made through the API) is asked about it
  // too: otherwise the wizard would drop it unseen, and with it the content's verdict.
  {
    kind: "service",
    id: "content",
    section: "services",
    asks: (s) => s.code === "B25" || (s.content?.length ?? 0) > 0,
    answered: (s) => s.content !== undefined,
  },
  // Facilities only where the pilot route can decide the service (see pilotCanMatter).
  {
    kind: "service",
    id: "facilities",
    section: "facilities",
    asks: (s, d) =>
      d.investor?.foreignSharePercent !== undefined &&
      (!hasSubtypes(s.code) || (s.subtypes?.length ?? 0) > 0) &&
      pilotCanMatter(s, d.investor.foreignSharePercent),
    answered: (s) => s.facilities !== undefined,
  },
  // Customers' coverage and the access method only for ISP.
  {
    kind: "service",
    id: "coverage",
    section: "isp",
    asks: (s) => s.code === "B14",
    answered: (s) => s.coverage !== undefined,
  },
  {
    kind: "service",
    id: "access",
    section: "isp",
    asks: (s) => s.code === "B14",
    answered: (s) => s.ispAccess !== undefined,
  },
];

export type PlanStepId = PlanQuestion["id"];
export type ServiceQuestionId = ServiceQuestion["id"];
export type ServiceStepId = `${ServiceQuestion["id"]}-${ServiceCode}`;
export type StepId = PlanStepId | ServiceStepId;
