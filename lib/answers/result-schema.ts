/**
 * The result contract (API.md "Result") as zod schemas: the source of the OpenAPI document,
 * and what tests validate every scenario's result against. The rule library's own types
 * are checked against these (`satisfies`) where the result is built.
 */
import * as z from "zod/mini";

import { SERVICE_CODES } from "./options";
import { VERDICTS } from "./verdict";

export const VerdictSchema = z.enum(VERDICTS);

export const CitationSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleZh: z.optional(z.string()),
  article: z.optional(z.string()),
  articleZh: z.optional(z.string()),
  url: z.optional(z.url()),
  date: z.optional(z.iso.date()),
});

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const FindingSchema = z.object({
  ruleId: z.string(),
  outcome: z.enum(["met", "not-met", "condition", "info"]),
  message: z.string(),
  messageKey: z.string(),
  params: Params,
  unconfirmed: z.boolean(),
  citations: z.array(CitationSchema).check(z.minLength(1)),
});

export const PatchOpSchema = z.object({
  op: z.enum(["add", "replace", "remove"]),
  path: z.string(),
  value: z.optional(z.unknown()),
});

export const RemedySchema = z.object({
  serviceCode: z.optional(
    z
      .enum(SERVICE_CODES)
      .check(z.describe("The service the remedy is for; absent for the combined remedy.")),
  ),
  description: z.string(),
  steps: z.array(z.object({ messageKey: z.string(), params: Params, message: z.string() })),
  changes: z
    .array(PatchOpSchema)
    .check(
      z.minLength(1),
      z.describe("JSON Patch (RFC 6902) on the answers that were sent, applied in order."),
    ),
  resultingServiceVerdict: z.optional(
    VerdictSchema.check(
      z.describe(
        "Its service's verdict once the changes are made; absent for the combined remedy, and where the changes move the service into another company (it is then no longer in the plan).",
      ),
    ),
  ),
  resultingOverall: VerdictSchema,
});

export const ServiceResultSchema = z.object({
  code: z.enum(SERVICE_CODES),
  route: z.enum(["prohibited", "nationwide-open", "pilot", "nationwide-cap", "not-available"]),
  maxForeignSharePercent: z.union([z.literal(0), z.literal(50), z.literal(100)]),
  verdict: VerdictSchema,
  findings: z.array(FindingSchema),
});

export const ResultSchema = z.object({
  rulesVersion: z.string(),
  rulesCheckedOn: z.iso.date(),
  overall: VerdictSchema,
  maxForeignSharePercent: z.union([z.literal(0), z.literal(50), z.literal(100)]),
  limitingServices: z.array(z.enum(SERVICE_CODES)),
  services: z.array(ServiceResultSchema).check(z.minLength(1)),
  findings: z.array(FindingSchema),
  remedies: z.array(RemedySchema),
  links: z.object({ result: z.string() }),
});

export type Result = z.infer<typeof ResultSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type ResultRemedy = z.infer<typeof RemedySchema>;

export const ApiIssueSchema = z.object({ path: z.string(), message: z.string() });

/** The most issues one answer lists: enough to fix a form by, never a body of megabytes. */
export const MAX_API_ISSUES = 100;

export const ApiErrorSchema = z.object({
  error: z.enum([
    "invalid-answers",
    "invalid-json",
    "unsupported-media-type",
    "payload-too-large",
    "method-not-allowed",
    "request-too-large",
    "not-found",
    "invalid-address",
    "bad-request",
  ]),
  message: z.optional(z.string()),
  issues: z.optional(
    z
      .array(ApiIssueSchema)
      .check(
        z.maxLength(MAX_API_ISSUES),
        z.describe(
          `Each bad field, by dotted path, in the order found; at most ${MAX_API_ISSUES}.`,
        ),
      ),
  ),
  truncated: z.optional(
    z
      .literal(true)
      .check(
        z.describe(
          `Present (true) when the answers had more than ${MAX_API_ISSUES} issues and only the first ${MAX_API_ISSUES} are listed.`,
        ),
      ),
  ),
});
