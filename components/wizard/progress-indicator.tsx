import type { Progress } from "@/lib/wizard/step-view";

type Props = {
  progress: Progress;
  label: string;
  summary: string;
  names: Record<string, string>;
  doneLabel: string;
};

/** "Section N of M: name", with every section of this plan's journey listed. */
export function ProgressIndicator({ progress, label, summary, names, doneLabel }: Props) {
  return (
    <nav aria-label={label} className="mb-6">
      <p className="mb-2 font-bold text-muted">{summary}</p>
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-sm">
        {progress.sections.map((section, index) => (
          <li
            key={section.id}
            aria-current={section.state === "current" ? "step" : undefined}
            className={`border-b-4 px-1 ${
              section.state === "current"
                ? "border-link font-bold"
                : section.state === "done"
                  ? "border-go text-ink"
                  : "border-line text-muted"
            }`}
          >
            {index + 1}. {names[section.id]}
            {section.state === "done" && <span className="sr-only"> ({doneLabel})</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
