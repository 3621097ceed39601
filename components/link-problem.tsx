import type { ResultLinkProblem } from "@/lib/answers/result-link";
import { translatorFor } from "@/lib/i18n/translator";

/** Temporary: replaced by the result-pages branch. */
export function LinkProblem({ locale, problem }: { locale: string; problem: ResultLinkProblem }) {
  const t = translatorFor("en");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">This link cannot be opened</h1>
      <p>{t(`link.${problem}`)}</p>
      <a href={`/${locale}`}>Start again</a>
    </>
  );
}
