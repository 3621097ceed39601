"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  type FormEvent,
  type RefCallback,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import {
  type FieldErrors,
  type FieldValues,
  type Resolver,
  useFieldArray,
  useForm,
  type UseFormReturn,
} from "react-hook-form";

import type { StepSchemaId } from "@/lib/answers/steps/registry";
import type { AppLocale } from "@/lib/i18n/routing";
import { languageHref, presenterHref } from "@/lib/present/switches";
import {
  ACTION_PARAM,
  ENTERED_PARAM,
  FACILITY_ADD_ID,
  facilityRowId,
  SUBMITTED_PARAM,
} from "@/lib/wizard/params";

import type { FieldError, Option, QuestionProps } from "./types";

const MAX_ROWS = 50;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/**
 * The step's zod schema, loaded after the page has become interactive rather than with it:
 * zod's core is most of a form's JavaScript, and the page works without it until the user
 * first leaves a field. The same schema object validates on the server.
 */
const resolvers = new Map<StepSchemaId, Promise<Resolver<FieldValues>>>();

function loadResolver(id: StepSchemaId): Promise<Resolver<FieldValues>> {
  let resolver = resolvers.get(id);
  if (!resolver) {
    resolver = import("@/lib/answers/steps/registry").then(
      // One form component serves every step, so the resolver is typed for any field values.
      ({ stepSchema }) => zodResolver(stepSchema(id) as never) as unknown as Resolver<FieldValues>,
    );
    resolvers.set(id, resolver);
  }
  return resolver;
}

function useLazyResolver(id: StepSchemaId): Resolver<FieldValues> {
  const [resolver] = useState(() => {
    const lazy: Resolver<FieldValues> = async (values, context, options) =>
      (await loadResolver(id))(values, context, options);
    return lazy;
  });
  useEffect(() => {
    const idle =
      window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
    idle(() => void loadResolver(id));
  }, [id]);
  return resolver;
}

