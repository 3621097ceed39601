import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

import { translatorFor } from "@/lib/i18n/translator";
import { toResult } from "@/lib/result/build";
import { headTooLarge } from "@/lib/routing/oversized-heads";
import { assess } from "@/lib/rules";
import { API_EXAMPLE, SCENARIOS } from "@/lib/rules/scenarios";

import { API_ALLOW } from "./assess";
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
