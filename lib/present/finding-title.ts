/**
 * A finding is headed by its rule's title, except where one rule says different things in
 * one result: LIC-REQUIREMENTS gives the ordinary licence conditions, for IDC, CDN and ISP
 * the network and information security review, and the foreign investment security review,
 * which would otherwise appear as findings of the same title.
 */
const OWN_TITLES: ReadonlySet<string> = new Set([
  "findings.LIC-REQUIREMENTS.securityReview",
  "findings.LIC-REQUIREMENTS.investmentSecurityReview",
]);

export function findingTitleKey(finding: { ruleId: string; messageKey: string }): string {
  if (!OWN_TITLES.has(finding.messageKey)) return `rules.${finding.ruleId}.title`;
  const variant = finding.messageKey.slice(finding.messageKey.lastIndexOf(".") + 1);
  return `rules.${finding.ruleId}.titles.${variant}`;
}
