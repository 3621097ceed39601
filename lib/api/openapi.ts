/**
 * The OpenAPI 3.1 document, generated from the zod schemas the routes use (never written
 * twice). OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod emits.
 */
import * as z from "zod/mini";

import { ApiErrorSchema, MAX_API_ISSUES, ResultSchema } from "@/lib/answers/result-schema";
import { AnswersSchema } from "@/lib/answers/schema";

import { API_ALLOW } from "./assess";
import { HealthSchema, RulesCatalogueSchema } from "./schemas";

function schema(source: z.core.$ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(source, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: string) => ({ "application/json": { schema: ref(name) } });
const error = (description: string) => ({ description, content: jsonContent("Error") });

/** 405 with the methods the route answers in `Allow` (API_ALLOW in lib/api/assess.ts). */
const methodNotAllowed = (allow: string) => ({
  ...error(`Any other method than ${allow}; the Allow header lists them`),
  headers: {
    Allow: {
      description: "The methods this route answers",
      schema: { type: "string", const: allow },
    },
  },
});

/** Answered by the server itself, before any route (lib/routing/oversized-heads.ts). */
const headTooLarge = error(
  "The request line and headers together are over the server's limit (16 KiB by default) (error: request-too-large)",
);

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "VATS Pilot Check API",
      version,
      description:
        "Assesses whether a planned value-added telecommunications business in mainland China may be foreign-owned under the 2024 opening pilot (MIIT Circular No. 107) and the 2024 Negative List. A self-assessment aid, not legal advice.",
    },
    paths: {
      "/api/assess": {
        post: {
          summary: "Assess a plan",
          requestBody: { required: true, content: jsonContent("Answers") },
          responses: {
            "200": { description: "The assessment", content: jsonContent("Result") },
            "400": error(
              `Invalid JSON (error: invalid-json) or invalid answers (error: invalid-answers, with issues: at most ${MAX_API_ISSUES}, and truncated: true when there were more)`,
            ),
            "405": methodNotAllowed(API_ALLOW["/api/assess"]),
            "413": error("A body over 64 KiB"),
            "415": error(
              "A content type other than application/json, or a compressed body (any Content-Encoding but identity; Accept-Encoding: identity says so)",
            ),
            "431": headTooLarge,
          },
        },
      },
      "/api/rules": {
        get: {
          summary: "The rule catalogue",
          responses: {
            "200": {
              description: "Every rule with its ID, title and citations",
              content: jsonContent("RulesCatalogue"),
            },
            "405": methodNotAllowed(API_ALLOW["/api/rules"]),
            "431": headTooLarge,
          },
        },
      },
      "/api/openapi.json": {
        get: {
          summary: "This document",
          responses: {
            "200": { description: "OpenAPI 3.1 document" },
            "405": methodNotAllowed(API_ALLOW["/api/openapi.json"]),
            "431": headTooLarge,
          },
        },
      },
      "/api/health": {
        get: {
          summary: "Liveness for load balancers",
          responses: {
            "200": { description: "Up", content: jsonContent("Health") },
            "405": methodNotAllowed(API_ALLOW["/api/health"]),
            "431": headTooLarge,
          },
        },
      },
    },
    components: {
      schemas: {
        Answers: schema(AnswersSchema, "input"),
        Result: schema(ResultSchema, "output"),
        Error: schema(ApiErrorSchema, "output"),
        RulesCatalogue: schema(RulesCatalogueSchema, "output"),
        Health: schema(HealthSchema, "output"),
      },
    },
  };
}
