/**
 * Remedies (RULES.md §5, last paragraph; ADR 0002 §7–9): every suggested change is verified by
 * running the changed plan through the rules again, so the tests do exactly that.
 */
import { describe, expect, it } from "vitest";

import { verdictRank } from "@/lib/answers/verdict";
import { AnswersSchema, type Answers } from "@/lib/answers/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { toResult } from "@/lib/result/build";
import { applyPatch, assess, type Assessment, type Remedy, type Verdict } from "@/lib/rules";

import { API_EXAMPLE, SCENARIOS } from "./scenarios";

function verdicts(result: Assessment): Map<string, Verdict> {
  return new Map(result.services.map((s) => [s.code, s.verdict]));
}

function reassess(answers: Answers, remedy: Remedy) {
  const changed = applyPatch(answers, remedy.changes);
  const parsed = AnswersSchema.safeParse(changed);
  return { changed, valid: parsed.success, result: assess(changed, { remedies: false }) };
}

/**
 * The remedy that takes the whole plan furthest: the combined one, or a single service's
 * when its changes already fix the others too (a combined copy of it is not offered).
 */
function wholePlanRemedy(result: Assessment): Remedy | undefined {
  const best = Math.min(...result.remedies.map((r) => verdictRank(r.resultingOverall)));
  const reaching = result.remedies.filter((r) => verdictRank(r.resultingOverall) === best);
  return reaching.find((r) => r.serviceCode === undefined) ?? reaching[0];
}

function serviceOf(answers: Answers, code: string) {
  return answers.services.find((s) => s.code === code);
}

describe("every remedy of every scenario", () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, () => {
      const before = assess(scenario.answers);
      const beforeVerdicts = verdicts(before);
      const anyFailing = before.services.some((s) => s.verdict === "not-permitted");
      // Remedies are offered only where a service is not permitted.
      if (!anyFailing) expect(before.remedies).toEqual([]);

      for (const remedy of before.remedies) {
        const label = `${remedy.serviceCode ?? "combined"}: ${JSON.stringify(remedy.changes)}`;
        expect(remedy.changes.length, label).toBeGreaterThan(0);
        const { valid, result } = reassess(scenario.answers, remedy);
        expect(valid, `${label} gives valid answers`).toBe(true);
        expect(result.overall, label).toBe(remedy.resultingOverall);
        const after = verdicts(result);

        if (remedy.serviceCode !== undefined) {
          const own = remedy.serviceCode;
          const ownBefore = beforeVerdicts.get(own);
          expect(ownBefore, label).toBeDefined();
          const ownAfter = after.get(own);
          if (remedy.resultingServiceVerdict !== undefined)
            expect(ownAfter, label).toBe(remedy.resultingServiceVerdict);
          // Improves its own service: a better verdict, or the service separated out of the plan.
          if (ownAfter !== undefined && ownBefore !== undefined)
            expect(verdictRank(ownAfter), `${label} improves ${own}`).toBeLessThan(
              verdictRank(ownBefore),
            );
          else expect(remedy.resultingServiceVerdict, label).toBeUndefined();
        } else {
          // The combined remedy: only when several services fail, improving at least two.
          expect(
            before.services.filter((s) => s.verdict === "not-permitted").length,
          ).toBeGreaterThanOrEqual(2);
          const improved = before.services.filter((s) => {
            const verdict = after.get(s.code);
            return verdict === undefined || verdictRank(verdict) < verdictRank(s.verdict);
          });
          expect(improved.length, `${label} improves two services`).toBeGreaterThanOrEqual(2);
        }

        // Worsens no other service.
        for (const [code, verdict] of after) {
          if (code === remedy.serviceCode) continue;
          const was = beforeVerdicts.get(code);
          expect(was, `${label} adds no service`).toBeDefined();
          if (was !== undefined)
            expect(verdictRank(verdict), `${label} does not worsen ${code}`).toBeLessThanOrEqual(
              verdictRank(was),
            );
        }
      }
    });
  }
});

