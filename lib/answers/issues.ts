/**
 * Zod issues as the contract names them: one per bad field, with a dotted path
 * (`services.0.code`, as react-hook-form names fields) and a message key under `errors.*`.
 */
import type * as z from "zod/mini";

import { hasSubtypes, isOneOf, SERVICE_CODES, subtypesOf } from "./options";
import { ERROR_KEYS, type ErrorKey } from "./schema";

export type AnswerIssue = {
  path: string;
  key: ErrorKey;
  /** What the message names: the unknown field's name. */
  params: Record<string, string>;
  /**
   * The values the field takes, where it takes one of a list: the wizard shows the list, so
   * its messages say "one of the listed…"; the API, which shows none, names them.
   */
  values?: readonly string[];
};

export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/**
 * The values an enum issue's field takes. A sub-type is one of its own service's (the
 * schema's sub-type enum has every service's), when the input says which service that is.
 */
function allowedValues(issue: z.core.$ZodIssue, input: unknown): readonly string[] | undefined {
  const values =
    issue.code === "invalid_value"
      ? issue.values
      : issue.code === "custom"
        ? (issue.params as { values?: unknown } | undefined)?.values
        : undefined;
  if (!Array.isArray(values) || !values.every((v) => typeof v === "string")) return undefined;
  const [services, index, field] = issue.path;
  if (services === "services" && typeof index === "number" && field === "subtypes") {
    const code: unknown = (input as { services?: Array<{ code?: unknown }> } | null)?.services?.[
      index
    ]?.code;
    if (isOneOf(SERVICE_CODES, code) && hasSubtypes(code)) return subtypesOf(code);
  }
  return values;
}

/** Errors that say a field should not be there at all. */
const NOT_ALLOWED: ReadonlySet<ErrorKey> = new Set(["subtypesNotAllowed", "ispAccessNotAllowed"]);

/**
 * A field that should not be there at all is named for that alone, not also for what is
 * wrong inside it (`"subtypes": "edi"` on B22 is to be removed, not made a list first).
 */
function withoutWhatIsToGo(issues: AnswerIssue[]): AnswerIssue[] {
  const toGo = issues.filter((issue) => NOT_ALLOWED.has(issue.key)).map((issue) => issue.path);
  if (toGo.length === 0) return issues;
  return issues.filter(
    ({ path, key }) =>
      NOT_ALLOWED.has(key) || !toGo.some((gone) => path === gone || path.startsWith(`${gone}.`)),
  );
}

/** `input`, when given, is what was parsed: it lets a sub-type's message name its own service's. */
export function toAnswerIssues(error: z.core.$ZodError, input?: unknown): AnswerIssue[] {
  return withoutWhatIsToGo(schemaIssues(error, input));
}

function schemaIssues(error: z.core.$ZodError, input?: unknown): AnswerIssue[] {
  return error.issues.flatMap((issue): AnswerIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((field) => ({
        path: dottedPath([...issue.path, field]),
        key: "unknownField",
        params: { field },
      }));
    }
    // Every schema error is customised; "invalid" would mean a schema that was not.
    const key: ErrorKey = isOneOf(ERROR_KEYS, issue.message) ? issue.message : "invalid";
    const values = allowedValues(issue, input);
    return [{ path: dottedPath(issue.path), key, params: {}, ...(values && { values }) }];
  });
}
