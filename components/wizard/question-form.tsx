"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { type FieldValues, useForm } from "react-hook-form";

import { SUBMITTED_PARAM } from "@/lib/wizard/params";

import { REFUSED_ATTRIBUTE, recordEntries, useCarriedEntries } from "./form/carried-entries";
import { ChoiceField } from "./form/choice-field";
import { useEarlyInput } from "./form/early-input";
import { flatErrors, serverErrorTree } from "./form/errors";
import { FacilitiesField } from "./form/facilities-field";
import { fill } from "./form/fill";
import { useLazyResolver } from "./form/resolver";
import { ShareField } from "./form/share-field";
import type { FieldError, Option, QuestionProps } from "./types";

/**
 * When the form checks its answers before the user continues. A page the server found wrong
 * has been submitted already: as after a submission here, each change is checked at once,
 * and leaving a field changes nothing. A question is otherwise checked as the user leaves it,
 * except the facilities: a row is not wrong for being blank before the user continues (a
 * row just added would be), and a row's messages, several lines in its narrow columns, could
 * not have their height reserved without a gap above every choice of every row.
 */
function validationMode(kind: QuestionProps["kind"], serverErrors: boolean) {
  if (serverErrors) return "onChange";
  return kind === "facilities" ? "onSubmit" : "onTouched";
}

/**
 * The page's title with and without the "Error: " the server gives a page in error, from
 * the title the page has now (which may be either), as the server would write both.
 */
function pageTitles(current: string, question: string, template: string) {
  const errored = fill(template, { title: question });
  if (current.includes(errored))
    return { plain: current.replace(errored, question), errored: current };
  if (current.includes(question))
    return { plain: current, errored: current.replace(question, errored) };
  return { plain: current, errored: fill(template, { title: current }) };
}

/** The id of the first control of a field: where an error summary link takes the user. */
function controlId(name: string, options: Option[]): string {
  const id = name.replaceAll(".", "-");
  return options[0] ? `${id}-${options[0].value}` : id;
}

export function QuestionForm(props: QuestionProps) {
  const { kind, name, action, hidden, options, serverErrors, errorText, text } = props;
  const summaryRef = useRef<HTMLDivElement>(null);
  // react-hook-form sets its errors to these again whenever the object changes: one object,
  // so that the errors the user has since fixed stay fixed.
  const [errorTree] = useState(() =>
    serverErrors.length > 0 ? serverErrorTree(serverErrors) : undefined,
  );
  const form = useForm<FieldValues>({
    resolver: useLazyResolver(props.schemaId),
    defaultValues: props.defaultValues,
    errors: errorTree,
    mode: validationMode(kind, errorTree !== undefined),
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const early = useEarlyInput(form);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = flatErrors(form.formState.errors);
  // The summary lists the fields found wrong by the last submission (the server's, or the
  // form's), for as long as they are wrong: a message that comes on blur stays inline.
  const [summarised, setSummarised] = useState(() => serverErrors.map((e) => e.field));
  const summaryErrors = errors.filter((e) => summarised.includes(e.field));
  const inError = summaryErrors.length > 0;

  // A page that arrives with errors (submitted without JavaScript) starts at its summary: the
  // browser has focused it already (its autofocus), unless it ignores that. A reader who has
  // moved on from it before the script ran (to a field, say) is not taken back.
  useEffect(() => {
    if (serverErrors.length > 0 && document.activeElement === document.body)
      summaryRef.current?.focus();
  }, [serverErrors.length]);

  // The title says "Error: " while the summary does, as the server's page in error does.
  const titles = useRef<ReturnType<typeof pageTitles>>(null);
  useEffect(() => {
    titles.current ??= pageTitles(document.title, props.title, text.errorTitle);
    document.title = inError ? titles.current.errored : titles.current.plain;
  }, [inError, props.title, text.errorTitle]);

  // After a submission with errors, focus moves to the summary once a render has put it on
  // the page. react-hook-form publishes the errors only after its invalid callback returns,
  // so a frame callback from there could run before React had rendered them, find no
  // summary, and leave focus on the button (seen once in the e2e tests on a busy machine).
  const summaryFocusPending = useRef(false);
  const [, requestSummaryFocus] = useState(0);
  useEffect(() => {
    if (summaryFocusPending.current && summaryRef.current) {
      summaryFocusPending.current = false;
      summaryRef.current.focus();
    }
  });

  const message = (error: FieldError): string => {
    const textOf = errorText[error.key] ?? errorText.invalid ?? error.key;
    const row = /^facilities\.(\d+)\./.exec(error.field);
    return row ? fill(text.rowError, { number: Number(row[1]) + 1, message: textOf }) : textOf;
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field);

  const carried = useCarriedEntries(formRef, action, early);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Valid: let the browser submit the form as it would without JavaScript (the server
    // redirects to the next step). Invalid: stay, and move focus to the summary.
    const form_ = event.currentTarget;
    void form.handleSubmit(
      () => {
        carried.leave();
        recordEntries(form_, action);
        form_.submit();
      },
      (invalid) => {
        setSummarised(flatErrors(invalid).map((e) => e.field));
        summaryFocusPending.current = true;
        requestSummaryFocus((n) => n + 1);
      },
    )(event);
  };

  return (
    <form
      ref={formRef}
      method="get"
      action={action}
      noValidate
      onSubmit={onSubmit}
      {...(inError && { [REFUSED_ATTRIBUTE]: "" })}
    >
      {inError && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          // The server's page in error starts at its summary even before (or without) its
          // script: the browser focuses it as the page loads.
          autoFocus={serverErrors.length > 0}
          role="alert"
          aria-labelledby="error-summary-title"
          className="mb-8 border-4 border-stop p-4"
        >
          <h2 id="error-summary-title" className="mb-3 text-xl font-bold">
            {text.errorSummaryTitle}
          </h2>
          <ul className="space-y-1">
            {summaryErrors.map((error) => (
              <li key={error.field}>
                <a
                  href={`#${fieldAnchor(error.field, kind, name, options)}`}
                  className="font-bold text-stop visited:text-stop"
                >
                  {message(error)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {hidden.map(([key, value]) => (
        <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
      ))}
      <input type="hidden" name={SUBMITTED_PARAM} value="1" />
      {kind === "share" && (
        <ShareField form={form} early={early} {...props} error={errorFor(name)} message={message} />
      )}
      {(kind === "radios" || kind === "checkboxes") && (
        <ChoiceField
          form={form}
          early={early}
          {...props}
          error={errorFor(name)}
          message={message}
        />
      )}
      {kind === "facilities" && (
        <FacilitiesField
          form={form}
          early={early}
          {...props}
          errorFor={errorFor}
          message={message}
        />
      )}
      <button type="submit" className="btn mt-6">
        {text.continue}
      </button>
    </form>
  );
}

function fieldAnchor(
  field: string,
  kind: QuestionProps["kind"],
  name: string,
  options: Option[],
): string {
  if (kind === "facilities") return field.replaceAll(".", "-");
  return kind === "share" ? name : controlId(name, options);
}
