import type { Finding } from "@/lib/answers/result-schema";
import type { Translate } from "@/lib/i18n/render";

import { VerifyMark } from "./badges";
import { CitationList } from "./citation";

/** "What stops it", "Conditions to keep", "Good to know" (met first, then information). */
const GROUPS = [
  { key: "not-met", outcomes: ["not-met"], edge: "border-stop" },
  { key: "condition", outcomes: ["condition"], edge: "border-warn" },
  { key: "info", outcomes: ["met", "info"], edge: "border-line" },
] as const;

function FindingItem({ finding, edge, t }: { finding: Finding; edge: string; t: Translate }) {
  const met = finding.outcome === "met";
  return (
    <li className={`border-l-4 pl-4 ${edge}`}>
      <p className="font-bold">
        {met && (
          <>
            <span aria-hidden="true" className="mr-1 text-go">
              ✓
            </span>
            <span className="sr-only">{t("result.finding.met")} </span>
          </>
        )}
        {t(`rules.${finding.ruleId}.title`)}
        {finding.unconfirmed && <VerifyMark t={t} />}
      </p>
      <p>{finding.message}</p>
      <CitationList citations={finding.citations} t={t} />
    </li>
  );
}

/** A service's (or the plan's) findings under headings of what they mean for the reader. */
export function FindingGroups({
  findings,
  t,
  idPrefix,
}: {
  findings: Finding[];
  t: Translate;
  idPrefix: string;
}) {
  return GROUPS.map(({ key, outcomes, edge }) => {
    const list = outcomes.flatMap((o) => findings.filter((f) => f.outcome === o));
    if (list.length === 0) return null;
    const id = `${idPrefix}-${key}`;
    return (
      <div key={key} className="mt-6">
        <h3 id={id} className="mb-3 text-xl font-bold">
          {t(`result.groups.${key}`)}
        </h3>
        <ul aria-labelledby={id} className="space-y-5">
          {list.map((finding, i) => (
            <FindingItem key={`${finding.messageKey}-${i}`} finding={finding} edge={edge} t={t} />
          ))}
        </ul>
      </div>
    );
  });
}
