/**
 * Seeded property tests over the schema, the share-link codec, assess() and the API
 * handler: a few hundred cases each, the same every run. `npm run bench:fuzz` draws
 * thousands more of the same kinds, and sends them over HTTP too.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

import { answersArb, linkQueryArb, mutatedAnswersArb } from "./arbitraries";
import { apiCaseArb, type HttpCase, httpProblem } from "./http";
import {
  bodyProblem,
  cutLinkProblem,
  handlerProblem,
  linkProblem,
  remedyProblem,
  roundTripProblem,
} from "./properties";

const SEED = 20261128;

// Hundreds of full assessments per property: a few seconds alone, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe("fuzz (seeded)", () => {
  it("valid answers always round-trip through the share link", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(roundTripProblem(answers)).toBeUndefined();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("valid answers assess and render", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(bodyProblem(answers)).toBeUndefined();
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });

  it("every remedy of valid answers does what it says", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(remedyProblem(answers)).toBeUndefined();
      }),
      { seed: SEED + 5, numRuns: 300 },
    );
  });

  it("mutated answers are accepted or explained by the schema, never thrown on", () => {
    fc.assert(
      fc.property(mutatedAnswersArb, (body) => {
        expect(bodyProblem(body)).toBeUndefined();
      }),
      { seed: SEED + 2, numRuns: 300 },
    );
  });

  it("damaged, truncated and garbled share links decode to answers or a problem", () => {
    fc.assert(
      fc.property(linkQueryArb, (query) => {
        expect(linkProblem(query)).toBeUndefined();
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it("a result link cut short at any character opens, or leads once to a page that opens", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(cutLinkProblem(answers)).toBeUndefined();
      }),
      { seed: SEED + 6, numRuns: 100 },
    );
  });

  it("the API handler answers every body, content type and method as the contract says", async () => {
    await fc.assert(
      fc.asyncProperty(apiCaseArb, async (c) => {
        expect(await handlerProblem(c)).toBeUndefined();
      }),
      { seed: SEED + 4, numRuns: 200 },
    );
  });

  it("the HTTP oracle rejects a server error, a wrong status and an unexplained 400", () => {
    const c: HttpCase = {
      kind: "api",
      method: "POST",
      path: "/api/assess",
      headers: {},
      expected: [400],
      error: "invalid-answers",
    };
    const json = "application/json";
    expect(httpProblem(c, { status: 500, contentType: json, body: "{}" })).toMatch(/server error/);
    expect(httpProblem(c, { status: 200, contentType: json, body: "{}" })).toMatch(/expected 400/);
    expect(
      httpProblem(c, { status: 400, contentType: json, body: '{"error":"invalid-answers"}' }),
    ).toMatch(/without issues/);
    expect(
      httpProblem(c, {
        status: 400,
        contentType: json,
        body: '{"error":"invalid-answers","issues":[{"path":"x","message":"errors.code"}]}',
      }),
    ).toMatch(/without a message/);
  });
});
