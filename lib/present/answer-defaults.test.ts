import { describe, expect, it } from "vitest";

import type { Answers } from "@/lib/answers/schema";
import { completeAnswers, firstIncompleteStep } from "@/lib/flow";
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
    expect(filled.services?.map((s) => s.content)).toEqual([undefined, []]);
    const rows = summaryRows(filled, translatorFor("en"), "en");
    expect(rows.find((r) => r.step === "content-B25")?.values).toEqual(["None"]);
  });

  it("completes every scenario's answers for the wizard, and the wizard's answers give the same verdicts and maxima", () => {
    const outcome = (answers: Answers) => {
      const result = assess(answers);
      return [
        result.overall,
        result.maxForeignSharePercent,
        result.services.map((s) => [s.verdict, s.maxForeignSharePercent]),
      ];
    };
    for (const { name, answers } of SCENARIOS) {
      // What Change your answers opens, and what See the result then assesses.
      const complete = completeAnswers(withAnswerDefaults(answers));
      expect(complete, name).not.toBeNull();
      expect(outcome(complete!), name).toEqual(outcome(answers));
    }
  });

  it("leaves unanswered the facilities of a service the flow does not ask about, so that a change asking them asks the user", () => {
    // Device data at 50%: within the nationwide maximum, so no facilities question, and the
    // result states none (the contract's default).
    const atCap: Answers = {
      investor: { origin: "other", foreignSharePercent: 50 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B21", subtypes: ["device-data"], facilities: [] }],
    };
    const draft = withAnswerDefaults(atCap);
    expect(draft.services?.[0]).not.toHaveProperty("facilities");
    expect(firstIncompleteStep(draft)).toBeNull();
    // Raised to 60%, the pilot decides the service again: its facilities are asked, not read
    // as "none".
    const raised = { ...draft, investor: { origin: "other", foreignSharePercent: 60 } } as const;
    expect(firstIncompleteStep(raised)).toBe("facilities-B21");
    // A question the flow asks keeps its answer, an empty one included.
    const asked = withAnswerDefaults({ ...atCap, investor: raised.investor });
    expect(asked.services?.[0]?.facilities).toEqual([]);
    expect(firstIncompleteStep(asked)).toBeNull();
  });
});
