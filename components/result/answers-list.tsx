import type { Translate } from "@/lib/i18n/render";
import type { SummaryRow } from "@/lib/wizard/summary";

/**
 * The answers given, as a GOV.UK summary list: question, answer, and a "Change" link whose
 * accessible name says which answer it changes.
 */
export function AnswersList({ rows, t }: { rows: SummaryRow[]; t: Translate }) {
  return (
    <dl className="divide-y divide-line border-y border-line">
      {rows.map((row) => (
        <div
          key={row.step}
          className="grid gap-x-6 gap-y-1 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] print:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] print:py-1"
        >
          <dt className="font-bold">{row.label}</dt>
          <dd>
            {row.values.length === 1 ? (
              row.values[0]
            ) : (
              <ul>
                {row.values.map((value, i) => (
                  <li key={i}>{value}</li>
                ))}
              </ul>
            )}
          </dd>
          <dd className="sm:text-right print:hidden">
            <a href={row.changeHref} className="inline-block min-h-6">
              <span aria-hidden="true">{t("check.change")}</span>
              <span className="sr-only">{t("check.changeLabel", { answer: row.label })}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
