/**
 * What differs between compared plans: the answers that are not the same in all of them;
 * the whole plan's verdict and maximum share; and, service by service, the verdict and
 * maximum share of each plan and the rules whose outcome is not the same in all of them.
 */
import type { ServiceCode } from "@/lib/answers/options";
import { SERVICE_CODES } from "@/lib/answers/options";
import type { Result } from "@/lib/answers/result-schema";
import type { SummaryRow } from "@/lib/wizard/summary";

type ServiceResult = Result["services"][number];

export type RuleDifference = {
  ruleId: string;
  /** Per plan: the outcomes of this rule's findings for the service (empty: it does not apply). */
  outcomes: string[][];
  /** Per plan: a finding of this rule is one RULES.md leaves UNCONFIRMED ("verify with counsel"). */
  unconfirmed: boolean[];
};

export type ServiceRow = {
  code: ServiceCode;
  /** Per plan; undefined where the plan does not include the service. */
  services: Array<ServiceResult | undefined>;
  differences: RuleDifference[];
  /** Verdict or maximum share is not the same in every plan that has the service. */
  outcomeDiffers: boolean;
};

function outcomesOf(service: ServiceResult | undefined, ruleId: string): string[] {
  if (!service) return [];
  return [
    ...new Set(service.findings.filter((f) => f.ruleId === ruleId).map((f) => f.outcome)),
  ].sort();
}

export function compareResults(results: readonly Result[]): ServiceRow[] {
  const codes = SERVICE_CODES.filter((code) =>
    results.some((r) => r.services.some((s) => s.code === code)),
  );
  return codes.map((code) => {
    const services = results.map((r) => r.services.find((s) => s.code === code));
    const ruleIds = [...new Set(services.flatMap((s) => s?.findings.map((f) => f.ruleId) ?? []))];
    const differences = ruleIds
      .map((ruleId) => ({
        ruleId,
        outcomes: services.map((s) => outcomesOf(s, ruleId)),
        unconfirmed: services.map(
          (s) => s?.findings.some((f) => f.ruleId === ruleId && f.unconfirmed) === true,
        ),
      }))
      .filter(({ outcomes }) => outcomes.some((o) => o.join() !== outcomes[0]?.join()));
    const present = services.filter((s): s is ServiceResult => s !== undefined);
    const outcomeDiffers =
      present.length !== services.length ||
      present.some(
        (s) =>
          s.verdict !== present[0]?.verdict ||
          s.maxForeignSharePercent !== present[0]?.maxForeignSharePercent,
      );
    return { code, services, differences, outcomeDiffers };
  });
}

/** The whole plan's verdict or maximum share is not the same in every plan. */
export function planOutcomeDiffers(results: readonly Result[]): boolean {
  const [first] = results;
  return results.some(
    (r) =>
      r.overall !== first?.overall || r.maxForeignSharePercent !== first?.maxForeignSharePercent,
  );
}

export type AnswerDifference = {
  step: SummaryRow["step"];
  label: string;
  /** Per plan, the answer in words; undefined where the plan is not asked this question. */
  values: Array<string[] | undefined>;
};

/**
 * The answers (as "Check your answers" lists them) that are not the same in every plan, in
 * journey order: what a plan's card must name, since two plans can differ only in, say, where
 * one facility is.
 *
 * A question counts as a difference only when at least two plans are asked it and answer it
 * differently. That one plan is not asked a question is the consequence of another answer
 * (a lower share, a service left out), which is itself listed; naming the unasked question too
 * would claim a difference the plans may not have: a variant copied from a plan keeps its
 * facilities in its link when its share drops below the point where they are asked.
 */
export function answerDifferences(plans: readonly SummaryRow[][]): AnswerDifference[] {
  const labels = new Map<SummaryRow["step"], string>();
  for (const rows of plans)
    for (const row of rows) if (!labels.has(row.step)) labels.set(row.step, row.label);
  const differences: AnswerDifference[] = [];
  for (const [step, label] of labels) {
    const values = plans.map((rows) => rows.find((row) => row.step === step)?.values);
    const asked = new Set(values.flatMap((v) => (v === undefined ? [] : [JSON.stringify(v)])));
    if (asked.size > 1) differences.push({ step, label, values });
  }
  return differences;
}
