import type { FieldError } from "../types";

/**
 * A field's error message. The line keeps, even when empty, the height of the tallest
 * message the form can give this field (`keys`), however the page's width wraps them, so a
 * message appearing on blur never moves what is below it (the Continue button). The
 * reserved messages are drawn invisibly from an attribute: hidden from assistive
 * technology, and not text of the page.
 */
export function ErrorLine({
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

/**
 * Marks a question in error without moving it: a bar in the gutter, not an indent. Drawn as a
 * border, not a background, so that it stays (in the system's text colour) when the reader's
 * forced colours remove backgrounds.
 */
export const ERROR_BAR =
  "relative before:absolute before:inset-y-0 before:-left-3 before:border-l-4 before:border-stop";

/** A question's hint, then the line its error message takes (see ErrorLine). */
export function HintAndError({
  name,
  hint,
  keys,
  error,
  prefix,
  message,
}: {
  name: string;
  hint: string;
  keys: string[];
  error?: FieldError;
  prefix: string;
  message: (e: FieldError) => string;
}) {
  return (
    <>
      <p id={`${name}-hint`} className="mb-2 text-muted">
        {hint}
      </p>
      <ErrorLine
        id={`${name}-error`}
        field={name}
        keys={keys}
        error={error}
        prefix={prefix}
        message={message}
      />
    </>
  );
}
