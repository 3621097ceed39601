/** Step schemas for the questions asked per service. */
import * as z from "zod/mini";

import {
  CONTENT_CATEGORIES,
  MAX_FACILITIES,
  type CodeWithSubtypes,
  SUBTYPES_BY_CODE,
} from "../options";
import { CoverageSchema, IspAccessSchema, LocationSchema, TenureSchema } from "../schema";
import { blank } from "./blank";

const subtypeSteps = {
  B21: z.object({
    subtypes: z
      .array(z.enum(SUBTYPES_BY_CODE.B21, { error: "subtypeWrongCode" }), { error: "required" })
      .check(z.minLength(1, { error: "required" })),
  }),
  B25: z.object({
    subtypes: z
      .array(z.enum(SUBTYPES_BY_CODE.B25, { error: "subtypeWrongCode" }), { error: "required" })
      .check(z.minLength(1, { error: "required" })),
  }),
};

export function subtypesStep(code: CodeWithSubtypes) {
  return subtypeSteps[code];
}

/** "None of these" is its own answer, so an unticked form is never taken for "none". */
export const NO_CONTENT = "none";

export const ContentStep = z.object({
  content: z
    .array(z.enum([...CONTENT_CATEGORIES, NO_CONTENT], { error: "content" }), { error: "required" })
    .check(
      z.minLength(1, { error: "required" }),
      z.refine((values) => !(values.includes(NO_CONTENT) && values.length > 1), {
        error: "contentNoneAndSome",
      }),
    ),
});

export const FacilityRow = z.object({
  location: z.enum(LocationSchema.options, { error: "facilityLocation" }),
  tenure: z.enum(TenureSchema.options, { error: "tenure" }),
});

export const FacilitiesStep = z.object({
  facilities: z.array(FacilityRow).check(z.maxLength(MAX_FACILITIES, { error: "facilitiesMax" })),
});

export const CoverageStep = z.object({ coverage: blank(CoverageSchema) });
export const AccessStep = z.object({ ispAccess: blank(IspAccessSchema) });
