import { describe, expect, it } from "vitest";

import type { Answers } from "@/lib/answers/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { withAnswerDefaults } from "@/lib/present/answer-defaults";
import { toResult } from "@/lib/result/build";
import { assess } from "@/lib/rules";
import { summaryRows } from "@/lib/wizard/summary";

import { answerDifferences, planOutcomeDiffers } from "./differences";

const t = translatorFor("en");

/** A wholly foreign-owned CDN registered in Shenzhen with one owned node at `location`. */
function cdn(location: "shenzhen" | "mainland-other", share = 100): Answers {
  return {
    investor: { origin: "other", foreignSharePercent: share },
    company: { registeredIn: "shenzhen" },
    services: [{ code: "B12", facilities: [{ location, tenure: "owned" }] }],
  };
}

const rowsOf = (answers: Answers) => summaryRows(withAnswerDefaults(answers), t, "en");
const resultOf = (answers: Answers) => toResult(answers, assess(answers), t);

describe("answerDifferences", () => {
  it("names the one answer two plans differ in, a facility's place, with each plan's value", () => {
    expect(answerDifferences([rowsOf(cdn("shenzhen")), rowsOf(cdn("mainland-other"))])).toEqual([
      {
        step: "facilities-B12",
        label: "Facilities of the content delivery network (B12)",
        values: [["Shenzhen, Owned"], ["Elsewhere in mainland China, Owned"]],
      },
    ]);
  });

  it("finds nothing between a plan and its copy", () => {
    expect(answerDifferences([rowsOf(cdn("shenzhen")), rowsOf(cdn("shenzhen"))])).toEqual([]);
  });

  it("says which plan is not asked a question the other is", () => {
    // At 0% a CDN is not asked its facilities.
    const differences = answerDifferences([rowsOf(cdn("shenzhen")), rowsOf(cdn("shenzhen", 0))]);
    expect(differences.map((d) => d.step)).toEqual(["share", "facilities-B12"]);
    expect(differences[1]?.values).toEqual([["Shenzhen, Owned"], undefined]);
  });
});

describe("planOutcomeDiffers", () => {
  it("is true when the whole plan's verdict differs", () => {
    expect(planOutcomeDiffers([resultOf(cdn("shenzhen")), resultOf(cdn("mainland-other"))])).toBe(
      true,
    );
  });

  it("is false for a plan and its copy", () => {
    expect(planOutcomeDiffers([resultOf(cdn("shenzhen")), resultOf(cdn("shenzhen"))])).toBe(false);
  });
});
