import type { Translate } from "@/lib/i18n/render";
import type { Route, Verdict } from "@/lib/rules";

/**
 * Colour backs up the words, never replaces them; the border shows in forced-colours mode.
 * Never wider than its column: in the narrowest (a phone in presenter mode, with a reader's
 * wider letter spacing) a word breaks rather than runs off the screen (WCAG 1.4.10).
 */
const BADGE = "badge";

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
 * A rule's ID, for advisors who cite it (presenter mode). One unit: an inline block, it moves
 * to the next line whole rather than split at its hyphens ("SHARE-" / "WITHIN-CAP"). Only an
 * ID wider than the whole column (a phone, large type, a reader's wider letter spacing)
 * breaks at a hyphen, rather than run off the screen (WCAG 1.4.10). In a table (`nowrap`),
 * which scrolls in a region of its own, it stays whole and widens its column instead.
 */
export function RuleId({ id, nowrap = false }: { id: string; nowrap?: boolean }) {
  return <code className={nowrap ? `${RULE_ID} whitespace-nowrap` : RULE_ID}>{id}</code>;
}

const RULE_ID = "ml-2 inline-block max-w-full text-sm font-normal text-muted";
