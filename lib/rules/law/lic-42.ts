/**
 * The Measures for the Administration of Telecommunications Business Operating Licences
 * (MIIT Order 42, LIC-42): who licenses, and on what conditions.
 */
import { ARTICLES, cite } from "../citations";
import { type PlanRule, finding } from "../rule";

/**
 * LIC-42: service in one province-level region is licensed by that province's communications
 * administration; cross-regional or nationwide service by MIIT. Pilot applications go to
 * MIIT (MIIT-2024-107).
 */
export const LIC_AUTHORITY: PlanRule = {
  id: "LIC-AUTHORITY",
  citations: [cite("LIC-42"), cite("MIIT-2024-107", ARTICLES.circularApproval)],
  unconfirmed: false,
  level: "plan",
  evaluate({ answers, services }) {
    if (services.some((s) => s.route === "pilot" && s.needsPilot))
      return [finding(this, "info", "pilot")];
    const crossRegional = answers.services.some(
      (s) => (s.coverage ?? "nationwide") === "nationwide",
    );
    // Without the pilot, Circular 107's approval is beside the point: LIC-42 alone decides.
    return [finding(this, "info", crossRegional ? "miit" : "provincial", {}, false, LIC_42_ONLY)];
  },
};

const LIC_42_ONLY = [cite("LIC-42")];

const LICENCE_CONDITIONS = [cite("LIC-42", ARTICLES.lic42Art6), cite("FITE-2022")];
/** Not a licence condition: the review the Foreign Investment Law sets up, and its measures. */
const INVESTMENT_SECURITY_REVIEW = [
  cite("FIL-2019", ARTICLES.filArt35),
  cite("FISR-2020", ARTICLES.fisrArt4),
];

/**
 * LIC-42 Art. 6: a lawfully established company, funds and staff suited to the business,
 * the ability to provide long-term service, premises and a technical plan, and not being on
 * the telecommunications dishonesty list. Since FITE-2022 no track record is required of the
 * foreign investor. IDC, CDN and ISP applications also pass a network and information
 * security review in practice (UNCONFIRMED); a foreign investment security review may apply
 * to control of important internet services (RULES.md states it of every plan with a
 * foreign investor, and does not mark it UNCONFIRMED, so it is said apart from the practice
 * that is).
 */
export const LIC_REQUIREMENTS: PlanRule = {
  id: "LIC-REQUIREMENTS",
  citations: [...LICENCE_CONDITIONS, ...INVESTMENT_SECURITY_REVIEW],
  unconfirmed: true,
  level: "plan",
  evaluate({ answers }) {
    const findings = [finding(this, "info", "ordinary", {}, false, LICENCE_CONDITIONS)];
    const reviewed = answers.services.filter(
      (s) => s.code === "B11" || s.code === "B12" || s.code === "B14",
    );
    // A review of the licence application in practice: its source is the licence's.
    if (reviewed.length > 0)
      findings.push(
        finding(
          this,
          "info",
          "securityReview",
          { count: reviewed.length },
          true,
          LICENCE_CONDITIONS,
        ),
      );
    // Not a licence condition: the review the Foreign Investment Law sets up (Art. 35) and
    // its measures extend to control of important internet services (Order No. 37, Art. 4).
    if (answers.investor.foreignSharePercent > 0)
      findings.push(
        finding(this, "info", "investmentSecurityReview", {}, false, INVESTMENT_SECURITY_REVIEW),
      );
    return findings;
  },
};
