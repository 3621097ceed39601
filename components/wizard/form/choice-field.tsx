import type { FieldError } from "../types";
import { registerField } from "./early-input";
import { ERROR_BAR, HintAndError } from "./error-line";
import type { FieldProps } from "./field-props";

/**
 * Radios or checkboxes: one question in a fieldset. An exclusive choice ("None of these")
 * and the others untick each other.
 */
export function ChoiceField({
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
        <HintAndError
          name={name}
          hint={hint}
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
