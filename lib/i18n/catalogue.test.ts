import { describe, expect, it } from "vitest";

import { LOCATIONS, SUBTYPES, CONTENT_CATEGORIES, ORIGINS, TENURES } from "@/lib/answers/options";
import { toResult } from "@/lib/result/build";
import { assess, RULE_IDS } from "@/lib/rules";
import { SCENARIOS } from "@/lib/rules/scenarios";

import { translatorFor } from "./translator";

const t = translatorFor("en");
const results = SCENARIOS.map((s) => ({
  name: s.name,
  result: toResult(s.answers, assess(s.answers), t),
}));

/** Option values a reader must never see raw: the hyphenated ones and the bare enum words. */
const RAW_VALUES = [
  ...LOCATIONS,
  ...SUBTYPES,
  ...CONTENT_CATEGORIES,
  ...ORIGINS,
  ...TENURES,
].filter((v) => v.includes("-"));

describe("the English catalogue", () => {
  it("has a title for every rule", () => {
    for (const id of RULE_IDS) expect(t(`rules.${id}.title`)).toBeTruthy();
  });

  it("renders every finding and remedy of every scenario (a missing key throws)", () => {
    for (const { result } of results) {
      for (const f of [...result.findings, ...result.services.flatMap((s) => s.findings)])
        expect(f.message).not.toBe("");
      for (const r of result.remedies) expect(r.description).not.toBe("");
    }
  });

  it("never shows a rule ID, a raw option value or an unfilled placeholder", () => {
    for (const { name, result } of results) {
      const texts = [
        ...result.findings.map((f) => f.message),
        ...result.services.flatMap((s) => s.findings.map((f) => f.message)),
        ...result.remedies.map((r) => r.description),
      ];
      for (const text of texts) {
        for (const id of RULE_IDS) expect(text, name).not.toContain(id);
        for (const value of RAW_VALUES)
          expect(text, `${name}: ${text}`).not.toMatch(new RegExp(`\\b${value}\\b`));
        expect(text, name).not.toMatch(/[{}]/);
      }
    }
  });

  it("names the CDN node's location and tenure", () => {
    const cdn = results[0]!.result.services.find((s) => s.code === "B12")!;
    const node = cdn.findings.find(
      (f) => f.ruleId === "PILOT-CDN-LOCAL-NODES" && f.outcome === "not-met",
    )!;
    expect(node.message).toContain("leased");
    expect(node.message).toContain("elsewhere in mainland China");
    expect(node.message).toContain("Hainan");
  });
});

/** Sentence ends: a Chinese full stop, or a Latin one before a capital or the end. */
const SENTENCE_END = { en: /[.?!](?=\s+[A-Z]|$)/g, zh: /[。？！]/g } as const;

/**
 * The rules page shows, under each rule's title, one or two sentences saying what the rule
 * requires and when the check applies it (RULES.md §4): every rule has one in both
 * languages, with no rule ID and no raw option value.
 */
describe.each(["en", "zh"] as const)("the rule summaries in %s", (locale) => {
  const translate = translatorFor(locale);

  it("give every rule of the catalogue one or two sentences", () => {
    for (const id of RULE_IDS) {
      // A missing key throws.
      const summary = translate(`rules.${id}.summary`);
      const sentences = summary.match(SENTENCE_END[locale])?.length ?? 0;
      expect(sentences, `${id}: ${summary}`).toBeGreaterThanOrEqual(1);
      expect(sentences, `${id}: ${summary}`).toBeLessThanOrEqual(2);
    }
  });

  it("show no rule ID, raw option value or placeholder", () => {
    for (const id of RULE_IDS) {
      const summary = translate(`rules.${id}.summary`);
      for (const other of RULE_IDS) expect(summary, id).not.toContain(other);
      for (const value of RAW_VALUES)
        expect(summary, `${id}: ${summary}`).not.toMatch(new RegExp(`\\b${value}\\b`));
      expect(summary, id).not.toMatch(/[{}]/);
    }
  });
});

describe("shares in messages", () => {
  it("are shown exactly as entered, never rounded nor in exponent notation", () => {
    for (const [share, shown] of [
      [49.9999, "49.9999%"],
      [33.333333, "33.333333%"],
      [0.0000001, "0.0000001%"],
    ] as const) {
      const answers = {
        investor: { origin: "other" as const, foreignSharePercent: share },
        company: { registeredIn: "beijing" as const },
        services: [{ code: "B26" as const, facilities: [] }],
      };
      const result = toResult(answers, assess(answers), t);
      const message = result.services[0]!.findings.find(
        (f) => f.ruleId === "SHARE-WITHIN-CAP",
      )!.message;
      expect(message).toContain(`foreign share of ${shown} is within`);
      expect(message).not.toMatch(/e-/);
    }
  });
});

/** The links that show a few words and give assistive technology a full name (NamedLink). */
const NAMED_LINKS = [
  ["check.change", "check.changeLabel"],
  ["result.remedies.see", "result.remedies.seeLabel"],
  ["result.remedies.compare", "result.remedies.compareLabel"],
] as const;

describe.each(["en", "zh"] as const)("the full names of links in %s", (locale) => {
  it("begin with the words the link shows (WCAG 2.5.3, Label in Name)", () => {
    const t = translatorFor(locale);
    for (const [visible, name] of NAMED_LINKS)
      expect(t(name, { answer: "…", change: "…" }).startsWith(t(visible)), name).toBe(true);
  });
});
