/**
 * The answers contract (API.md "Answers") as zod schemas: the one validation every door uses
 * (wizard steps, share links, the JSON API) and the source of the OpenAPI document.
 *
 * Written with `zod/mini` so that a wizard step can import only the pieces it needs and stay
 * within its JavaScript budget. Errors are message keys under `errors.*` of the message
 * catalogue, never prose: `lib/answers/issues` turns them into `{ path, message }`.
 */
import * as z from "zod/mini";

import {
  CONTENT_CATEGORIES,
  COVERAGES,
  ISP_ACCESS,
  LOCATIONS,
  MAX_FACILITIES,
  MAX_SERVICES,
  ORIGINS,
  SERVICE_CODES,
  SUBTYPES,
  TENURES,
  hasSubtypes,
  isOneOf,
  subtypesOf,
} from "./options";

/** Every error this schema can produce, as a message key (`errors.<kind>`). */
export const ERROR_KEYS = [
  "required",
  "notObject",
  "notArray",
  "unknownField",
  "origin",
  "shareNotNumber",
  "shareRange",
  "sharePrecision",
  "shareComma",
  "location",
  "code",
  "servicesMin",
  "servicesMax",
  "duplicateCode",
  "subtypesRequired",
  "subtypesNotAllowed",
  "subtype",
  "subtypeWrongCode",
  "duplicateSubtype",
  "content",
  "duplicateContent",
  "facilitiesMax",
  "facilityLocation",
  "tenure",
  "coverage",
  "coverageRequired",
  "ispAccess",
  "ispAccessRequired",
  "ispAccessNotAllowed",
  "invalid",
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

type RawIssue = { code: string; input?: unknown };

/** Missing fields read "required"; present but wrong ones read the field's own message. */
function fieldError(key: ErrorKey) {
  return {
    error: (issue: RawIssue): ErrorKey => (issue.input === undefined ? "required" : key),
  };
}

const objectError = {
  error: (issue: RawIssue): ErrorKey =>
    issue.code === "unrecognized_keys"
      ? "unknownField"
      : issue.input === undefined
        ? "required"
        : "notObject",
};

/** An array of at most `max` items; beyond it only a duplicate can explain the excess. */
function list<T extends z.core.SomeType>(
  item: T,
  min: number,
  max: number,
  keys: { min?: ErrorKey; max: ErrorKey },
) {
  const checks: z.core.$ZodCheck<unknown[]>[] = [z.maxLength(max, { error: keys.max })];
  if (min > 0) checks.unshift(z.minLength(min, { error: keys.min ?? "required" }));
  return z.array(item, fieldError("notArray")).check(...checks);
}

export const OriginSchema = z.enum(ORIGINS, fieldError("origin"));

/** Direct and indirect holdings together; how indirect ones are counted is for counsel. */
export const ForeignShareSchema = z
  .number({
    // JSON's 1e400 reads as Infinity, a number zod's type check refuses: it is out of range.
    error: (issue: RawIssue): ErrorKey =>
      issue.input === undefined
        ? "required"
        : typeof issue.input === "number" && !Number.isNaN(issue.input)
          ? "shareRange"
          : "shareNotNumber",
  })
  .check(z.gte(0, { error: "shareRange" }), z.lte(100, { error: "shareRange" }));

export const LocationSchema = z.enum(LOCATIONS, fieldError("location"));
export const ServiceCodeSchema = z.enum(SERVICE_CODES, fieldError("code"));
export const SubtypeSchema = z.enum(SUBTYPES, fieldError("subtype"));
export const ContentSchema = z.enum(CONTENT_CATEGORIES, fieldError("content"));
export const TenureSchema = z.enum(TENURES, fieldError("tenure"));
export const CoverageSchema = z.enum(COVERAGES, fieldError("coverage"));
export const IspAccessSchema = z.enum(ISP_ACCESS, fieldError("ispAccess"));

export const FacilitySchema = z.strictObject(
  {
    location: z.enum(LOCATIONS, fieldError("facilityLocation")),
    tenure: TenureSchema,
  },
  objectError,
);

export const InvestorSchema = z.strictObject(
  { origin: OriginSchema, foreignSharePercent: ForeignShareSchema },
  objectError,
);

export const CompanySchema = z.strictObject({ registeredIn: LocationSchema }, objectError);

type Ctx = {
  addIssue: (issue: {
    code: "custom";
    message: ErrorKey;
    path: PropertyKey[];
    input: unknown;
    /** `values`: the values the field takes here, for a message that lists them. */
    params?: { values: readonly string[] };
  }) => void;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Each repeat of a valid value (a wrong one has its own error already). */
function flagDuplicates(
  values: readonly unknown[],
  valid: readonly string[],
  path: PropertyKey[],
  key: ErrorKey,
  ctx: Ctx,
) {
  values.forEach((value, index) => {
    if (isOneOf(valid, value) && values.indexOf(value) !== index)
      ctx.addIssue({ code: "custom", message: key, path: [...path, index], input: value });
  });
}

/**
 * The checks across fields run even where a field is wrong (zod skips them by default once
 * one is): one answer names every bad field (API.md), not the next one each time the last is
 * put right. So they read the value as sent, and say nothing of a field whose own error
 * already does.
 */
const evenWithFieldErrors = { when: () => true };

/** Sub-types where the code has them, B14's coverage and access, each list's repeats. */
function checkService(service: unknown, ctx: Ctx) {
  if (!isRecord(service) || !isOneOf(SERVICE_CODES, service.code)) return;
  const { code, subtypes, content } = service;
  const issue = (message: ErrorKey, path: PropertyKey[], input: unknown) =>
    ctx.addIssue({ code: "custom", message, path, input });
  if (hasSubtypes(code)) {
    if (subtypes === undefined || (Array.isArray(subtypes) && subtypes.length === 0))
      issue("subtypesRequired", ["subtypes"], subtypes);
    if (Array.isArray(subtypes)) {
      const allowed: readonly string[] = subtypesOf(code);
      subtypes.forEach((subtype, index) => {
        if (isOneOf(SUBTYPES, subtype) && !allowed.includes(subtype))
          ctx.addIssue({
            code: "custom",
            message: "subtypeWrongCode",
            path: ["subtypes", index],
            input: subtype,
            params: { values: allowed },
          });
      });
      flagDuplicates(subtypes, SUBTYPES, ["subtypes"], "duplicateSubtype", ctx);
    }
  } else if (subtypes !== undefined) {
    issue("subtypesNotAllowed", ["subtypes"], subtypes);
  }
  if (Array.isArray(content))
    flagDuplicates(content, CONTENT_CATEGORIES, ["content"], "duplicateContent", ctx);
  if (code === "B14") {
    if (service.coverage === undefined) issue("coverageRequired", ["coverage"], undefined);
    if (service.ispAccess === undefined) issue("ispAccessRequired", ["ispAccess"], undefined);
  } else if (service.ispAccess !== undefined) {
    issue("ispAccessNotAllowed", ["ispAccess"], service.ispAccess);
  }
}

export const ServiceSchema = z
  .strictObject(
    {
      code: ServiceCodeSchema,
      subtypes: z.optional(list(SubtypeSchema, 0, SUBTYPES.length, { max: "duplicateSubtype" })),
      content: z.optional(
        list(ContentSchema, 0, CONTENT_CATEGORIES.length, { max: "duplicateContent" }),
      ),
      facilities: list(FacilitySchema, 0, MAX_FACILITIES, { max: "facilitiesMax" }),
      coverage: z.optional(CoverageSchema),
      ispAccess: z.optional(IspAccessSchema),
    },
    objectError,
  )
  .check(z.superRefine<unknown>(checkService, evenWithFieldErrors));

export const ServicesSchema = list(ServiceSchema, 1, MAX_SERVICES, {
  min: "servicesMin",
  max: "servicesMax",
}).check(
  z.superRefine<unknown>((services, ctx) => {
    if (!Array.isArray(services)) return;
    const codes = services.map((service: unknown) =>
      isRecord(service) ? service.code : undefined,
    );
    codes.forEach((code, index) => {
      if (isOneOf(SERVICE_CODES, code) && codes.indexOf(code) !== index)
        ctx.addIssue({
          code: "custom",
          message: "duplicateCode",
          path: [index, "code"],
          input: code,
        });
    });
  }, evenWithFieldErrors),
);

export const AnswersSchema = z.strictObject(
  { investor: InvestorSchema, company: CompanySchema, services: ServicesSchema },
  objectError,
);

export type Answers = z.infer<typeof AnswersSchema>;
export type Service = Answers["services"][number];
export type Facility = Service["facilities"][number];
