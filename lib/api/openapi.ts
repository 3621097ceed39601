/**
 * The OpenAPI 3.1 document, generated from the zod schemas the routes use (never written
 * twice). OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod emits.
 */
import * as z from "zod/mini";

import { ApiErrorSchema, MAX_API_ISSUES, ResultSchema } from "@/lib/answers/result-schema";
import { hasSubtypes, SERVICE_CODES, subtypesOf } from "@/lib/answers/options";
import { AnswersSchema, ServiceSchema, ServicesSchema } from "@/lib/answers/schema";
import { API_EXAMPLE } from "@/lib/rules/api-example";

import { API_ALLOW, MAX_BODY_BYTES } from "./assess";
import { HealthSchema, RulesCatalogueSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;
type Override = (ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) => void;

function schema(source: z.core.$ZodType, io: "input" | "output", override?: Override): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(source, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    ...(override && { override: override as never }),
  });
  return rest;
}

const CODES_WITH_SUBTYPES = SERVICE_CODES.filter(hasSubtypes);
const CODES_WITHOUT_SUBTYPES = SERVICE_CODES.filter((code) => !hasSubtypes(code));
const codeIs = (code: unknown) => ({ required: ["code"], properties: { code } });

/**
 * What the answers schema checks across fields (its `superRefine`s), as JSON Schema built from
 * the same option lists, so that the document refuses what the API refuses: sub-types (1+, of
 * the code's own) for B21 and B25 and none for the others, coverage and access required for
 * B14 and access for no other, no value twice in a list, each service code once. Fuzzed
 * against zod in openapi.test.ts. And the defaults API.md states, which the answers take when
 * a field is left out.
 */
const answersRefinements: Override = ({ zodSchema, jsonSchema }) => {
  if (zodSchema === ServiceSchema) {
    const properties = jsonSchema.properties as Record<string, JsonSchema>;
    Object.assign(properties.subtypes ?? {}, { uniqueItems: true });
    Object.assign(properties.content ?? {}, { uniqueItems: true, default: [] });
    Object.assign(properties.coverage ?? {}, { default: "nationwide" });
    jsonSchema.allOf = [
      ...CODES_WITH_SUBTYPES.map((code) => ({
        if: codeIs({ const: code }),
        then: {
          required: ["subtypes"],
          properties: { subtypes: { minItems: 1, items: { enum: [...subtypesOf(code)] } } },
        },
      })),
      { if: codeIs({ enum: CODES_WITHOUT_SUBTYPES }), then: { not: { required: ["subtypes"] } } },
      {
        if: codeIs({ const: "B14" }),
        then: { required: ["coverage", "ispAccess"] },
        else: { not: { required: ["ispAccess"] } },
      },
    ];
  }
  if (zodSchema === ServicesSchema) {
    jsonSchema.allOf = SERVICE_CODES.map((code) => ({
      contains: codeIs({ const: code }),
      minContains: 0,
      maxContains: 1,
    }));
  }
};

/**
 * API.md: "Fields may be added; none of these may be renamed or change meaning." zod writes
 * `additionalProperties: false` for every object it outputs, which would make a client that
 * validates responses by this document reject the next version's added field. Answers stay
 * closed (an unknown field is invalid input); what the API answers is open. openapi.test.ts
 * checks every result against the closed form too, so no field goes undescribed.
 */
export function allowAddedFields<T>(node: T): T {
  if (Array.isArray(node)) return node.map(allowAddedFields) as T;
  if (node === null || typeof node !== "object") return node;
  const open: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "additionalProperties" && value === false) continue;
    open[key] = allowAddedFields(value);
  }
  return open as T;
}

const response = (source: z.core.$ZodType) => allowAddedFields(schema(source, "output"));

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

/** Refused before any route: an address or a request that cannot be read. */
const UNREADABLE =
  "an address whose percent-encoding is broken (error: invalid-address); a request that does not follow HTTP's syntax, such as a Content-Length that is not a number or is sent twice (error: bad-request)";

/** A GET route's 400: nothing in a GET request is read but its address and headers. */
const unreadable = error(UNREADABLE.charAt(0).toUpperCase() + UNREADABLE.slice(1));

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
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: ref("Answers"),
                examples: {
                  "api-md": {
                    summary:
                      "API.md's example: a wholly foreign-owned CDN and app store registered in Hainan",
                    value: API_EXAMPLE,
                  },
                },
              },
            },
          },
          responses: {
            "200": { description: "The assessment", content: jsonContent("Result") },
            "400": error(
              `Invalid JSON, or JSON not in UTF-8 (error: invalid-json); invalid answers, a member named twice in one object among them (error: invalid-answers, with issues: at most ${MAX_API_ISSUES}, and truncated: true when there were more); ${UNREADABLE}`,
            ),
            "405": methodNotAllowed(API_ALLOW["/api/assess"]),
            "413": error(
              `A body over ${MAX_BODY_BYTES / 1024} KiB, with or without Content-Length (error: payload-too-large)`,
            ),
            "415": error(
              "A content type other than application/json, a charset other than UTF-8, or a compressed body (any Content-Encoding but identity; Accept-Encoding: identity says so) (error: unsupported-media-type)",
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
              description: "Every rule with its ID, title, summary and citations",
              content: jsonContent("RulesCatalogue"),
            },
            "400": unreadable,
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
            "400": unreadable,
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
            "400": unreadable,
            "405": methodNotAllowed(API_ALLOW["/api/health"]),
            "431": headTooLarge,
          },
        },
      },
    },
    components: {
      schemas: {
        Answers: schema(AnswersSchema, "input", answersRefinements),
        Result: response(ResultSchema),
        Error: response(ApiErrorSchema),
        RulesCatalogue: response(RulesCatalogueSchema),
        Health: response(HealthSchema),
      },
    },
  };
}
