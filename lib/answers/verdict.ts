export const VERDICTS = ["permitted", "permitted-with-conditions", "not-permitted"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Worse verdicts rank higher: the plan's verdict is the worst of its services'. */
export function verdictRank(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (worst, v) => (verdictRank(v) > verdictRank(worst) ? v : worst),
    "permitted",
  );
}
