import type { FieldError } from "../types";
import { registerField } from "./early-input";
import { ERROR_BAR, HintAndError } from "./error-line";
import type { FieldProps } from "./field-props";

/** The foreign share: a number field with its per cent sign. */
export function ShareField({
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
      <HintAndError
        name={name}
        hint={hint}
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
