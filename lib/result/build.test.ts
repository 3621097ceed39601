import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { worstVerdict } from "@/lib/answers/verdict";
import { translatorFor } from "@/lib/i18n/translator";
import { assess } from "@/lib/rules";
import { answersArb } from "@/tests/fuzz/arbitraries";

import { toResult } from "./build";

/** What API.md's Result says of itself, checked on generated plans. */
function contractProblem(answers: Parameters<typeof assess>[0]): string | undefined {
  const result = toResult(answers, assess(answers), translatorFor("en"));
  const codes = result.services.map((s) => s.code);
  if (codes.join() !== answers.services.map((s) => s.code).join())
    return `services ${codes.join()} are not the plan's, in its order`;
  for (const service of result.services) {
    if (
      service.verdict === "not-permitted" &&
      !service.findings.some((f) => f.outcome === "not-met")
    )
      return `${service.code} is not permitted without a not-met finding that says why`;
  }
  const lowest = Math.min(...result.services.map((s) => s.maxForeignSharePercent));
  if (result.maxForeignSharePercent !== lowest)
    return `the plan's maximum ${result.maxForeignSharePercent} is not its services' lowest, ${lowest}`;
  const limiting = result.services.filter((s) => s.maxForeignSharePercent === lowest);
  if (result.limitingServices.join() !== limiting.map((s) => s.code).join())
    return `limiting services ${result.limitingServices.join()}`;
  if (result.overall !== worstVerdict(result.services.map((s) => s.verdict)))
    return `overall ${result.overall} is not the worst of the services'`;
  for (const remedy of result.remedies) {
    if (remedy.serviceCode === undefined && remedy.resultingServiceVerdict !== undefined)
      return "the combined remedy names a service verdict";
    if (remedy.serviceCode !== undefined && remedy.resultingServiceVerdict === undefined) {
      const index = codes.indexOf(remedy.serviceCode);
      const moved = remedy.changes.some(
        (c) => c.op === "remove" && c.path === `/services/${index}`,
      );
      if (!moved) return `${remedy.serviceCode}'s remedy gives no verdict for it, yet keeps it`;
    }
  }
  return undefined;
}

describe("toResult: the Result API.md describes", () => {
  it("keeps the contract's invariants on generated plans", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(contractProblem(answers)).toBeUndefined();
      }),
      { seed: 20261129, numRuns: 300 },
    );
    // Hundreds of full assessments: a few seconds alone, more on a busy machine.
  }, 60_000);
});
