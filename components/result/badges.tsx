import type { Translate } from "@/lib/i18n/render";
import type { Route, Verdict } from "@/lib/rules";

/** Colour backs up the words, never replaces them; the border shows in forced-colours mode. */
const BADGE = "inline-block border px-2 py-0.5 text-sm font-bold";

const VERDICT_TONE = {
  permitted: "bg-ok-bg text-ok-ink",
  "permitted-with-conditions": "bg-cond-bg text-cond-ink",
  "not-permitted": "bg-bad-bg text-bad-ink",
} as const satisfies Record<Verdict, string>;

const ROUTE_TONE = {
  pilot: "bg-info-bg text-info-ink",
  "nationwide-open": "bg-ok-bg text-ok-ink",
  "nationwide-cap": "bg-cond-bg text-cond-ink",
  "not-available": "bg-bad-bg text-bad-ink",
  prohibited: "bg-bad-bg text-bad-ink",
} as const satisfies Record<Route, string>;

/** On a tinted background (a comparison's differing row) a badge shows its edge. */
const edge = (outlined: boolean) => (outlined ? "border-current" : "border-transparent");

export function VerdictBadge({
  verdict,
  outlined = false,
  t,
}: {
  verdict: Verdict;
  outlined?: boolean;
  t: Translate;
}) {
  return (
    <strong className={`${BADGE} ${VERDICT_TONE[verdict]} ${edge(outlined)}`}>
      {t(`labels.verdict.${verdict}`)}
    </strong>
  );
}

export function RouteBadge({
  route,
  outlined = false,
  t,
}: {
  route: Route;
  outlined?: boolean;
  t: Translate;
}) {
  return (
    <span className={`${BADGE} ${ROUTE_TONE[route]} ${edge(outlined)}`}>
      {t(`labels.route.${route}`)}
    </span>
  );
}

/** The mark on a point RULES.md leaves unsettled: words, with a border, not a colour. */
export function VerifyMark({ t }: { t: Translate }) {
  return <span className="verify-mark">{t("result.finding.verify")}</span>;
}

/**
 * A rule's ID, for advisors who cite it (presenter mode). One unit: never split at its
 * hyphens ("SHARE-" / "WITHIN-CAP"); it moves to the next line whole instead.
 */
export function RuleId({ id }: { id: string }) {
  return (
    <code className="ml-2 inline-block text-sm font-normal whitespace-nowrap text-muted">{id}</code>
  );
}
