import type { FieldValues, UseFormReturn } from "react-hook-form";

import type { FieldError, QuestionProps } from "../types";
import type { EarlyInput } from "./early-input";

/** What each kind of field gets from the form: the question's props, the form and its messages. */
export type FieldProps = QuestionProps & {
  form: UseFormReturn<FieldValues>;
  early: EarlyInput;
  message: (e: FieldError) => string;
};
