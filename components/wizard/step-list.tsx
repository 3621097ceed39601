import type { AnswersDraft } from "@/lib/answers/draft";
import { firstIncompleteStep, stepsFor } from "@/lib/flow";
import type { Translate } from "@/lib/i18n/render";
import { labelOf } from "@/lib/wizard/summary";
import { type JourneyContext, stepHref } from "@/lib/wizard/urls";

/**
 * Presenter mode's map of the journey: jump to any answered question, or to the first one
 * still open; the ones after it wait their turn. A jump to an answered question comes back to
 * Check your answers once it is answered again (as a Change link does), rather than walking
 * through every later question.
 */
export function StepList({
  locale,
  draft,
  current,
  context,
  t,
  className = "",
}: {
  locale: string;
  draft: AnswersDraft;
  current?: string;
  context: JourneyContext;
  t: Translate;
  /** Where the page places it (beside a question on a wide screen). */
  className?: string;
}) {
  const open = firstIncompleteStep(draft);
  const steps = stepsFor(draft);
  const reachable = new Set(
    steps
      .slice(0, open ? steps.findIndex((s) => s.id === open) + 1 : steps.length)
      .map((s) => s.id),
  );
  return (
    <nav
      aria-labelledby="step-list-title"
      className={`no-print my-8 border-l-4 border-link bg-panel p-4 ${className}`}
    >
      <h2 id="step-list-title" className="mb-2 text-lg font-bold">
        {t("wizard.stepList.title")}
      </h2>
      <ol className="list-decimal space-y-1 pl-6">
        {steps.map((step) => {
          const label = labelOf(step, t);
          if (step.id === current) {
            return (
              <li key={step.id} aria-current="step" className="font-bold">
                {label}
              </li>
            );
          }
          if (!reachable.has(step.id)) {
            return (
              <li key={step.id} className="text-muted">
                {label}
              </li>
            );
          }
          return (
            <li key={step.id}>
              <a
                href={stepHref(
                  locale,
                  step.id,
                  draft,
                  step.id === open ? context : { ...context, returnToCheck: true },
                )}
                className="inline-block min-h-6 align-top"
              >
                {label}
              </a>
              {step.id === open && (
                <span className="ml-2 text-sm text-muted">{t("wizard.stepList.next")}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
