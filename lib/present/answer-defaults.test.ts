import { describe, expect, it } from "vitest";

import { completeAnswers } from "@/lib/flow";
import { translatorFor } from "@/lib/i18n/translator";
import { assess } from "@/lib/rules";
import { API_EXAMPLE, SCENARIOS } from "@/lib/rules/scenarios";
import { summaryRows } from "@/lib/wizard/summary";

import { withAnswerDefaults } from "./answer-defaults";

describe("withAnswerDefaults", () => {
  it("states the API.md example's information service as providing no content", () => {
    const answers = API_EXAMPLE;
    expect(completeAnswers(answers)).toBeNull();
    const filled = withAnswerDefaults(answers);
    expect(filled.services.map((s) => s.content)).toEqual([undefined, []]);
    const rows = summaryRows(filled, translatorFor("en"), "en");
    expect(rows.find((r) => r.step === "content-B25")?.values).toEqual(["None"]);
  });

  it("completes every scenario's answers for the wizard without changing their result", () => {
    for (const { name, answers } of SCENARIOS) {
      const filled = withAnswerDefaults(answers);
      expect(completeAnswers(filled), name).not.toBeNull();
      expect(
        assess(filled).services.map((s) => s.verdict),
        name,
      ).toEqual(assess(answers).services.map((s) => s.verdict));
    }
  });
});
