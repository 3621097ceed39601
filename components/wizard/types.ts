import type { StepSchemaId } from "@/lib/answers/steps/registry";

export type Option = {
  value: string;
  label: string;
  hint?: string;
  exclusive?: boolean;
  /** The legal name in the other language, beside the label. */
  aside?: { text: string; lang?: string };
};

export type FieldError = { field: string; key: string };

/** What a question form needs, all of it serialisable: the server decides every string. */
export type QuestionProps = {
  kind: "radios" | "checkboxes" | "share" | "facilities";
  /** The field's name, as react-hook-form and the query string know it. */
  name: string;
  schemaId: StepSchemaId;
  action: string;
  hidden: Array<[string, string]>;
  title: string;
  hint: string;
  options: Option[];
  defaultValues: Record<string, unknown>;
  serverErrors: FieldError[];
  /** Error message by key ("required" is said in this question's own words). */
  errorText: Record<string, string>;
  text: {
    continue: string;
    errorSummaryTitle: string;
    /** The page's title while it shows an error summary: "Error: {title}". */
    errorTitle: string;
    /** Read before each error message by screen readers: "Error:". */
    errorPrefix: string;
    /** "Facility {number}: {message}" */
    rowError: string;
    shareLabel: string;
    shareSuffix: string;
    facility: string;
    location: string;
    tenure: string;
    choose: string;
    add: string;
    remove: string;
    removeLabel: string;
    max: string;
    or: string;
  };
  locationOptions: Option[];
  tenureOptions: Option[];
};