/** react-hook-form keeps errors in a tree; the summary lists them flat, in the form's order. */
function flatErrors(errors: FieldErrors, prefix = ""): FieldError[] {
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

function serverErrorTree(errors: FieldError[]): FieldErrors {
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

type EarlyInput = {
  note: (name: string, element: HTMLElement) => void;
  /** Whether anything the user did before hydration was handed back to the form. */
  restored: () => boolean;
};

type ControlState = { type: string; value: string; on: boolean; changed: boolean };

/** What a control shows now, and whether the user changed it from what the server rendered. */
function controlState(element: HTMLElement): ControlState {
  if (
    element instanceof HTMLInputElement &&
    (element.type === "radio" || element.type === "checkbox")
  ) {
    const { type, value, checked, defaultChecked } = element;
    return { type, value, on: checked, changed: checked !== defaultChecked };
  }
  if (element instanceof HTMLSelectElement) {
    const rendered = [...element.options].find((o) => o.defaultSelected) ?? element.options[0];
    const changed = element.value !== (rendered?.value ?? "");
    return { type: "value", value: element.value, on: true, changed };
  }
  if (element instanceof HTMLInputElement) {
    const changed = element.value !== element.defaultValue;
    return { type: "value", value: element.value, on: true, changed };
  }
  return { type: "value", value: "", on: false, changed: false };
}

/**
 * The server's form works before the page's script has loaded, so a user on a slow
 * connection can choose or type before React hydrates it. react-hook-form, attaching each
 * control, writes the form's default into it (a radio button is unticked), which would
 * silently undo what the user did. Each control's state is noted as it is attached during
 * hydration, before react-hook-form touches it, and whatever the user changed is handed back
 * to the form once every control is attached (a parent's layout effect runs after its
 * children's refs).
 */
function useEarlyInput(form: UseFormReturn<FieldValues>): EarlyInput {
  const hydrated = useRef(false);
  const restored = useRef(false);
  const noted = useRef(new Map<string, ControlState[]>());
  const [early] = useState<EarlyInput>(() => ({
    note: (name, element) => {
      if (hydrated.current) return;
      const list = noted.current.get(name) ?? [];
      list.push(controlState(element));
      noted.current.set(name, list);
    },
    restored: () => restored.current,
  }));
  useLayoutEffect(() => {
    hydrated.current = true;
    for (const [name, states] of noted.current) {
      if (!states.some((state) => state.changed)) continue;
      const chosen = states.filter((state) => state.on).map((state) => state.value);
      const type = states[0]?.type;
      const value = type === "checkbox" ? chosen : (chosen[0] ?? "");
      form.setValue(name, value, { shouldDirty: true });
      restored.current = true;
    }
    noted.current.clear();
  }, [form]);
  return early;
}

/** This page's own address with what the form holds now, to be shown again unvalidated. */
function enteredAddress(form: HTMLFormElement, action: string): string {
  const entered = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (key !== SUBMITTED_PARAM && typeof value === "string") entered.append(key, value);
  }
  entered.set(ENTERED_PARAM, "1");
  return `${action}?${entered}`;
}

/** Records what was entered in the page's address, so refresh and browser Back find it. */
function recordEntries(form: HTMLFormElement, action: string) {
  window.history.replaceState(window.history.state, "", enteredAddress(form, action));
}

/**
 * What the user has entered but not yet submitted stays theirs: it is written into the
 * page's address as it changes (refresh keeps it), and the header's language and presenter
 * switches, rendered with the address the server saw, are pointed at the current one when
 * followed. Until the user changes something, the address and the switches are left as the
 * server wrote them. `leave()` stops the recording once the form is being submitted, so
 * that no address change lands during the navigation.
 */
function useCarriedEntries(
  formRef: RefObject<HTMLFormElement | null>,
  action: string,
  early: EarlyInput,
) {
  const state = useRef({ pending: 0, leaving: false, changed: false });
  useEffect(() => {
    const form = formRef.current;
    const carried = state.current;
    if (!form) return;
    // After React has rendered the change (a row added or removed, an exclusive choice).
    const record = () => {
      carried.changed = true;
      window.clearTimeout(carried.pending);
      carried.pending = window.setTimeout(() => {
        if (!carried.leaving) recordEntries(form, action);
      }, 0);
    };
    const rowButton = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest(`button[name="${ACTION_PARAM}"]`))
        record();
    };
    const follow = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-switch]") : null;
      if (!(link instanceof HTMLAnchorElement) || !carried.changed) return;
      const [kind, value = ""] = (link.dataset.switch ?? "").split(":");
      const here = enteredAddress(form, action);
      if (kind === "presenter") link.href = presenterHref(here, value === "on");
      // The header wrote the target locale itself, from the routing's own list.
      else if (kind === "language") link.href = languageHref(here, value as AppLocale);
    };
    // Back to a page kept whole in the browser's memory after it was submitted.
    const returned = (event: PageTransitionEvent) => {
      if (event.persisted) carried.leaving = false;
    };
    form.addEventListener("input", record);
    form.addEventListener("change", record);
    form.addEventListener("click", rowButton);
    document.addEventListener("click", follow, true);
    window.addEventListener("pageshow", returned);
    return () => {
      window.clearTimeout(carried.pending);
      form.removeEventListener("input", record);
      form.removeEventListener("change", record);
      form.removeEventListener("click", rowButton);
      document.removeEventListener("click", follow, true);
      window.removeEventListener("pageshow", returned);
    };
  }, [formRef, action]);
  // A choice made before hydration (useEarlyInput) counts as a change like any other.
  useEffect(() => {
    if (early.restored()) formRef.current?.dispatchEvent(new Event("change"));
  }, [early, formRef]);
  return {
    leave: () => {
      state.current.leaving = true;
      window.clearTimeout(state.current.pending);
    },
  };
}

/**
 * Registers a field. Whatever leaving it shows (`validationMode`) is an inline message in a
 * line whose height is reserved (`ErrorLine`): the summary comes only with a submission, so
 * no message appearing between mousedown and mouseup moves a button from under the pointer,
 * whichever control the browser focuses on mousedown.
 */