describe("the remedy procedure of RULES.md §5", () => {
  it("a CDN with a node leased outside its pilot area is told to move the node, leaving the plan permitted with conditions", () => {
    const { remedies } = assess(API_EXAMPLE);
    const first = remedies[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(first.serviceCode).toBe("B12");
    expect(first.resultingOverall).toBe("permitted-with-conditions");
    expect(first.resultingServiceVerdict).toBe("permitted-with-conditions");
    const changed = applyPatch(API_EXAMPLE, first.changes);
    expect(changed.company.registeredIn).toBe("hainan");
    expect(serviceOf(changed, "B12")?.facilities.map((f) => f.location)).toEqual([
      "hainan",
      "hainan",
    ]);
    expect(changed.investor.foreignSharePercent).toBe(100);
  });

  it("EDI at 100% in Shenzhen with a facility elsewhere gets two remedies: move the facility, then cut the share to 50%", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B21",
          subtypes: ["edi"],
          facilities: [
            { location: "shenzhen", tenure: "owned" },
            { location: "mainland-other", tenure: "leased" },
          ],
        },
      ],
    };
    const { remedies } = assess(answers);
    expect(remedies).toHaveLength(2);
    const [move, share] = remedies;
    if (!move || !share) return;

    expect(move.serviceCode).toBe("B21");
    const moved = applyPatch(answers, move.changes);
    expect(moved.services[0]?.facilities.map((f) => f.location)).toEqual(["shenzhen", "shenzhen"]);
    expect(moved.investor.foreignSharePercent).toBe(100);
    expect(move.resultingServiceVerdict).toBe("permitted-with-conditions");
    expect(move.resultingOverall).toBe("permitted-with-conditions");

    expect(share.serviceCode).toBe("B21");
    const cut = applyPatch(answers, share.changes);
    expect(cut.investor.foreignSharePercent).toBe(50);
    expect(cut.services).toEqual(answers.services);
    expect(share.resultingServiceVerdict).toBe("permitted");
    expect(share.resultingOverall).toBe("permitted");

    // Fewest changes first, then facilities before share.
    expect(move.changes.length).toBeLessThanOrEqual(share.changes.length);
  });

  it("several failing services get exactly one combined remedy, without a service code", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B11",
          facilities: [
            { location: "beijing", tenure: "owned" },
            { location: "mainland-other", tenure: "leased" },
          ],
        },
        {
          code: "B12",
          facilities: [
            { location: "beijing", tenure: "owned" },
            { location: "mainland-other", tenure: "owned" },
          ],
        },
      ],
    };
    const { remedies } = assess(answers);
    const combined = remedies.filter((r) => r.serviceCode === undefined);
    expect(combined).toHaveLength(1);
    const [remedy] = combined;
    if (!remedy) return;
    expect(remedy.resultingServiceVerdict).toBeUndefined();
    expect(remedy.resultingOverall).toBe("permitted-with-conditions");
    const changed = applyPatch(answers, remedy.changes);
    for (const service of changed.services)
      expect(
        service.facilities.every((f) => f.location === "beijing"),
        service.code,
      ).toBe(true);
    // Each failing service also has its own remedy.
    expect(remedies.some((r) => r.serviceCode === "B11")).toBe(true);
    expect(remedies.some((r) => r.serviceCode === "B12")).toBe(true);
  });

  it("an ISP serving the whole country over its own network gets one remedy fixing both", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [{ location: "beijing", tenure: "owned" }],
        },
      ],
    };
    const { remedies } = assess(answers);
    expect(remedies).toHaveLength(1);
    const [remedy] = remedies;
    if (!remedy) return;
    expect(remedy.serviceCode).toBe("B14");
    const changed = applyPatch(answers, remedy.changes);
    expect(changed.services[0]?.coverage).toBe("pilot-area");
    expect(changed.services[0]?.ispAccess).toBe("basic-operator");
    expect(remedy.resultingServiceVerdict).toBe("permitted-with-conditions");
    expect(remedy.resultingOverall).toBe("permitted-with-conditions");
  });

  it("publishing-delivery with search at 100% in a pilot area is told to separate search, before a share cut", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shanghai" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery", "search"],
          facilities: [{ location: "shanghai", tenure: "owned" }],
        },
      ],
    };
    const { remedies } = assess(answers);
    const separate = remedies.findIndex(
      (r) =>
        JSON.stringify(applyPatch(answers, r.changes).services[0]?.subtypes) ===
        JSON.stringify(["publishing-delivery"]),
    );
    expect(separate).toBeGreaterThanOrEqual(0);
    const remedy = remedies[separate];
    if (!remedy) return;
    expect(remedy.serviceCode).toBe("B25");
    expect(applyPatch(answers, remedy.changes).investor.foreignSharePercent).toBe(100);
    expect(remedy.resultingServiceVerdict).toBe("permitted-with-conditions");
    const share = remedies.findIndex(
      (r) => applyPatch(answers, r.changes).investor.foreignSharePercent === 50,
    );
    expect(share).toBeGreaterThan(separate);
  });

  it("IP-VPN beside another service is told to move into a separate company", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B13", facilities: [{ location: "beijing", tenure: "owned" }] },
        { code: "B21", subtypes: ["edi"], facilities: [{ location: "beijing", tenure: "owned" }] },
      ],
    };
    const { remedies } = assess(answers);
    const separate = remedies.find(
      (r) =>
        r.serviceCode === "B13" && serviceOf(applyPatch(answers, r.changes), "B13") === undefined,
    );
    expect(separate).toBeDefined();
    if (!separate) return;
    const changed = applyPatch(answers, separate.changes);
    expect(changed.services.map((s) => s.code)).toEqual(["B21"]);
    expect(changed.investor.foreignSharePercent).toBe(100);
    expect(separate.resultingServiceVerdict).toBeUndefined();
    expect(separate.resultingOverall).toBe("permitted-with-conditions");
  });

  it("a coding service and an IP-VPN that can only be separated: the combined remedy separates the IP-VPN and cuts the share, rather than separating the coding service first and leaving the IP-VPN nowhere to go", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B26", facilities: [{ location: "beijing", tenure: "owned" }] },
        { code: "B13", facilities: [{ location: "beijing", tenure: "leased" }] },
      ],
    };
    const { remedies } = assess(answers);
    // Each service's own remedies leave the other failing.
    expect(
      remedies.filter((r) => r.serviceCode !== undefined).map((r) => r.resultingOverall),
    ).toEqual(["not-permitted", "not-permitted", "not-permitted"]);
    const combined = remedies.filter((r) => r.serviceCode === undefined);
    expect(combined).toHaveLength(1);
    expect(combined[0]?.changes).toEqual([
      { op: "replace", path: "/investor/foreignSharePercent", value: 50 },
      { op: "remove", path: "/services/1" },
    ]);
    expect(combined[0]?.resultingOverall).toBe("permitted");
  });

  it("coding conversion at 80% is offered a share cut to 50%", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 80 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B26", facilities: [] }],
    };
    const { remedies } = assess(answers);
    expect(remedies).toHaveLength(1);
    const [remedy] = remedies;
    if (!remedy) return;
    expect(applyPatch(answers, remedy.changes)).toEqual({
      ...answers,
      investor: { origin: "other", foreignSharePercent: 50 },
    });
    expect(remedy.resultingServiceVerdict).toBe("permitted");
    expect(remedy.resultingOverall).toBe("permitted");
  });

  it("prohibited content at 100% is told to drop the content", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["news", "online-music"],
          facilities: [{ location: "beijing", tenure: "owned" }],
        },
      ],
    };
    const { remedies } = assess(answers);
    const drop = remedies.find(
      (r) => !(applyPatch(answers, r.changes).services[0]?.content ?? []).includes("news"),
    );
    expect(drop).toBeDefined();
    if (!drop) return;
    expect(drop.serviceCode).toBe("B25");
    expect(applyPatch(answers, drop.changes).investor.foreignSharePercent).toBe(100);
    // At 100% the pilot is needed, and the pilot excludes music as well (ADR 0002 §4).
    expect(drop.resultingServiceVerdict).toBe("permitted-with-conditions");
    expect(applyPatch(answers, drop.changes).services[0]?.content ?? []).toEqual([]);
  });

  it("a single IP-VPN at 100% gets no remedy: its maximum is 0% and it cannot be separated from itself", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B13", facilities: [{ location: "beijing", tenure: "owned" }] }],
    };
    const result = assess(answers);
    expect(result.overall).toBe("not-permitted");
    expect(result.remedies).toEqual([]);
  });

  it("facilities in another pilot area are moved into the registration's pilot area, not the registration to them", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          facilities: [
            { location: "shenzhen", tenure: "leased" },
            { location: "shenzhen", tenure: "owned" },
          ],
        },
      ],
    };
    // Moving two facilities is two changes, so the one-change share cut may come first.
    const move = assess(answers).remedies.find(
      (r) => applyPatch(answers, r.changes).investor.foreignSharePercent === 100,
    );
    expect(move).toBeDefined();
    if (!move) return;
    const changed = applyPatch(answers, move.changes);
    expect(changed.company.registeredIn).toBe("beijing");
    expect(changed.services[0]?.facilities.map((f) => f.location)).toEqual(["beijing", "beijing"]);
    expect(move.resultingOverall).toBe("permitted-with-conditions");
  });

  it("the combined remedy takes a service's share cut only when that service has no other remedy (ADR 0002 §10)", () => {
    // B14 can be fixed by limiting it to the area; B21's only remedy cuts the share (no pilot
    // area holds any facility to move to). The combined remedy makes the whole plan work, so
    // it limits the ISP and cuts the share.
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B14", coverage: "nationwide", ispAccess: "basic-operator", facilities: [] },
        {
          code: "B21",
          subtypes: ["edi"],
          facilities: [{ location: "mainland-other", tenure: "leased" }],
        },
      ],
    };
    const { remedies } = assess(answers);
    expect(remedies.some((r) => r.serviceCode === "B14")).toBe(true);
    expect(
      remedies.some(
        (r) =>
          r.serviceCode === "B21" &&
          applyPatch(answers, r.changes).investor.foreignSharePercent === 50,
      ),
    ).toBe(true);
    const combined = remedies.filter((r) => r.serviceCode === undefined);
    expect(combined).toHaveLength(1);
    const changed = applyPatch(answers, combined[0]!.changes);
    expect(changed.investor.foreignSharePercent).toBe(50);
    expect(changed.services[0]!.coverage).toBe("pilot-area");
    expect(combined[0]!.resultingOverall).toBe("permitted-with-conditions");
  });

  it("the combined remedy keeps the planned share where another remedy allows it (ADR 0002 §10)", () => {
    // B21 can move its server into Shenzhen or cut the share; B12 can only move its node.
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        { code: "B12", facilities: [{ location: "mainland-other", tenure: "leased" }] },
        { code: "B21", subtypes: ["edi"], facilities: [{ location: "beijing", tenure: "owned" }] },
      ],
    };
    const combined = assess(answers).remedies.filter((r) => r.serviceCode === undefined);
    expect(combined).toHaveLength(1);
    const changed = applyPatch(answers, combined[0]!.changes);
    expect(changed.investor.foreignSharePercent).toBe(100);
    expect(changed.services.flatMap((s) => s.facilities.map((f) => f.location))).toEqual([
      "shenzhen",
      "shenzhen",
    ]);
  });

  it("an ISP failing on facilities, coverage and access gets one remedy combining the smallest changes that work (ADR 0002 §8)", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [
            { location: "beijing", tenure: "owned" },
            { location: "mainland-other", tenure: "leased" },
          ],
        },
      ],
    };
    const { remedies } = assess(answers);
    expect(remedies).toHaveLength(1);
    const [remedy] = remedies;
    if (!remedy) return;
    const changed = applyPatch(answers, remedy.changes);
    expect(changed.services[0]).toEqual({
      code: "B14",
      coverage: "pilot-area",
      ispAccess: "basic-operator",
      facilities: [
        { location: "beijing", tenure: "owned" },
        { location: "beijing", tenure: "leased" },
      ],
    });
    expect(remedy.resultingOverall).toBe("permitted-with-conditions");
  });

  it("names one registration area for every failing service, so the combined remedy can apply them together (ADR 0002 §3)", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        { code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] },
        { code: "B12", facilities: [{ location: "shenzhen", tenure: "leased" }] },
      ],
    };
    const { remedies } = assess(answers);
    const registrations = (code?: string) =>
      remedies
        .filter((r) => r.serviceCode === code)
        .map((r) => applyPatch(answers, r.changes).company.registeredIn);
    // A tie between the areas goes to the circular's order.
    expect(registrations("B11")).toEqual(["beijing"]);
    expect(registrations("B12")).toEqual(["beijing"]);
    // B12's remedy (register in Beijing, move its node there) fixes B11 too: no combined copy.
    expect(remedies.find((r) => r.serviceCode === undefined)).toBeUndefined();
    const whole = wholePlanRemedy(assess(answers));
    expect(whole?.serviceCode).toBe("B12");
    expect(whole?.resultingOverall).toBe("permitted-with-conditions");
  });

  it("registers where most of the plan's facilities are and moves the rest there, in one combined remedy", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B11",
          facilities: [
            { location: "beijing", tenure: "leased" },
            { location: "beijing", tenure: "leased" },
          ],
        },
        { code: "B12", facilities: [{ location: "shanghai", tenure: "leased" }] },
      ],
    };
    const whole = wholePlanRemedy(assess(answers));
    expect(whole).toBeDefined();
    const changed = applyPatch(answers, whole?.changes ?? []);
    expect(changed.company.registeredIn).toBe("beijing");
    expect(changed.services[1]?.facilities[0]?.location).toBe("beijing");
    expect(whole?.resultingOverall).toBe("permitted-with-conditions");
    expect(assess(changed).overall).toBe("permitted-with-conditions");
  });

  it("with the registration undecided, an IDC in Beijing and a CDN in Shanghai cannot both go ahead, and one area is proposed for both", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] },
        { code: "B12", facilities: [{ location: "shanghai", tenure: "leased" }] },
      ],
    };
    const result = assess(answers);
    expect(result.overall).toBe("not-permitted");
    const whole = wholePlanRemedy(result);
    expect(whole?.resultingOverall).toBe("permitted-with-conditions");
    const changed = applyPatch(answers, whole?.changes ?? []);
    expect(changed.company.registeredIn).toBe("beijing");
    expect(changed.services[1]?.facilities[0]?.location).toBe("beijing");
  });

  it("an IDC registered elsewhere in the mainland with no facility listed is told to register in any pilot area", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B11", facilities: [] }],
    };
    const [first] = assess(answers).remedies;
    expect(first?.steps).toEqual([
      { messageKey: "remedies.registerInAnyAreaNoneListed", params: { area: "beijing" } },
    ]);
    expect(first?.resultingOverall).toBe("permitted-with-conditions");
    const [step] = toResult(answers, assess(answers), translatorFor("en")).remedies[0]?.steps ?? [];
    expect(step?.message).not.toMatch(/facilities listed/);
  });

  it("a company free to choose its pilot area is told to move facilities to that area, not to keep them there before moving them", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B11", facilities: [{ location: "mainland-other", tenure: "leased" }] }],
    };
    const [first] = assess(answers).remedies;
    expect(first?.steps.map((s) => s.messageKey)).toEqual([
      "remedies.registerInAnyArea",
      "remedies.moveFacilitiesToChosenArea",
    ]);
    expect(reassess(answers, first!).result.overall).toBe("permitted-with-conditions");
    const [rendered] = toResult(answers, assess(answers), translatorFor("en")).remedies;
    expect(rendered?.description).toBe(
      "Register the company in one of the four pilot areas, for example Beijing: none of the facilities listed in this plan is in a pilot area yet, so which area suits the plan is the company’s choice. Move the facility of your internet data centre and cloud service (B11) leased elsewhere in mainland China to that area.",
    );
  });

  it("an ISP registered elsewhere serving the country over its own network gets registration and ISP changes together", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B14", facilities: [], coverage: "nationwide", ispAccess: "own-network" }],
    };
    const [first] = assess(answers).remedies;
    expect(first?.resultingOverall).toBe("permitted-with-conditions");
    expect(assess(applyPatch(answers, first?.changes ?? [])).overall).toBe(
      "permitted-with-conditions",
    );
  });

  it("a separated service that itself provides prohibited content may have no foreign share", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B21", subtypes: ["edi"], facilities: [{ location: "beijing", tenure: "owned" }] },
        { code: "B25", subtypes: ["search"], content: ["news"], facilities: [] },
      ],
    };
    const separate = assess(answers)
      .remedies.flatMap((r) => r.steps)
      .filter((s) => s.messageKey === "remedies.separateService");
    expect(separate).toEqual([
      { messageKey: "remedies.separateService", params: { code: "B25", max: 0 } },
    ]);
  });

  it("a sub-type separated in the same remedy that drops the prohibited content may have its own 50%", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery", "search"],
          content: ["audiovisual"],
          facilities: [{ location: "beijing", tenure: "owned" }],
        },
      ],
    };
    const both = assess(answers).remedies.find((r) =>
      r.steps.some((s) => s.messageKey === "remedies.dropContent"),
    );
    expect(both?.steps).toContainEqual({
      messageKey: "remedies.separateSubtype",
      params: { code: "B25", subtype: "search", max: 50 },
    });
  });

  it("offers no remedy that only adds changes to a smaller one with the same share cut (ADR 0002 §10)", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] },
        {
          code: "B25",
          subtypes: ["publishing-delivery", "search"],
          content: ["news"],
          facilities: [{ location: "shanghai", tenure: "leased" }],
        },
      ],
    };
    const kinds = assess(answers).remedies.map((r) =>
      r.steps.map((s) => s.messageKey.replace("remedies.", "")).join("+"),
    );
    expect(kinds).toEqual([
      "dropContent+reduceShare",
      "register+moveFacilities+dropContent+separateSubtype",
    ]);
  });

  it("dropping prohibited content outside the pilot comes with the cut to the 50% it leaves", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        { code: "B25", subtypes: ["publishing-delivery"], content: ["news"], facilities: [] },
      ],
    };
    const { remedies } = assess(answers);
    const fix = remedies.find((r) => r.resultingOverall === "permitted");
    expect(fix?.steps.map((s) => s.messageKey)).toEqual([
      "remedies.dropContent",
      "remedies.reduceShare",
    ]);
    const changed = applyPatch(answers, fix?.changes ?? []);
    expect(changed.investor.foreignSharePercent).toBe(50);
    expect(assess(changed).overall).toBe("permitted");
  });

  it("dropping news with a cut to 50% keeps the online music, lawful off the pilot; only the pilot route drops it too", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B21",
          subtypes: ["device-data"],
          content: ["online-music", "news"],
          facilities: [],
        },
      ],
    };
    const { remedies } = assess(answers);
    const cut = remedies.find((r) =>
      r.changes.some((c) => c.path === "/investor/foreignSharePercent"),
    );
    expect(cut?.changes).toEqual([
      { op: "replace", path: "/services/0/content", value: ["online-music"] },
      { op: "replace", path: "/investor/foreignSharePercent", value: 50 },
    ]);
    expect(assess(applyPatch(answers, cut?.changes ?? [])).overall).toBe("permitted");

    const pilot = remedies.find((r) => r.changes.some((c) => c.path === "/company/registeredIn"));
    expect(pilot?.changes).toContainEqual({
      op: "replace",
      path: "/services/0/content",
      value: [],
    });
    expect(pilot?.resultingOverall).toBe("permitted-with-conditions");
  });

  it("orders the remedies of all services together: fewest changes, then facilities before a separate company before a share cut", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B26", facilities: [] },
        { code: "B12", facilities: [{ location: "shenzhen", tenure: "leased" }] },
      ],
    };
    const order = assess(answers).remedies.map((r) => [
      r.serviceCode ?? "whole plan",
      r.steps.map((s) => s.messageKey).join(" + "),
    ]);
    expect(order).toEqual([
      ["B12", "remedies.moveFacilities"],
      ["B26", "remedies.separateService"],
      ["B26", "remedies.reduceShare"],
      ["whole plan", "remedies.separateService + remedies.moveFacilities"],
    ]);
  });

  it("a company registered abroad with a capped service is told to establish in the mainland and cut the share to 50%", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "outside-mainland" },
      services: [{ code: "B21", subtypes: ["transaction-processing"], facilities: [] }],
    };
    const { remedies } = assess(answers);
    expect(remedies.length).toBeGreaterThan(0);
    for (const remedy of remedies) {
      expect(assess(applyPatch(answers, remedy.changes)).overall).toBe(remedy.resultingOverall);
      expect(remedy.resultingOverall).not.toBe("not-permitted");
    }
  });

  it("an e-commerce platform registered abroad only needs to be established in the mainland: no facility moves", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "outside-mainland" },
      services: [
        {
          code: "B21",
          subtypes: ["ecommerce"],
          facilities: [
            { location: "beijing", tenure: "leased" },
            { location: "outside-mainland", tenure: "leased" },
          ],
        },
      ],
    };
    const [first] = assess(answers).remedies;
    expect(first?.changes).toEqual([
      { op: "replace", path: "/company/registeredIn", value: "mainland-other" },
    ]);
    expect(first?.steps.map((s) => s.messageKey)).toEqual(["remedies.registerInMainland"]);
    expect(first?.resultingOverall).toBe("permitted");
  });

  it("a call centre and an IDC registered abroad are both fixed by registering in the IDC's pilot area, offered once", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "outside-mainland" },
      services: [
        { code: "B24", facilities: [] },
        { code: "B11", facilities: [{ location: "shenzhen", tenure: "leased" }] },
      ],
    };
    const result = assess(answers);
    const whole = wholePlanRemedy(result);
    expect(whole?.changes).toEqual([
      { op: "replace", path: "/company/registeredIn", value: "shenzhen" },
    ]);
    expect(whole?.resultingOverall).toBe("permitted-with-conditions");
    const sameChanges = result.remedies.filter(
      (r) => JSON.stringify(r.changes) === JSON.stringify(whole?.changes),
    );
    expect(sameChanges).toHaveLength(1);
  });

  it("a company registered outside the mainland is told to register in the pilot area holding its facilities (ADR 0002 §7)", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "outside-mainland" },
      services: [{ code: "B11", facilities: [{ location: "shenzhen", tenure: "leased" }] }],
    };
    const { remedies } = assess(answers);
    const register = remedies.find(
      (r) => applyPatch(answers, r.changes).company.registeredIn === "shenzhen",
    );
    expect(register).toBeDefined();
    expect(register?.resultingOverall).toBe("permitted-with-conditions");
  });

  it("an ISP in Shenzhen of a company registered elsewhere is told to serve users inside the area it moves to, not the one it leaves", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B11",
          facilities: [
            { location: "beijing", tenure: "owned" },
            { location: "beijing", tenure: "leased" },
          ],
        },
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "basic-operator",
          facilities: [{ location: "shenzhen", tenure: "owned" }],
        },
      ],
    };
    const isp = assess(answers).remedies.find((r) => r.serviceCode === "B14");
    expect(applyPatch(answers, isp?.changes ?? []).company.registeredIn).toBe("beijing");
    expect(isp?.steps).toContainEqual({
      messageKey: "remedies.ispLocalUsers",
      params: { area: "beijing" },
    });
  });

  it("an ISP serving only Shenzhen's users that a remedy moves to Beijing is told its users must then be inside Beijing", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        {
          code: "B14",
          coverage: "pilot-area",
          ispAccess: "basic-operator",
          facilities: [{ location: "shenzhen", tenure: "owned" }],
        },
        { code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] },
        { code: "B12", facilities: [{ location: "beijing", tenure: "leased" }] },
      ],
    };
    const isp = assess(answers).remedies.find((r) => r.serviceCode === "B14");
    const changed = applyPatch(answers, isp?.changes ?? []);
    expect(changed.company.registeredIn).toBe("beijing");
    expect(changed.services[0]?.facilities[0]?.location).toBe("beijing");
    expect(isp?.steps).toContainEqual({
      messageKey: "remedies.ispLocalUsers",
      params: { area: "beijing" },
    });
    // One that stays in its area is not told again.
    const staying: Answers = {
      ...answers,
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B14",
          coverage: "pilot-area",
          ispAccess: "basic-operator",
          facilities: [{ location: "mainland-other", tenure: "leased" }],
        },
      ],
    };
    const [stay] = assess(staying).remedies;
    expect(stay?.steps.map((s) => s.messageKey)).toEqual(["remedies.moveFacilities"]);
  });

  it("with the registration undecided, an ISP that fails in every area leaves an EDI service in Beijing its conditions, and is moved to Beijing", () => {
    const answers: Answers = {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B21", subtypes: ["edi"], facilities: [{ location: "beijing", tenure: "leased" }] },
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [{ location: "shenzhen", tenure: "owned" }],
        },
      ],
    };
    const result = assess(answers);
    expect(result.services.map((s) => s.verdict)).toEqual([
      "permitted-with-conditions",
      "not-permitted",
    ]);
    const [first] = result.remedies;
    expect(first?.serviceCode).toBe("B14");
    expect(first?.resultingOverall).toBe("permitted-with-conditions");
    const changed = applyPatch(answers, first?.changes ?? []);
    expect(changed.services[1]?.facilities[0]?.location).toBe("beijing");
  });

  it("two capped services of a company abroad: the combined remedy never separates them both, nor adds a separation to a remedy that already works", () => {
    const answers: Answers = {
      investor: { origin: "macao", foreignSharePercent: 51 },
      company: { registeredIn: "outside-mainland" },
      services: [
        { code: "B26", facilities: [] },
        { code: "B25", subtypes: ["search", "community", "instant-messaging"], facilities: [] },
      ],
    };
    const { remedies } = assess(answers);
    expect(remedies.find((r) => r.serviceCode === undefined)).toBeUndefined();
    const whole = remedies.find((r) => r.resultingOverall === "permitted");
    expect(whole?.changes).toEqual([
      { op: "replace", path: "/company/registeredIn", value: "mainland-other" },
      { op: "replace", path: "/investor/foreignSharePercent", value: 50 },
    ]);
  });

  it("the combined remedy that keeps the planned share is not displaced by a share cut one service's remedy already offers", () => {
    const answers: Answers = {
      investor: { origin: "taiwan", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B26",
          facilities: [
            { location: "shenzhen", tenure: "leased" },
            { location: "shanghai", tenure: "owned" },
          ],
        },
        {
          code: "B21",
          subtypes: ["ecommerce", "transaction-processing", "device-data"],
          facilities: [
            { location: "beijing", tenure: "leased" },
            { location: "shenzhen", tenure: "other" },
          ],
        },
      ],
    };
    const { remedies } = assess(answers);
    const combined = remedies.find((r) => r.serviceCode === undefined);
    expect(combined?.resultingOverall).toBe("permitted-with-conditions");
    const changed = applyPatch(answers, combined?.changes ?? []);
    expect(changed.investor.foreignSharePercent).toBe(100);
    expect(changed.services.map((s) => s.code)).toEqual(["B21"]);
    expect(changed.company.registeredIn).toBe("beijing");
  });
});
