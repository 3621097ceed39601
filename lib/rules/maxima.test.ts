import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { PILOT_AREAS } from "@/lib/answers/options";
import type { Answers } from "@/lib/answers/schema";
import { answersArb } from "@/tests/fuzz/arbitraries";

import { assess } from "./assess";

const SHARES = [0, 0.5, 50, 50.5, 100] as const;

/**
 * Where the maxima are hard to get right: the registration undecided, no content, and every
 * facility in some pilot area or not placed yet, so that services tie the company to areas.
 */
const undecidedArb: fc.Arbitrary<Answers> = answersArb.map((answers) => ({
  ...answers,
  company: { registeredIn: "undecided" },
  services: answers.services.map(({ content: _content, ...service }, i) => ({
    ...service,
    ...(service.code === "B14" && i % 2 === 0
      ? { coverage: "pilot-area" as const, ispAccess: "basic-operator" as const }
      : {}),
    facilities: service.facilities.slice(0, 3).map((f, j) => ({
      ...f,
      location:
        (j + i) % 4 === 3 ? "undecided" : PILOT_AREAS[(i * 7 + j * 3) % PILOT_AREAS.length]!,
    })),
  })),
}));

const plansArb = fc.oneof(answersArb, undecidedArb);

const at = (answers: Answers, share: number): Answers => ({
  ...answers,
  investor: { ...answers.investor, foreignSharePercent: share },
});

/**
 * A maximum is the most the plan could have: it cannot move with the share the user typed,
 * and a plan at its own maximum goes ahead (RULES.md §5; ADR 0002, point 3).
 */
describe("the maxima are the plan's, whatever share is entered", () => {
  it("gives every service the same route and maximum at 0%, 0.5%, 50%, 50.5% and 100%", () => {
    fc.assert(
      fc.property(plansArb, (answers) => {
        const seen = SHARES.map((share) => {
          const a = assess(at(answers, share), { remedies: false });
          return {
            company: a.maxForeignSharePercent,
            services: a.services.map((s) => `${s.code} ${s.route} ${s.maxForeignSharePercent}`),
          };
        });
        for (const other of seen.slice(1)) expect(other).toEqual(seen[0]);
      }),
      { seed: 20261129, numRuns: 400 },
    );
  }, 60_000);

  it("permits a service exactly up to its maximum, and the plan at the company's maximum", () => {
    fc.assert(
      fc.property(plansArb, (answers) => {
        const abroad = answers.company.registeredIn === "outside-mainland";
        const a = assess(answers, { remedies: false });
        for (const s of a.services)
          expect(s.verdict === "not-permitted", s.code).toBe(
            abroad || answers.investor.foreignSharePercent > s.maxForeignSharePercent,
          );
        if (!abroad)
          expect(
            assess(at(answers, a.maxForeignSharePercent), { remedies: false }).overall,
          ).not.toBe("not-permitted");
      }),
      { seed: 20261129, numRuns: 400 },
    );
  }, 60_000);

  it("with the registration undecided, gives the company the best maximum any one registration would give it", () => {
    fc.assert(
      fc.property(undecidedArb, (answers) => {
        const best = Math.max(
          ...[...PILOT_AREAS, "mainland-other" as const].map(
            (registeredIn) =>
              assess({ ...answers, company: { registeredIn } }, { remedies: false })
                .maxForeignSharePercent,
          ),
        );
        expect(assess(answers, { remedies: false }).maxForeignSharePercent).toBe(best);
      }),
      { seed: 20261129, numRuns: 400 },
    );
  }, 60_000);

  it("with the registration undecided, a capped service beside a closed one in the same area keeps the pilot, whatever another capped service elsewhere does", () => {
    const plan: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] },
        {
          code: "B21",
          subtypes: ["transaction-processing"],
          facilities: [{ location: "beijing", tenure: "owned" }],
        },
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          facilities: [{ location: "shanghai", tenure: "owned" }],
        },
      ],
    };
    const a = assess(plan, { remedies: false });
    expect(a.services.map((s) => `${s.code} ${s.route} ${s.verdict}`)).toEqual([
      "B11 pilot permitted-with-conditions",
      "B21 pilot permitted-with-conditions",
      "B25 nationwide-cap not-permitted",
    ]);
    expect(a.limitingServices).toEqual(["B25"]);
  });

  it("with the registration undecided, a CDN and an IDC in two pilot areas may have no foreign share at 0% as at any other", () => {
    const plan: Answers = {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] },
        { code: "B12", facilities: [{ location: "shanghai", tenure: "owned" }] },
      ],
    };
    const a = assess(plan, { remedies: false });
    expect(a.overall).toBe("permitted");
    expect(a.maxForeignSharePercent).toBe(0);
    expect(a.limitingServices).toEqual(["B11", "B12"]);
  });

  it("with the registration undecided, a closed IDC in Beijing keeps the pilot when a 50% service sits in Shanghai: the company may have 50%", () => {
    const plan: Answers = {
      investor: { origin: "other", foreignSharePercent: 60 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] },
        {
          code: "B21",
          subtypes: ["transaction-processing"],
          facilities: [{ location: "shanghai", tenure: "owned" }],
        },
      ],
    };
    const a = assess(plan);
    expect(a.maxForeignSharePercent).toBe(50);
    expect(a.limitingServices).toEqual(["B21"]);
    const [idc, edi] = a.services;
    expect(idc).toMatchObject({ verdict: "permitted-with-conditions", route: "pilot" });
    expect(edi).toMatchObject({ verdict: "not-permitted", route: "nationwide-cap" });
    // The remedy moves the 50% service to the closed one's area, never the other way round.
    expect(
      a.remedies.some((r) =>
        r.changes.some((c) => c.path === "/company/registeredIn" && c.value === "shanghai"),
      ),
    ).toBe(false);
  });
});
