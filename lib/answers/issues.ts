/**
 * Zod issues as the contract names them: one per bad field, with a dotted path
 * (`services.0.code`, as react-hook-form names fields) and a message key under `errors.*`.
 */
import type * as z from "zod/mini";

import { ERROR_KEYS, type ErrorKey } from "./schema";

export type AnswerIssue = {
  path: string;
  key: ErrorKey;
  /** What the message names: the unknown field's name. */
  params: Record<string, string>;
};

function isErrorKey(message: string): message is ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(message);
}

export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

export function toAnswerIssues(error: z.core.$ZodError): AnswerIssue[] {
  return error.issues.flatMap((issue): AnswerIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((field) => ({
        path: dottedPath([...issue.path, field]),
        key: "unknownField",
        params: { field },
      }));
    }
    // Every schema error is customised; "invalid" would mean a schema that was not.
    const key: ErrorKey = isErrorKey(issue.message) ? issue.message : "invalid";
    return [{ path: dottedPath(issue.path), key, params: {} }];
  });
}
