import { describe, expect, it } from "vitest";

import { readResultLink } from "@/lib/answers/result-link";
import { assess, RULES_FACTS } from "@/lib/rules";
import { API_EXAMPLE, SCENARIOS } from "@/lib/rules/scenarios";

import { remedyHref } from "./remedy-href";

describe("remedyHref", () => {
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
