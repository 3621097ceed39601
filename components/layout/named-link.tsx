/**
 * A link whose few visible words ("Change", "See the result with this change") are one of
 * several alike on the page: assistive technology reads its full name instead, which starts
 * with those words (WCAG 2.5.3, Label in Name: a voice user says what they see), and the
 * visible words are hidden from it so that they are not read twice.
 */
export function NamedLink({
  href,
  visible,
  name,
  className = "inline-block min-h-6",
}: {
  href: string;
  visible: string;
  /** The full accessible name; begins with `visible`. */
  name: string;
  className?: string;
}) {
  return (
    <a href={href} className={className}>
      <span aria-hidden="true">{visible}</span>
      <span className="sr-only">{name}</span>
    </a>
  );
}
