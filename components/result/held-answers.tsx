import type { AnswersDraft } from "@/lib/answers/draft";
import type { Translate } from "@/lib/i18n/render";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOf } from "@/lib/present/locale";
import { heldRows } from "@/lib/wizard/summary";
import type { JourneyContext } from "@/lib/wizard/urls";

import { AnswersList } from "./answers-list";

/**
 * The answers a result was made from, every one of them: a plan sent to the API may give the
 * facilities of a service the questions do not ask them of, and they count in its result.
 */
export function HeldAnswers({
  answers,
  locale,
  context,
  t,
}: {
  answers: AnswersDraft;
  locale: AppLocale;
  context: JourneyContext;
  t: Translate;
}) {
  const { rows, unasked } = heldRows(answers, t, locale, context);
  return (
    <>
      <AnswersList rows={rows} t={t} />
      {unasked.length > 0 && (
        <p className="mt-3 text-muted">
          {t("result.answers.unasked", {
            services: listOf(
              locale,
              unasked.map((code) => t(`labels.service.${code}`)),
            ),
          })}
        </p>
      )}
    </>
  );
}