function registerField(form: UseFormReturn<FieldValues>, name: string, early: EarlyInput) {
  const registered = form.register(name);
  return {
    ...registered,
    ref: ((element: HTMLElement | null) => {
      if (element) early.note(name, element);
      registered.ref(element);
    }) as RefCallback<HTMLElement>,
  };
}

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
export function controlId(name: string, options: Option[]): string {
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

  // A page that arrives with errors (submitted without JavaScript) starts at its summary.
  useEffect(() => {
    if (serverErrors.length > 0) summaryRef.current?.focus();
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
    <form ref={formRef} method="get" action={action} noValidate onSubmit={onSubmit}>
      {inError && (
        <div
          ref={summaryRef}
          tabIndex={-1}
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

type FieldProps = QuestionProps & {
  form: UseFormReturn<FieldValues>;
  early: EarlyInput;
  message: (e: FieldError) => string;
};

/**
 * A field's error message. The line keeps, even when empty, the height of the tallest
 * message the form can give this field (`keys`), however the page's width wraps them, so a
 * message appearing on blur never moves what is below it (the Continue button). The
 * reserved messages are drawn invisibly from an attribute: hidden from assistive
 * technology, and not text of the page.
 */
function ErrorLine({
  id,
  field,
  keys,
  error,
  prefix,
  message,
}: {
  id: string;
  field: string;
  keys: string[];
  error?: FieldError;
  /** "Error:" in the page's language, for screen readers. */
  prefix: string;
  message: (e: FieldError) => string;
}) {
  return (
    <p id={id} className="grid min-h-7 font-bold text-stop">
      {keys.map((key) => (
        <span
          key={key}
          aria-hidden="true"
          data-reserve={message({ field, key })}
          className="invisible col-start-1 row-start-1 before:content-[attr(data-reserve)]"
        />
      ))}
      <span className="col-start-1 row-start-1">
        {error && (
          <>
            <span className="sr-only">{prefix} </span>
            {message(error)}
          </>
        )}
      </span>
    </p>
  );
}

/** Marks a question in error without moving it: a bar in the gutter, not an indent. */
const ERROR_BAR =
  "relative before:absolute before:inset-y-0 before:-left-3 before:w-1 before:bg-stop";

function ShareField({
  defaultValues,
  form,
  early,
  name,
  title,
  hint,
  text,
  error,
  message,
}: FieldProps & { error?: FieldError }) {
  return (
    <div className={error ? ERROR_BAR : undefined}>
      <h1 className="mb-4 text-3xl font-bold">
        <label htmlFor={name}>{title}</label>
      </h1>
      <p id={`${name}-hint`} className="mb-2 text-muted">
        {hint}
      </p>
      <ErrorLine
        id={`${name}-error`}
        field={name}
        keys={["required", "shareNotNumber", "shareRange"]}
        error={error}
        prefix={text.errorPrefix}
        message={message}
      />
      <div className="flex items-center gap-2">
        <input
          id={name}
          type="text"
          inputMode="decimal"
          spellCheck={false}
          aria-describedby={`${name}-hint${error ? ` ${name}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className={`h-11 w-32 border-2 px-2 text-lg ${error ? "border-stop" : "border-ink"}`}
          // Rendered into the HTML too, so the answer is there without JavaScript.
          defaultValue={String(defaultValues[name] ?? "")}
          {...registerField(form, name, early)}
        />
        <span aria-hidden="true" className="text-lg">
          {text.shareSuffix}
        </span>
        <span className="sr-only">{text.shareLabel}</span>
      </div>
    </div>
  );
}

function ChoiceField({
  defaultValues,
  form,
  early,
  kind,
  name,
  title,
  hint,
  options,
  text,
  error,
  message,
}: FieldProps & { error?: FieldError }) {
  const type = kind === "radios" ? "radio" : "checkbox";
  const exclusive = options.find((o) => o.exclusive)?.value;
  const registered = registerField(form, name, early);
  const initial = defaultValues[name];
  const chosen = Array.isArray(initial) ? (initial as string[]) : [String(initial ?? "")];
  return (
    <div className={error ? ERROR_BAR : undefined}>
      <fieldset aria-describedby={`${name}-hint${error ? ` ${name}-error` : ""}`}>
        <legend className="mb-4">
          <h1 className="text-3xl font-bold">{title}</h1>
        </legend>
        <p id={`${name}-hint`} className="mb-2 text-muted">
          {hint}
        </p>
        <ErrorLine
          id={`${name}-error`}
          field={name}
          keys={["required"]}
          error={error}
          prefix={text.errorPrefix}
          message={message}
        />
        <div className="space-y-3">
          {options.map((option) => {
            const id = `${name}-${option.value}`;
            return (
              <div key={option.value}>
                {option.exclusive && <p className="my-3">{text.or}</p>}
                <div className="flex items-start gap-3">
                  <input
                    id={id}
                    type={type}
                    value={option.value}
                    aria-describedby={
                      [option.aside && `${id}-aside`, option.hint && `${id}-hint`]
                        .filter(Boolean)
                        .join(" ") || undefined
                    }
                    aria-invalid={error ? true : undefined}
                    defaultChecked={chosen.includes(option.value)}
                    className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                    {...registered}
                    onChange={(event) => {
                      void registered.onChange(event);
                      if (type !== "checkbox" || !exclusive || !event.target.checked) return;
                      // "None of these" and the kinds of content exclude each other.
                      const current = (form.getValues(name) as string[] | undefined) ?? [];
                      const kept =
                        option.value === exclusive
                          ? [exclusive]
                          : current.filter((v) => v !== exclusive);
                      form.setValue(name, kept, { shouldValidate: form.formState.isSubmitted });
                    }}
                  />
                  <div>
                    <label htmlFor={id} className="block cursor-pointer">
                      {option.label}
                    </label>
                    {option.aside && (
                      <p id={`${id}-aside`} lang={option.aside.lang} className="text-sm">
                        {option.aside.text}
                      </p>
                    )}
                    {option.hint && (
                      <p id={`${id}-hint`} className="text-muted">
                        {option.hint}
                      </p>
                    )}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function FacilitiesField({
  defaultValues,
  form,
  early,
  title,
  hint,
  text,
  locationOptions,
  tenureOptions,
  errorFor,
  message,
}: FieldProps & { errorFor: (field: string) => FieldError | undefined }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "facilities" });
  const rows = (defaultValues.facilities ?? []) as Array<Record<string, string>>;
  // After "Remove", focus goes where the row was: the next row, the previous one if it was
  // the last, or "Add a facility" if none is left, rather than to the page itself.
  const addRef = useRef<HTMLButtonElement>(null);
  const removed = useRef<number | null>(null);
  useEffect(() => {
    const index = removed.current;
    if (index === null) return;
    removed.current = null;
    if (fields.length === 0) addRef.current?.focus();
    else
      document.getElementById(`facilities-${Math.min(index, fields.length - 1)}-location`)?.focus();
  }, [fields.length]);
  const rowValue = (index: number, key: string) => rows[index]?.[key] ?? "";
  const listError = errorFor("facilities");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
      <p id="facilities-hint" className="mb-4 text-muted">
        {hint}
      </p>
      <ErrorLine
        id="facilities-error"
        field="facilities"
        keys={[]}
        error={listError}
        prefix={text.errorPrefix}
        message={message}
      />
      <ol className="space-y-4">
        {fields.map((field, index) => {
          const number = index + 1;
          const locationError = errorFor(`facilities.${index}.location`);
          const tenureError = errorFor(`facilities.${index}.tenure`);
          return (
            <li key={field.id} id={facilityRowId(index)} className="scroll-mt-4">
              <fieldset
                className={`border-2 p-4 ${locationError || tenureError ? "border-stop" : "border-line"}`}
              >
                <legend className="px-1 text-lg font-bold">
                  {fill(text.facility, { number })}
                </legend>
                <div className="grid gap-4 sm:grid-cols-2">
                  {(["location", "tenure"] as const).map((key) => (
                    <RowSelect
                      key={key}
                      form={form}
                      early={early}
                      name={`facilities.${index}.${key}`}
                      label={text[key]}
                      choose={text.choose}
                      errorPrefix={text.errorPrefix}
                      options={key === "location" ? locationOptions : tenureOptions}
                      defaultValue={rowValue(index, key)}
                      error={key === "location" ? locationError : tenureError}
                      message={message}
                    />
                  ))}
                </div>
                <button
                  type="submit"
                  name="action"
                  value={`remove-${index}`}
                  className="btn btn-secondary mt-4"
                  aria-label={fill(text.removeLabel, { number })}
                  onClick={(event) => {
                    event.preventDefault();
                    removed.current = index;
                    remove(index);
                  }}
                >
                  {text.remove}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {fields.length < MAX_ROWS ? (
        <button
          ref={addRef}
          id={FACILITY_ADD_ID}
          type="submit"
          name="action"
          value="add"
          className="btn btn-secondary mt-4"
          onClick={(event) => {
            event.preventDefault();
            append({ location: "", tenure: "" });
          }}
        >
          {text.add}
        </button>
      ) : (
        <p className="mt-4">{text.max}</p>
      )}
    </div>
  );
}

/** One of a facility row's two choices (where, and how it is held). */
function RowSelect({
  form,
  early,
  name,
  label,
  choose,
  errorPrefix,
  options,
  defaultValue,
  error,
  message,
}: {
  form: UseFormReturn<FieldValues>;
  early: EarlyInput;
  /** `facilities.N.location`; the element's id is the same with dashes. */
  name: string;
  label: string;
  choose: string;
  errorPrefix: string;
  options: Option[];
  defaultValue: string;
  error?: FieldError;
  message: (e: FieldError) => string;
}) {
  const id = name.replaceAll(".", "-");
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {/* Nothing to reserve: a row's choices are never checked on blur (validationMode). */}
      <ErrorLine
        id={`${id}-error`}
        field={name}
        keys={[]}
        error={error}
        prefix={errorPrefix}
        message={message}
      />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="h-11 w-full border-2 border-ink bg-white px-2"
        defaultValue={defaultValue}
        {...registerField(form, name, early)}
      >
        <option value="">{choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
