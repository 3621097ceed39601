import { describe, expect, it } from "vitest";

import { encodeResultQuery } from "@/lib/answers/codec";
import { readResultLink } from "@/lib/answers/result-link";
import { readComparison } from "@/lib/compare/link";
import type { Answers } from "@/lib/answers/schema";
import { assess, type PatchOp, RULES_FACTS } from "@/lib/rules";
import { API_EXAMPLE, SCENARIOS } from "@/lib/rules/scenarios";

import { remedyLinks } from "./remedy-href";

const remedyHref = (locale: string, answers: Answers, changes: readonly PatchOp[]) =>
  remedyLinks(locale, answers, changes)?.result;

describe("a remedy's result link", () => {
  it("opens the API.md example with the leased CDN node moved into Hainan", () => {
    const answers = API_EXAMPLE;
    const [remedy] = assess(answers).remedies;
    const href = remedyHref("en", answers, remedy!.changes)!;
    expect(href).toMatch(/^\/en\/result\?/);
    const link = readResultLink(new URLSearchParams(href.split("?")[1]), RULES_FACTS);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.answers.services[0]?.facilities[1]?.location).toBe("hainan");
    expect(assess(link.answers).overall).toBe(remedy!.resultingOverall);
  });

  it("gives a link that reads back for every remedy of every scenario", () => {
    for (const { name, answers } of SCENARIOS) {
      for (const remedy of assess(answers).remedies) {
        const href = remedyHref("en", answers, remedy.changes);
        expect(href, name).toBeDefined();
        const link = readResultLink(new URLSearchParams(href!.split("?")[1]), RULES_FACTS);
        expect(link.ok, name).toBe(true);
      }
    }
  });

  it("offers no link when the changes do not apply", () => {
    const answers = API_EXAMPLE;
    expect(remedyHref("en", answers, [{ op: "replace", path: "/services/9/code" }])).toBe(
      undefined,
    );
    expect(
      remedyHref("en", answers, [
        { op: "replace", path: "/investor/foreignSharePercent", value: 101 },
      ]),
    ).toBe(undefined);
  });
});

describe("a remedy's comparison link", () => {
  it("compares the plan as it stands, as Plan A, with the changed plan, as Plan B", () => {
    const answers = API_EXAMPLE;
    const planQuery = encodeResultQuery(
      answers,
      RULES_FACTS.current,
      RULES_FACTS.verdictsOf(answers),
    );
    const [remedy] = assess(answers).remedies;
    const links = remedyLinks("zh", answers, remedy!.changes, {
      context: { present: true },
      planQuery,
    });
    const href = links!.comparison!;
    expect(href).toMatch(/^\/zh\/compare\?plan=.*&present=1$/);
    const comparison = readComparison(new URLSearchParams(href.split("?")[1]), RULES_FACTS);
    expect(comparison.ok).toBe(true);
    if (!comparison.ok) return;
    const [asItStands, changed] = comparison.plans;
    expect(asItStands?.query).toBe(planQuery);
    expect(changed?.query).toBe(remedyHref("en", answers, remedy!.changes)?.split("?")[1]);
  });

  it("offers none without the plan's own link, nor when the changes do not apply", () => {
    const [remedy] = assess(API_EXAMPLE).remedies;
    expect(remedyLinks("en", API_EXAMPLE, remedy!.changes)?.comparison).toBe(undefined);
    const changes: PatchOp[] = [{ op: "replace", path: "/services/9/code" }];
    expect(remedyLinks("en", API_EXAMPLE, changes, { planQuery: "v=1" })).toBe(undefined);
  });
});
