import { PageSection } from "@/components/layout/page-section";
import type { Finding } from "@/lib/answers/result-schema";
import type { Translate } from "@/lib/i18n/render";
import { SCOPE_RULE_ID } from "@/lib/rules";

import { FindingGroups } from "./finding-list";

/**
 * "About the whole plan": the findings on the company rather than one service. The scope
 * finding is left to the memo's own scope section, which states it in full once (a
 * comparison printed it once per plan as well, each time on a page of its own).
 */
export function PlanFindings({
  findings,
  idPrefix = "",
  showRuleIds,
  zh,
  t,
}: {
  findings: Finding[];
  /** Keeps ids unique where several plans share a page (`a-`). */
  idPrefix?: string;
  showRuleIds: boolean;
  zh: boolean;
  t: Translate;
}) {
  return (
    <PageSection titleId={`${idPrefix}plan-title`} title={t("result.planFindings.title")}>
      <p className="mt-2">{t("result.planFindings.intro")}</p>
      <FindingGroups
        findings={findings.filter((f) => f.ruleId !== SCOPE_RULE_ID)}
        t={t}
        idPrefix={`${idPrefix}plan`}
        showRuleIds={showRuleIds}
        zh={zh}
      />
    </PageSection>
  );
}
