/**
 * A comparison's address: two to four plans, each as its own share-link query (format v1,
 * with its rules version and verdicts), so a comparison keeps opening as long as its plans do.
 * `/compare?plan=<v1 query>&plan=<v1 query>`
 */
import { paramName, type QueryInput } from "@/lib/answers/codec";
import { readResultLink, type ResultLinkProblem, type RulesFacts } from "@/lib/answers/result-link";
import type { Answers } from "@/lib/answers/schema";
import type { Verdict } from "@/lib/answers/verdict";

export const PLAN_PARAM = "plan";
export const MIN_PLANS = 2;
export const MAX_PLANS = 4;
/**
 * Longer than any plan the tool makes: all ten services with fifty facilities each, every
 * sub-type and content, and a share of two dozen characters (`9.750587218072132e-241`) is
 * about 1,330.
 */
export const MAX_PLAN_LENGTH = 2000;
/** The plans' names by slot: "Plan A" to "Plan D". */
export const PLAN_NAMES = ["A", "B", "C", "D"] as const;

/** A plan as its link carries it: the rules version and verdict digest tell an old link apart. */
export type ComparedPlan = {
  query: string;
  answers: Answers;
  rulesVersion?: string;
  digest?: Verdict[];
};

export type Comparison =
  | { ok: true; plans: ComparedPlan[] }
  | { ok: false; problem: "plan-count" | ResultLinkProblem; plan?: number };

/**
 * What a cut inside a plan's percent-escape leaves (`…%26f12%3Dho%2`): the plans' `&` and
 * `=` are escaped, so a cut lands inside one about a third of the time, and the rest of the
 * plan reads as cut where the escape began.
 */
const PARTIAL_ESCAPE = /%[0-9A-Fa-f]?$/;

/**
 * The plans' own queries, as the address holds them, whether or not they can be read; the
 * last without what a cut left of an escape.
 */
export function planTextsOf(query: QueryInput): string[] {
  const entries =
    query instanceof URLSearchParams
      ? [...query]
      : Object.entries(query).flatMap(([name, value]) =>
          (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(
            (one) => [name, one] as const,
          ),
        );
  const texts = entries
    // `&amp;plan=` as a comparison copied out of an e-mail or a page's source may carry it.
    .filter(([name]) => paramName(name) === PLAN_PARAM)
    .map(([, text]) => text);
  const last = texts.pop();
  return last === undefined ? texts : [...texts, last.replace(PARTIAL_ESCAPE, "")];
}

/** Reads a comparison; never throws. A plan that cannot be read makes the whole link damaged. */
export function readComparison(query: QueryInput, rules: RulesFacts): Comparison {
  const texts = planTextsOf(query);
  if (texts.length < MIN_PLANS || texts.length > MAX_PLANS)
    return { ok: false, problem: "plan-count" };
  const plans: ComparedPlan[] = [];
  for (const [index, text] of texts.entries()) {
    if (text.length > MAX_PLAN_LENGTH) return { ok: false, problem: "invalid-value", plan: index };
    const link = readResultLink(new URLSearchParams(text), rules);
    if (!link.ok) return { ok: false, problem: link.problem, plan: index };
    plans.push({
      query: text,
      answers: link.answers,
      ...(link.rulesVersion && { rulesVersion: link.rulesVersion }),
      ...(link.digest && { digest: link.digest }),
    });
  }
  return { ok: true, plans };
}

export function comparisonQuery(planQueries: readonly string[]): string {
  const query = new URLSearchParams();
  for (const plan of planQueries) query.append(PLAN_PARAM, plan);
  return query.toString();
}

export function compareHref(
  locale: string,
  planQueries: readonly string[],
  extra: Array<[string, string]> = [],
): string {
  const query = new URLSearchParams(comparisonQuery(planQueries));
  for (const [name, value] of extra) query.set(name, value);
  return `/${locale}/compare?${query}`;
}

/** The `cmp` context of a plan being changed: its slot and the comparison it belongs to. */
export function compareContext(slot: number, planQueries: readonly string[]): string {
  return `${slot}:${comparisonQuery(planQueries)}`;
}

/** The slot of the plan a `cmp` context changes. */
export function comparisonSlot(context: string): number {
  return Number(context.split(":", 1)[0]);
}

/**
 * The comparison a changed plan returns to, with the plan in its slot; null unless that
 * comparison opens. The `cmp` context comes from the address, so a hand-made or damaged
 * one is ignored (the plan goes to its own result) rather than offered as a way back to a
 * comparison that would only answer 400.
 */
export function returnToComparison(
  context: string,
  planQuery: string,
  rules: RulesFacts,
): string[] | null {
  const match = /^([0-3]):(.*)$/s.exec(context);
  if (!match) return null;
  const slot = Number(match[1]);
  const plans = new URLSearchParams(match[2]).getAll(PLAN_PARAM);
  if (plans.length < MIN_PLANS || plans.length > MAX_PLANS || slot >= plans.length) return null;
  plans[slot] = planQuery;
  return readComparison({ [PLAN_PARAM]: plans }, rules).ok ? plans : null;
}
