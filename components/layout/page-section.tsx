import type { ReactNode } from "react";

/**
 * A titled part of a long page (result, rules): a rule above it, and its `h2` naming the
 * section for assistive technology. `id` makes the section a link target.
 */
export function PageSection({
  titleId,
  title,
  id,
  className,
  children,
}: {
  titleId: string;
  title: ReactNode;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={titleId}
      // Whole class names, never glued to an interpolation: Tailwind finds classes by scanning
      // the source, and would not see `pt-6` in `pt-6${…}`.
      className={["mt-12 border-t-2 border-line pt-6 print:mt-3 print:pt-1.5", className]
        .filter(Boolean)
        .join(" ")}
    >
      <h2 id={titleId} className="text-2xl font-bold print:text-xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
