/**
 * The Provisions on the Administration of Foreign-Invested Telecommunications Enterprises
 * as revised by State Council Decree 752 (FITE-2022), effective 2022-05-01.
 */
import { ARTICLES, cite } from "../citations";
import { type PlanRule, type ServiceRule, finding, NONE } from "../rule";

/**
 * FITE-2022 Art. 2: a foreign-invested telecommunications enterprise is established within
 * the People's Republic of China (在中华人民共和国境内设立); LIC-42 Art. 6(1) requires the
 * licensee to be a lawfully established company (依法设立的公司). A company registered outside
 * the mainland cannot hold a VATS permit; neither can a partnership, whoever owns it, nor a
 * mainland branch of a foreign company, and contractual control (VIE or nominee
 * arrangements) does not avoid the limits.
 */
export const ENTITY_MAINLAND_SERVICE: ServiceRule = {
  id: "ENTITY-MAINLAND",
  citations: [cite("FITE-2022", ARTICLES.fiteArt2), cite("LIC-42", ARTICLES.lic42Art6Company)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.registeredIn !== "outside-mainland") return NONE;
    return [finding(this, "not-met", "serviceOutside", { code: ctx.service.code })];
  },
};

/** The same rule, said once for the whole plan (the company is one). */
export const ENTITY_MAINLAND_PLAN: PlanRule = {
  ...ENTITY_MAINLAND_SERVICE,
  level: "plan",
  evaluate({ answers }) {
    const { registeredIn } = answers.company;
    if (registeredIn === "outside-mainland") return [finding(this, "not-met", "outside")];
    if (registeredIn === "undecided") return [finding(this, "condition", "undecided")];
    return [finding(this, "met", "inMainland")];
  },
};

/**
 * FITE-2022 Art. 5, and LIC-42 Art. 6(4) alike: registered capital of at least RMB 1 million
 * for VATS in one province-level region and RMB 10 million for cross-regional VATS. Hainan's 2024 online
 * application guide (HAINAN-GUIDE-2024) states RMB 1 million for cross-regional services
 * other than IDC, CDN and SP but cites the superseded 2008 text: verify before relying on it.
 *
 * Interpretation: a service is cross-regional unless its customers are only in the pilot
 * area (coverage `pilot-area`); services for which coverage was not asked default to
 * nationwide, as API.md says.
 */
/** FITE-2022 Art. 5's amounts, which LIC-42 Art. 6 makes a licence condition: settled. */
const SETTLED_CAPITAL_CITATIONS = [
  cite("FITE-2022", ARTICLES.fiteArt5),
  cite("LIC-42", ARTICLES.lic42Art6Capital),
];

export const LIC_CAPITAL: PlanRule = {
  id: "LIC-CAPITAL",
  // The rule as a whole: the settled amounts and the Hainan guide's unsettled statement.
  citations: [...SETTLED_CAPITAL_CITATIONS, cite("HAINAN-GUIDE-2024")],
  unconfirmed: true,
  level: "plan",
  evaluate({ answers }) {
    const crossRegional = answers.services.some(
      (s) => (s.coverage ?? "nationwide") === "nationwide",
    );
    const findings = [
      finding(
        this,
        "info",
        crossRegional ? "crossRegional" : "oneProvince",
        { amount: crossRegional ? 10_000_000 : 1_000_000 },
        false,
        SETTLED_CAPITAL_CITATIONS,
      ),
    ];
    if (answers.company.registeredIn === "hainan") {
      findings.push(finding(this, "info", "hainanGuide", {}, true, HAINAN_GUIDE_CITATIONS));
    }
    return findings;
  },
};

const HAINAN_GUIDE_CITATIONS = [cite("HAINAN-GUIDE-2024"), cite("FITE-2022", ARTICLES.fiteArt5)];

export const FITE_2022_SERVICE_RULES = [ENTITY_MAINLAND_SERVICE];
