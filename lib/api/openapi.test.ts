import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";

import { ResultSchema } from "@/lib/answers/result-schema";
import { AnswersSchema } from "@/lib/answers/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { toResult } from "@/lib/result/build";
import { headTooLarge } from "@/lib/routing/oversized-heads";
import { refuseRequest } from "@/lib/routing/refuse";
import { assess } from "@/lib/rules";
import { API_EXAMPLE, SCENARIOS } from "@/lib/rules/scenarios";
import { answersArb, mutatedAnswersArb } from "@/tests/fuzz/arbitraries";

import { API_ALLOW, handleAssess, methodNotAllowed } from "./assess";
import { openApiDocument } from "./openapi";
import { rulesCatalogue } from "./rules";

const doc = openApiDocument("test") as {
  openapi: string;
  components: { schemas: Record<string, object> };
  paths: Record<string, unknown>;
};

function validator(name: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // Every component is addressable by its OpenAPI reference.
  ajv.addSchema({ $id: "openapi", components: doc.components });
  return ajv.compile({ $ref: `openapi#/components/schemas/${name}` });
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the contract's paths", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/assess", "/api/rules", "/api/openapi.json"]),
    );
  });

  it("gives every 405 the Allow header its route sends, and describes the 431 error", async () => {
    const paths = doc.paths as Record<
      string,
      Record<
        string,
        { responses: Record<string, { headers?: Record<string, { schema: unknown }> }> }
      >
    >;
    for (const [path, allow] of Object.entries(API_ALLOW)) {
      const operations = Object.values(paths[path] ?? {});
      expect(operations.length, path).toBeGreaterThan(0);
      for (const operation of operations) {
        expect(operation.responses["405"]?.headers?.["Allow"]?.schema, path).toEqual({
          type: "string",
          const: allow,
        });
        expect(operation.responses["431"], path).toBeDefined();
      }
    }
    const body = await headTooLarge(
      { method: "GET", pathname: "/api/rules", acceptLanguage: null },
      "n",
    ).json();
    expect(validator("Error")(body)).toBe(true);
  });

  it("describes the answers as the zod schema does: no unknown fields, shares 0..100", () => {
    const answers = validator("Answers");
    expect(answers(API_EXAMPLE)).toBe(true);
    expect(answers({ ...API_EXAMPLE, extra: 1 })).toBe(false);
    expect(
      answers({
        ...API_EXAMPLE,
        investor: { origin: "other", foreignSharePercent: 101 },
      }),
    ).toBe(false);
  });

  it("validates every scenario's result", () => {
    const result = validator("Result");
    const t = translatorFor("en");
    for (const scenario of SCENARIOS) {
      const valid = result(toResult(scenario.answers, assess(scenario.answers), t));
      expect(valid, `${scenario.name}: ${JSON.stringify(result.errors)}`).toBe(true);
    }
  });

  it("describes an error's issues as at most 100, with truncated when there were more", () => {
    const error = validator("Error");
    const issue = { path: "x", message: "“x” is not a field of the answers." };
    const issues = Array.from({ length: 100 }, () => issue);
    expect(error({ error: "invalid-answers", issues, truncated: true })).toBe(true);
    expect(error({ error: "invalid-answers", issues: [...issues, issue] })).toBe(false);
    expect(error({ error: "invalid-answers", issues, truncated: false })).toBe(false);
  });

  it("validates the rule catalogue", () => {
    const catalogue = validator("RulesCatalogue");
    expect(catalogue(rulesCatalogue(translatorFor("en")))).toBe(true);
  });

  it("rejects a result that breaks the contract", () => {
    const result = validator("Result");
    const good = toResult(API_EXAMPLE, assess(API_EXAMPLE), translatorFor("en"));
    expect(result({ ...good, overall: "maybe" })).toBe(false);
    expect(
      result({ ...good, services: [{ ...good.services[0], maxForeignSharePercent: 49 }] }),
    ).toBe(false);
  });
});

