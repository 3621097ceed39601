/**
 * Reading a result link: the codec's answers, checked to be complete and valid, with the
 * rules version and verdict digest they were made under. Pure; the proxy uses it to answer
 * a damaged link with 400 before any page renders, and the result page to render.
 */
import { answersBeforeCut, decodeLink, type QueryInput } from "./codec";
import type { AnswersDraft } from "./draft";
import { AnswersSchema, type Answers } from "./schema";
import type { Verdict } from "./verdict";

export type ResultLinkProblem =
  | "missing-version"
  | "unsupported-version"
  | "invalid-value"
  | "unknown-rules-version"
  | "tampered"
  | "incomplete";

export type ResultLink =
  | { ok: true; answers: Answers; rulesVersion?: string; digest?: Verdict[] }
  | {
      ok: false;
      problem: ResultLinkProblem;
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
    return { ok: false, problem: problem.kind };
  }
  const parsed = AnswersSchema.safeParse(decoded.draft);
  if (!parsed.success) {
    const sealed = decoded.rulesVersion !== undefined || decoded.digest !== undefined;
    return { ok: false, problem: "incomplete", draft: decoded.draft, ...(sealed && { sealed }) };
  }
  const { rulesVersion: named, digest } = decoded;
  let rulesVersion = named;
  if (named !== undefined && !rules.released.includes(named)) {
    // Cut short inside its rules version (`…&rv=2026.11.`): the answers before it are
    // whole, and the link reads as one that lost its ending, not as one changed by hand.
    const cut =
      decoded.endsInRulesVersion && rules.released.some((version) => version.startsWith(named));
    if (!cut) return { ok: false, problem: "unknown-rules-version" };
    rulesVersion = undefined;
  }
  // Under the rules it names, a link's digest must be what those rules say; under older
  // rules a difference is news (the rules changed), not damage.
  if (rulesVersion === rules.current && digest) {
    const verdicts = rules.verdictsOf(parsed.data);
    if (verdicts.some((verdict, i) => verdict !== digest[i]))
      return { ok: false, problem: "tampered" };
  }
  return {
    ok: true,
    answers: parsed.data,
    ...(rulesVersion !== undefined && { rulesVersion }),
    ...(digest && { digest }),
  };
}
