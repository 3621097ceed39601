/**
 * Reading a result link: the codec's answers, checked to be complete and valid, with the
 * rules version and verdict digest they were made under. Pure; the proxy uses it to answer
 * a damaged link with 400 before any page renders, and the result page to render.
 */
import { answersBeforeCut, answersBesideDamage, decodeLink, type QueryInput } from "./codec";
import type { AnswersDraft } from "./draft";
import { AnswersSchema, type Answers } from "./schema";
import type { Verdict } from "./verdict";

export type ResultLinkProblem =
  | "missing-version"
  | "unsupported-version"
  | "invalid-value"
  | "unknown-rules-version"
  | "newer-rules-version"
  | "tampered"
  | "incomplete"
  | "no-answers";

export type ResultLink =
  | { ok: true; answers: Answers; rulesVersion?: string; digest?: Verdict[] }
  | {
      ok: false;
      problem: ResultLinkProblem;
      /**
       * The answers, when they can still be read: incomplete, tampered, under unknown rules,
       * or all but one damaged answer.
       */
      draft?: AnswersDraft;
      /**
       * An incomplete link that carries a rules version or a verdict digest: only a result
       * page makes those, for complete answers, so part of it was lost or changed on the way.
       */
      sealed?: true;
    };

export type RulesFacts = {
  current: string;
  released: readonly string[];
  verdictsOf: (answers: Answers) => Verdict[];
};

export function readResultLink(query: QueryInput, rules: RulesFacts): ResultLink {
  const decoded = decodeLink(query);
  if (!decoded.ok) {
    const { problem } = decoded;
    // Cut short inside its last answer: the answers before the cut are whole, and the
    // link reads as one that lost that answer and its ending.
    const draft = answersBeforeCut(query, problem);
    if (draft) return { ok: false, problem: "incomplete", draft };
    // One answer damaged: the others are kept while that question is asked again.
    const readable = answersBesideDamage(query, problem);
    return { ok: false, problem: problem.kind, ...(readable && { draft: readable }) };
  }
  // Nothing to keep or to go on from (`/en/result`, `?v=1`, or a query no reading makes one).
  if (Object.keys(decoded.draft).length === 0) return { ok: false, problem: "no-answers" };
  const parsed = AnswersSchema.safeParse(decoded.draft);
  if (!parsed.success) {
    const sealed = decoded.rulesVersion !== undefined || decoded.digest !== undefined;
    return { ok: false, problem: "incomplete", draft: decoded.draft, ...(sealed && { sealed }) };
  }
  const { rulesVersion: named, digest } = decoded;
  let rulesVersion = named;
  if (named !== undefined) {
    // Cut short inside its rules version (`…&rv=2026.11.`, or `…&rv=2026.11.1` of 2026.11.10,
    // a version too): the answers before it are whole, and the link reads as one that lost
    // its ending, not as one changed by hand, nor as one made under the shorter version.
    const cut =
      decoded.endsInRulesVersion &&
      digest === undefined &&
      rules.released.some((version) => version !== named && version.startsWith(named));
    if (cut) rulesVersion = undefined;
    else if (!rules.released.includes(named)) {
      // Made by a later release than this one (a newer deployment, or before a rollback):
      // its answers are readable, but its verdicts cannot be checked against rules this
      // copy of the tool does not have.
      const problem = isLaterVersion(named, rules.current)
        ? "newer-rules-version"
        : "unknown-rules-version";
      return { ok: false, problem, draft: parsed.data };
    }
  }
  // Under the rules it names, a link's digest must be what those rules say; under older
  // rules a difference is news (the rules changed), not damage.
  if (rulesVersion === rules.current && digest) {
    const verdicts = rules.verdictsOf(parsed.data);
    if (verdicts.some((verdict, i) => verdict !== digest[i]))
      return { ok: false, problem: "tampered", draft: parsed.data };
  }
  return {
    ok: true,
    answers: parsed.data,
    ...(rulesVersion !== undefined && { rulesVersion }),
    ...(digest && { digest }),
  };
}

/**
 * Whether a rules version comes after another: versions are dot-separated numbers
 * (`2026.11.10`), compared number by number. One that is not (`2026.x`) comes after nothing.
 */
export function isLaterVersion(version: string, than: string): boolean {
  const numbers = (text: string) =>
    /^\d+(?:\.\d+)*$/.test(text) ? text.split(".").map(Number) : null;
  const a = numbers(version);
  const b = numbers(than);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}