describe("the answers the document describes are the answers the API takes", () => {
  const answers = validator("Answers");
  const zodSays = (input: unknown) => AnswersSchema.safeParse(input).success;
  const service = (fields: Record<string, unknown>) => ({
    ...API_EXAMPLE,
    services: [{ facilities: [], ...fields }],
  });

  it.each([
    ["B21 without sub-types", service({ code: "B21" })],
    ["B21 with no sub-type", service({ code: "B21", subtypes: [] })],
    ["B21 with a B25 sub-type", service({ code: "B21", subtypes: ["search"] })],
    ["B25 with a B21 sub-type", service({ code: "B25", subtypes: ["ecommerce"] })],
    ["B22 with sub-types", service({ code: "B22", subtypes: [] })],
    ["a sub-type twice", service({ code: "B21", subtypes: ["edi", "edi"] })],
    ["content twice", service({ code: "B22", content: ["news", "news"] })],
    ["B14 without coverage", service({ code: "B14", ispAccess: "basic-operator" })],
    ["B14 without its access", service({ code: "B14", coverage: "pilot-area" })],
    ["an access method on a CDN", service({ code: "B12", ispAccess: "own-network" })],
    [
      "a service code twice",
      { ...API_EXAMPLE, services: [API_EXAMPLE.services[0], API_EXAMPLE.services[0]] },
    ],
  ])("refuses %s, as the API does", (_, input) => {
    expect(zodSays(input)).toBe(false);
    expect(answers(input)).toBe(false);
  });

  it.each([
    ["B21 with two of its sub-types", service({ code: "B21", subtypes: ["edi", "ecommerce"] })],
    ["B25 with music", service({ code: "B25", subtypes: ["search"], content: ["online-music"] })],
    ["B14 with both", service({ code: "B14", coverage: "nationwide", ispAccess: "own-network" })],
    ["coverage on a CDN", service({ code: "B12", coverage: "pilot-area" })],
  ])("accepts %s, as the API does", (_, input) => {
    expect(zodSays(input)).toBe(true);
    expect(answers(input)).toBe(true);
  });

  it("agrees with the zod schema on generated and mutated answers", () => {
    fc.assert(
      fc.property(fc.oneof(answersArb, mutatedAnswersArb, mutatedAnswersArb), (input) => {
        expect(answers(input), JSON.stringify(input)).toBe(zodSays(input));
      }),
      { seed: 20261129, numRuns: 500 },
    );
    // A few seconds alone; more on a machine other work shares.
  }, 60_000);

  /** A value deep in the document, by its keys. */
  const at = (keys: string[]): unknown =>
    keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc);

  it("states the defaults API.md gives: no content, customers nationwide", () => {
    const fields = ["components", "schemas", "Answers", "properties", "services", "items"];
    expect(at([...fields, "properties", "content", "default"])).toEqual([]);
    expect(at([...fields, "properties", "coverage", "default"])).toBe("nationwide");
  });

  it("gives API.md's example as the request's example, and it is valid answers", () => {
    const example = at([
      "paths",
      "/api/assess",
      "post",
      "requestBody",
      "content",
      "application/json",
      "examples",
      "api-md",
      "value",
    ]);
    expect(example).toEqual(API_EXAMPLE);
    expect(answers(example)).toBe(true);
    expect(zodSays(example)).toBe(true);
  });
});

describe("what the API answers, as the document describes it", () => {
  const t = translatorFor("en");
  const good = toResult(API_EXAMPLE, assess(API_EXAMPLE), t);

  // API.md: "Fields may be added". A client that validates against this document must not
  // break on the next version's added field.
  it("leaves room for fields a later version adds", () => {
    const result = validator("Result");
    expect(result({ ...good, addedLater: true })).toBe(true);
    const [first] = good.services;
    expect(
      result({ ...good, services: [{ ...first, findings: [{ ...first!.findings[0], x: 1 }] }] }),
    ).toBe(true);
    expect(validator("RulesCatalogue")({ ...rulesCatalogue(t), addedLater: 1 })).toBe(true);
    expect(validator("Error")({ error: "invalid-json", message: "m", addedLater: 1 })).toBe(true);
  });

  it("holds no field the contract's schema does not describe", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const closed = ajv.compile(z.toJSONSchema(ResultSchema, { io: "output" }));
    for (const scenario of SCENARIOS) {
      const valid = closed(toResult(scenario.answers, assess(scenario.answers), t));
      expect(valid, `${scenario.name}: ${JSON.stringify(closed.errors)}`).toBe(true);
    }
    expect(closed({ ...good, addedLater: true })).toBe(false);
  });

  it("describes every error body the API sends", async () => {
    const error = validator("Error");
    const post = (body: string, headers: Record<string, string> = {}) =>
      handleAssess(
        new Request("https://check.test/api/assess", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body,
        }),
      );
    const line = { method: "GET", acceptLanguage: null };
    const responses = [
      await post("{}"),
      await post("{"),
      await post("x".repeat(70_000)),
      await post("{}", { "content-type": "text/plain" }),
      await post("{}", { "content-encoding": "gzip" }),
      methodNotAllowed(null, "POST"),
      refuseRequest({ ...line, pathname: "/api/nope" }, "n")!,
      refuseRequest({ ...line, pathname: "/api/assess%FF" }, "n")!,
      headTooLarge({ ...line, pathname: "/api/assess" }, "n"),
    ];
    const kinds = new Set<string>();
    for (const response of responses) {
      const body = await response.json();
      kinds.add(body.error);
      expect(error(body), `${response.status} ${JSON.stringify(error.errors)}`).toBe(true);
    }
    expect([...kinds].sort()).toEqual(
      [
        "invalid-address",
        "invalid-answers",
        "invalid-json",
        "method-not-allowed",
        "not-found",
        "payload-too-large",
        "request-too-large",
        "unsupported-media-type",
      ].sort(),
    );
  });
});
