/**
 * What differs between compared plans, service by service: the verdict and maximum share of
 * each plan, and the rules whose outcome is not the same in all of them.
 */
import type { ServiceCode } from "@/lib/answers/options";
import { SERVICE_CODES } from "@/lib/answers/options";
import type { Result } from "@/lib/answers/result-schema";

type ServiceResult = Result["services"][number];

export type RuleDifference = {
  ruleId: string;
  /** Per plan: the outcomes of this rule's findings for the service (empty: it does not apply). */
  outcomes: string[][];
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
      .map((ruleId) => ({ ruleId, outcomes: services.map((s) => outcomesOf(s, ruleId)) }))
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
