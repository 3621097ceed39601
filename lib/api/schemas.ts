/** The JSON the other API routes answer with, as zod schemas (for the OpenAPI document). */
import * as z from "zod/mini";

import { CitationSchema } from "@/lib/answers/result-schema";

export const RuleEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** What the rule says and when the check applies it, in a sentence or two. */
  summary: z.string(),
  level: z.enum(["service", "plan"]),
  unconfirmed: z.boolean(),
  citations: z.array(CitationSchema).check(z.minLength(1)),
});

export const RulesCatalogueSchema = z.object({
  rulesVersion: z.string(),
  rulesCheckedOn: z.iso.date(),
  rules: z.array(RuleEntrySchema),
});

export const HealthSchema = z.object({ status: z.literal("ok"), rulesVersion: z.string() });
