import { useEffect, useRef } from "react";
import { type FieldValues, useFieldArray, type UseFormReturn } from "react-hook-form";

import { FACILITY_ADD_ID, facilityRowId } from "@/lib/wizard/params";

import type { FieldError, Option } from "../types";
import { type EarlyInput, registerField } from "./early-input";
import { ErrorLine } from "./error-line";
import type { FieldProps } from "./field-props";
import { fill } from "./fill";

const MAX_ROWS = 50;

/** A service's facilities: rows of where and how held, added and removed (none is an answer). */
export function FacilitiesField({
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
    // Side by side, the two choices share their rows (label, error, select) through a subgrid,
    // so that an error of several lines above one select moves the other down with it: the
    // page the server renders with errors shows the pair level, as the form does.
    <div className="sm:row-span-3 sm:grid sm:grid-rows-subgrid sm:gap-y-0">
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
