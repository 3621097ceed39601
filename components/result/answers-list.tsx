import { NamedLink } from "@/components/layout/named-link";
import type { Translate } from "@/lib/i18n/render";
import type { Aside } from "@/lib/wizard/question-text";
import type { SummaryRow } from "@/lib/wizard/summary";

/**
 * The answers given, as a GOV.UK summary list: question, answer, and a "Change" link whose
 * accessible name says which answer it changes ("Not asked" where the questions do not ask
 * it). The links' column keeps one width, so that the answers line up whatever it holds.
 */
export function AnswersList({ rows, t }: { rows: SummaryRow[]; t: Translate }) {
  return (
    <dl className="divide-y divide-line border-y border-line">
      {rows.map((row) => (
        <div key={row.step} className="answer-row">
          <dt className="font-bold">{row.label}</dt>
          <dd>
            {row.values.length === 1 ? (
              <Value text={row.values[0] ?? ""} asides={row.asides?.[0]} />
            ) : (
              <ul>
                {row.values.map((value, i) => (
                  <li key={i}>
                    <Value text={value} asides={row.asides?.[i]} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dd className="answer-change">
            {row.changeHref ? (
              <NamedLink
                href={row.changeHref}
                visible={t("check.change")}
                name={t("check.changeLabel", { answer: row.label })}
              />
            ) : (
              // An answer the questions do not ask (a plan sent to the API): nothing to change.
              <span className="text-muted">{t("result.answers.notAsked")}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * An answer, with the legal names beside it, each in its language: on lines of their own on
 * screen, run on after the answer on paper, where the memo must stay short.
 */
function Value({ text, asides = [] }: { text: string; asides?: Aside[] }) {
  return (
    <>
      {text}
      {asides.map((aside, i) => (
        <span key={i} lang={aside.lang} className="answer-aside">
          {aside.text}
        </span>
      ))}
    </>
  );
}
