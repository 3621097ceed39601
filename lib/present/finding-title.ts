/**
 * A finding is headed by its rule's title, except where one rule says two different things
 * in one result: LIC-REQUIREMENTS gives the ordinary licence conditions and, for IDC, CDN and
 * ISP, the security reviews, which would otherwise appear as two findings of the same title.
 */
const OWN_TITLES: ReadonlySet<string> = new Set(["findings.LIC-REQUIREMENTS.securityReview"]);

export function findingTitleKey(finding: { ruleId: string; messageKey: string }): string {
  if (!OWN_TITLES.has(finding.messageKey)) return `rules.${finding.ruleId}.title`;
  const variant = finding.messageKey.slice(finding.messageKey.lastIndexOf(".") + 1);
  return `rules.${finding.ruleId}.titles.${variant}`;
}
