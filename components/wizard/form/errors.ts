import type { FieldErrors } from "react-hook-form";

import type { FieldError } from "../types";

/** react-hook-form keeps errors in a tree; the summary lists them flat, in the form's order. */
export function flatErrors(errors: FieldErrors, prefix = ""): FieldError[] {
  const list: FieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "root") continue;
    const field = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && "message" in value && typeof value.message === "string") {
      list.push({ field, key: value.message });
    } else if (typeof value === "object") {
      list.push(...flatErrors(value as FieldErrors, field));
    }
  }
  return list;
}

export function serverErrorTree(errors: FieldError[]): FieldErrors {
  const tree: Record<string, unknown> = {};
  for (const { field, key } of errors) {
    const parts = field.split(".");
    let node = tree;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = { type: "server", message: key };
      else
        node = (node[part] ??= /^\d+$/.test(parts[i + 1] ?? "") ? [] : {}) as Record<
          string,
          unknown
        >;
    });
  }
  return tree as FieldErrors;
}
