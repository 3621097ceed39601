import type { Progress } from "@/lib/wizard/step-view";

type Props = {
  progress: Progress;
  label: string;
  summary: string;
  /**
   * Each section's text as shown (its name; for a section this plan asks nothing in, the name
   * with that said beside it, shown and read alike) and, for a done section, as read aloud,
   * with "done" beside it, which the tick shows.
   */
  labels: Record<string, { shown: string; spoken?: string }>;
};

const TONE = {
  current: "border-link font-bold",
  done: "border-go text-ink",
  todo: "border-line text-muted",
  "not-needed": "border-dashed border-line text-muted",
} as const;

/**
 * "Section N of M: name", with every section listed: always the same ones, so M stays the
 * same through the journey; those this plan asks nothing in say so.
 */
export function ProgressIndicator({ progress, label, summary, labels }: Props) {
  return (
    <nav aria-label={label} className="mb-6">
      <p className="mb-2 font-bold text-muted">{summary}</p>
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-sm">
        {progress.sections.map((section, index) => (
          <li
            key={section.id}
            aria-current={section.state === "current" ? "step" : undefined}
            className={`border-b-4 px-1 ${TONE[section.state]}`}
          >
            {/* Done is shown by a tick, not by the green edge alone, which a reader who does
                not see colour (or whose forced colours repaint it) would miss (WCAG 1.4.1). */}
            {section.state === "done" && (
              <span aria-hidden="true" className="mr-1 text-go">
                ✓
              </span>
            )}
            {index + 1}.{" "}
            {/* The catalogue places "done" beside the name: a space in English, none before
                the full-width bracket in Chinese. */}
            {labels[section.id]?.spoken ? (
              <>
                <span aria-hidden="true">{labels[section.id]?.shown}</span>
                <span className="sr-only">{labels[section.id]?.spoken}</span>
              </>
            ) : (
              labels[section.id]?.shown
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
