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
      // the source, and would not see `mt-6` in `mt-6${…}`. The section's own (app/globals.css)
      // are named once: a result has a dozen sections, each spelled out twice per page.
      className={["page-section", className].filter(Boolean).join(" ")}
    >
      <h2 id={titleId} className="page-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
