import type { Finding } from "@/lib/answers/result-schema";
import type { Translate } from "@/lib/i18n/render";
import { findingTitleKey } from "@/lib/present/finding-title";
import { OTHER_ROUTE_RULE_IDS } from "@/lib/rules";

import { RuleId, VerifyMark } from "./badges";
import { CitationList } from "./citation";
import { MessageText } from "./message-text";

/** As strings: the contract types a finding's rule ID as a string. */
const OTHER_ROUTES: readonly string[] = OTHER_ROUTE_RULE_IDS;

/**
 * "What stops it", "Conditions to keep", "Good to know" (met first, then information), and
 * "Other routes to consider".
 */
const GROUPS = [
  { key: "not-met", outcomes: ["not-met"], edge: "border-stop", otherRoutes: false },
  { key: "condition", outcomes: ["condition"], edge: "border-warn", otherRoutes: false },
  { key: "info", outcomes: ["met", "info"], edge: "border-line", otherRoutes: false },
  { key: "otherRoutes", outcomes: ["info"], edge: "border-link", otherRoutes: true },
] as const;

function FindingItem({
  finding,
  edge,
  showRuleId,
  zh,
  t,
}: {
  finding: Finding;
  edge: string;
  showRuleId: boolean;
  zh: boolean;
  t: Translate;
}) {
  // A blocker's title names the rule, which reads as a requirement: the cross says it is not
  // met, as the tick says a rule is, in words for a screen reader.
  const mark =
    finding.outcome === "met"
      ? { sign: "✓", tone: "text-go", label: t("result.finding.met") }
      : finding.outcome === "not-met"
        ? { sign: "✗", tone: "text-stop", label: t("result.finding.notMet") }
        : undefined;
  return (
    <li className={`finding ${edge}`}>
      <p className="font-bold">
        {mark && (
          <>
            <span aria-hidden="true" className={`mr-1 ${mark.tone}`}>
              {mark.sign}
            </span>
            <span className="sr-only">{mark.label} </span>
          </>
        )}
        {t(findingTitleKey(finding))}
        {showRuleId && <RuleId id={finding.ruleId} />}
        {finding.unconfirmed && <VerifyMark t={t} />}
      </p>
      <p>
        <MessageText text={finding.message} zh={zh} />
      </p>
      <CitationList citations={finding.citations} zh={zh} t={t} />
    </li>
  );
}

/** A service's (or the plan's) findings under headings of what they mean for the reader. */
export function FindingGroups({
  findings,
  t,
  idPrefix,
  showRuleIds = false,
  zh = false,
}: {
  findings: Finding[];
  t: Translate;
  idPrefix: string;
  /** Presenter mode: the rule IDs beside their titles, for advisors who cite them. */
  showRuleIds?: boolean;
  /** A Chinese page: sources with their Chinese titles first. */
  zh?: boolean;
}) {
  return GROUPS.map(({ key, outcomes, edge, otherRoutes }) => {
    const list = outcomes.flatMap((o) =>
      findings.filter((f) => f.outcome === o && OTHER_ROUTES.includes(f.ruleId) === otherRoutes),
    );
    if (list.length === 0) return null;
    const id = `${idPrefix}-${key}`;
    return (
      <div key={key} className="mt-6 print:mt-2">
        <h3 id={id} className="finding-group-title">
          {t(`result.groups.${key}`)}
        </h3>
        {otherRoutes && <p className="mb-3">{t("result.groups.otherRoutesIntro")}</p>}
        <ul aria-labelledby={id} className="finding-items">
          {list.map((finding, i) => (
            <FindingItem
              key={`${finding.messageKey}-${i}`}
              finding={finding}
              edge={edge}
              showRuleId={showRuleIds}
              zh={zh}
              t={t}
            />
          ))}
        </ul>
      </div>
    );
  });
}
