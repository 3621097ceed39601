import * as z from "zod/mini";

/** An unanswered radio arrives as "" or null from a form: it is a missing answer, not a wrong one. */
export function blank<T extends z.core.$ZodType>(schema: T) {
  // The schema validates whatever the form holds; its declared input type says nothing here.
  const anyInput = schema as unknown as z.core.$ZodType<z.core.output<T>, unknown>;
  return z.pipe(
    z.transform((value: unknown): unknown => (value === "" || value === null ? undefined : value)),
    anyInput,
  );
}
