/**
 * Scenario tests as data (STYLE.md "Tests"): plans named in sentences, with the result the law
 * gives them. The expectations are derived from RULES.md (§4 and §5's decision procedure) and
 * docs/adr/0002-legal-interpretations.md, not from what the library returns: they are an
 * independent check of it.
 *
 * `notMet` is the exact set of rule IDs with a `not-met` finding for that service; `includes`
 * lists findings that must be present; `excludes` lists rule IDs that must not appear at all.
 */
import type { Location, ServiceCode, Tenure } from "@/lib/answers/options";
import type { Answers } from "@/lib/answers/schema";

import { API_EXAMPLE } from "./api-example";

import type { Outcome, Route, RuleId, Share, Verdict } from "./types";

export type ExpectedFinding = { ruleId: RuleId; outcome: Outcome };

export type ExpectedService = {
  verdict: Verdict;
  route: Route;
  maxForeignSharePercent: Share;
  /** Exactly the rule IDs with outcome `not-met` for this service. */
  notMet?: RuleId[];
  /** Findings that must be present. */
  includes?: ExpectedFinding[];
  /** Rule IDs that must not appear in this service's findings. */
  excludes?: RuleId[];
};

export type Scenario = {
  name: string;
  answers: Answers;
  expected: {
    overall: Verdict;
    maxForeignSharePercent: Share;
    limitingServices?: ServiceCode[];
    services: Partial<Record<ServiceCode, ExpectedService>>;
    planIncludes?: ExpectedFinding[];
    remedies?: { atLeast?: number; none?: boolean; someResultingOverall?: Verdict };
  };
};

function at(location: Location, tenure: Tenure = "owned") {
  return { location, tenure };
}

const info = (ruleId: RuleId): ExpectedFinding => ({ ruleId, outcome: "info" });
const condition = (ruleId: RuleId): ExpectedFinding => ({ ruleId, outcome: "condition" });
const met = (ruleId: RuleId): ExpectedFinding => ({ ruleId, outcome: "met" });
const notMet = (ruleId: RuleId): ExpectedFinding => ({ ruleId, outcome: "not-met" });

/** What every plan that needs the pilot and meets it must keep (RULES.md §5, verdict). */
const PILOT_CONDITIONS = [condition("PILOT-MIIT-APPROVAL"), condition("PILOT-LOCAL-PLAN")];

/** The licence findings every plan carries (information). */
const LICENCE_INFO = [info("LIC-AUTHORITY"), info("LIC-CAPITAL"), info("LIC-REQUIREMENTS")];

/** API.md's example (lib/rules/api-example.ts), which the OpenAPI document also carries. */
export { API_EXAMPLE };

export const SCENARIOS: readonly Scenario[] = [
  // ---------------------------------------------------------------- API.md, the example
  {
    name: "The API.md example: a wholly foreign-owned Hainan company whose CDN leases a node in Guangdong is not permitted, while its Hainan app store is permitted with conditions",
    answers: API_EXAMPLE,
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B12"],
      services: {
        B12: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "PILOT-CDN-LOCAL-NODES", "SHARE-WITHIN-CAP"],
          includes: [info("HAINAN-FTP"), info("NL-WTO-SCOPE")],
        },
        B25: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [
            ...PILOT_CONDITIONS,
            info("NL-PUBLIC-INFO-RELEASE"),
            info("SC-2025-20-CITIES"),
          ],
          excludes: ["HAINAN-FTP", "CEPA-HK-MO"],
        },
      },
      planIncludes: [met("ENTITY-MAINLAND"), ...LICENCE_INFO],
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },

  // ---------------------------------------------------------------- B12 CDN
  {
    name: "CDN in Shenzhen leasing a node elsewhere falls back to nothing: CDN is closed without the pilot",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        { code: "B12", facilities: [at("shenzhen", "owned"), at("mainland-other", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B12"],
      services: {
        B12: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "PILOT-CDN-LOCAL-NODES", "SHARE-WITHIN-CAP"],
          excludes: ["HAINAN-FTP", "PILOT-MIIT-APPROVAL"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "CDN in Beijing with every node owned in Beijing is permitted with the pilot's conditions, keeping its nodes inside the area",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B12", facilities: [at("beijing", "owned"), at("beijing", "leased")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      limitingServices: ["B12"],
      services: {
        B12: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [
            ...PILOT_CONDITIONS,
            condition("PILOT-SAME-AREA"),
            condition("PILOT-CDN-LOCAL-NODES"),
            info("PILOT-NATIONWIDE-SERVICE"),
            info("NL-WTO-SCOPE"),
          ],
          excludes: ["HAINAN-FTP"],
        },
      },
      planIncludes: [met("ENTITY-MAINLAND"), ...LICENCE_INFO],
      remedies: { none: true },
    },
  },
  {
    name: "CDN with registration and every node still undecided can use the pilot, with the location rules as conditions to meet",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B12", facilities: [at("undecided", "owned"), at("undecided", "leased")] },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B12: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [
            ...PILOT_CONDITIONS,
            condition("PILOT-AREA"),
            condition("PILOT-SAME-AREA"),
            condition("PILOT-CDN-LOCAL-NODES"),
          ],
        },
      },
      planIncludes: [condition("ENTITY-MAINLAND")],
      remedies: { none: true },
    },
  },
  {
    name: "CDN with registration undecided and nodes in Beijing and Shenzhen can never meet the same-area rule",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        {
          code: "B12",
          facilities: [at("beijing", "leased"), at("shenzhen", "owned"), at("shenzhen", "leased")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B12: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "PILOT-CDN-LOCAL-NODES", "SHARE-WITHIN-CAP"],
          includes: [condition("PILOT-AREA")],
        },
      },
      planIncludes: [condition("ENTITY-MAINLAND")],
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },

  {
    name: "CDN with every node in Shenzhen, of a company registered elsewhere in the mainland, fails on where the company is, not on its nodes",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B12",
          facilities: [at("shenzhen", "owned"), at("shenzhen", "leased"), at("undecided")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B12: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-AREA", "PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [condition("PILOT-CDN-LOCAL-NODES")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },

  // ---------------------------------------------------------------- B11 IDC
  {
    name: "IDC and cloud in Beijing at 100% with servers in Beijing is permitted with the pilot's conditions",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B11", facilities: [at("beijing", "owned"), at("beijing", "leased")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      limitingServices: ["B11"],
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [
            ...PILOT_CONDITIONS,
            condition("PILOT-SAME-AREA"),
            met("PILOT-SCOPE"),
            info("NL-WTO-SCOPE"),
            info("PILOT-NATIONWIDE-SERVICE"),
            info("PILOT-NATIONAL-TREATMENT"),
            met("SHARE-WITHIN-CAP"),
          ],
          excludes: [
            "HAINAN-FTP",
            "FTZ-ROUTES",
            "CEPA-HK-MO",
            "SC-2025-20-CITIES",
            "ENTITY-MAINLAND",
          ],
        },
      },
      planIncludes: [met("ENTITY-MAINLAND"), ...LICENCE_INFO],
      remedies: { none: true },
    },
  },
  {
    name: "Cloud servers rented from a provider in Guangdong count as leased facilities and break the same-area rule for an IDC in Shanghai's Lin-gang area",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shanghai" },
      services: [
        { code: "B11", facilities: [at("shanghai", "owned"), at("mainland-other", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B11"],
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          excludes: ["PILOT-CDN-LOCAL-NODES"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "IDC at 0% foreign share registered outside the pilot areas is permitted: nothing but the mainland rule restricts a domestic company",
    answers: {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B11", facilities: [at("mainland-other", "owned")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B11"],
      services: {
        B11: {
          verdict: "permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: [],
          includes: [met("SHARE-WITHIN-CAP")],
        },
      },
      planIncludes: [met("ENTITY-MAINLAND")],
      remedies: { none: true },
    },
  },
  {
    name: "Shanghai outside Pudong and Lin-gang is entered as mainland-other: an IDC wholly there at 100% has no route, and is told to register and move into any one pilot area",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B11", facilities: [at("mainland-other", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-AREA", "PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          excludes: ["PILOT-MIIT-APPROVAL", "PILOT-LOCAL-PLAN", "PILOT-NATIONAL-TREATMENT"],
        },
      },
      planIncludes: [met("ENTITY-MAINLAND")],
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "IDC registered in Beijing with a second facility in Shanghai's Lin-gang area is split over two pilot areas and fails the same-area rule",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B11", facilities: [at("beijing", "owned"), at("shanghai", "leased")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "IDC in Beijing with one facility at an undecided location is permitted with the same-area rule as a condition",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B11", facilities: [at("beijing", "owned"), at("undecided", "leased")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, condition("PILOT-SAME-AREA")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "IDC with registration undecided and every server in Beijing is permitted with conditions, registering in Beijing being one of them",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [{ code: "B11", facilities: [at("beijing", "owned"), at("beijing", "leased")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, condition("PILOT-AREA"), condition("PILOT-SAME-AREA")],
        },
      },
      planIncludes: [condition("ENTITY-MAINLAND")],
      remedies: { none: true },
    },
  },
  {
    name: "IDC with registration undecided and a server in mainland-other fails the same-area rule, and is told to register and move into any one pilot area",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [{ code: "B11", facilities: [at("mainland-other", "leased")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [condition("PILOT-AREA")],
        },
      },
      planIncludes: [condition("ENTITY-MAINLAND")],
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "IDC registered in Hainan with servers in Hainan is permitted with conditions and shown Hainan's free trade port route and capital guide",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "hainan" },
      services: [{ code: "B11", facilities: [at("hainan", "owned")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, info("HAINAN-FTP")],
        },
      },
      planIncludes: [...LICENCE_INFO],
      remedies: { none: true },
    },
  },
  {
    name: "A Macao investor's IDC in Beijing is permitted with conditions and shown CEPA's 50% joint venture route",
    answers: {
      investor: { origin: "macao", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B11", facilities: [at("beijing", "leased")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, info("CEPA-HK-MO")],
          excludes: ["HAINAN-FTP"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "An IDC company registered outside the mainland with its servers in Beijing is not permitted and is told to register in Beijing",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "outside-mainland" },
      services: [{ code: "B11", facilities: [at("beijing", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["ENTITY-MAINLAND", "PILOT-AREA", "PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
        },
      },
      planIncludes: [notMet("ENTITY-MAINLAND")],
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },

  // ---------------------------------------------------------------- B13 IP-VPN
  {
    name: "IP-VPN at 100% in Beijing is not permitted: the pilot does not open IP-VPN, and a single service cannot be separated from itself",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B13", facilities: [at("beijing", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B13"],
      services: {
        B13: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("NL-WTO-SCOPE"), info("FTZ-ROUTES"), info("SC-2025-20-CITIES")],
          excludes: ["PILOT-MIIT-APPROVAL", "PILOT-LOCAL-PLAN", "PILOT-NATIONAL-TREATMENT"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "IP-VPN at 0% is permitted, and other routes are not shown to a plan without foreign share",
    answers: {
      investor: { origin: "hong-kong", foreignSharePercent: 0 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B13", facilities: [at("mainland-other", "owned")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 0,
      services: {
        B13: {
          verdict: "permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: [],
          excludes: ["FTZ-ROUTES", "SC-2025-20-CITIES", "CEPA-HK-MO"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "IP-VPN for a Hong Kong investor at 50% is not permitted, with CEPA's joint venture, the free trade zone and the 2025 twenty-cities routes shown",
    answers: {
      investor: { origin: "hong-kong", foreignSharePercent: 50 },
      company: { registeredIn: "shanghai" },
      services: [{ code: "B13", facilities: [at("shanghai", "leased")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B13: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("CEPA-HK-MO"), info("FTZ-ROUTES"), info("SC-2025-20-CITIES")],
        },
      },
      remedies: { none: true },
    },
  },

  // ---------------------------------------------------------------- B14 ISP
  {
    name: "ISP in Shanghai's Pudong for local users through the basic operators' access equipment is permitted with conditions",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shanghai" },
      services: [
        {
          code: "B14",
          coverage: "pilot-area",
          ispAccess: "basic-operator",
          facilities: [at("shanghai", "owned")],
        },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B14: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, info("SC-2025-20-CITIES")],
          excludes: ["FTZ-ROUTES", "PILOT-NATIONWIDE-SERVICE", "CEPA-HK-MO"],
        },
      },
      planIncludes: [...LICENCE_INFO],
      remedies: { none: true },
    },
  },
  {
    name: "ISP in Shanghai's Pudong serving the whole country is not permitted: ISP is limited to users in the pilot area",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shanghai" },
      services: [
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "basic-operator",
          facilities: [at("shanghai", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B14: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-ISP-LOCAL-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("FTZ-ROUTES"), info("SC-2025-20-CITIES")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "ISP in Beijing for local users over its own access network is not permitted: access must go through basic operators",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B14",
          coverage: "pilot-area",
          ispAccess: "own-network",
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B14: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-ISP-OPERATOR-ACCESS", "SHARE-WITHIN-CAP"],
          includes: [info("FTZ-ROUTES"), info("SC-2025-20-CITIES")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "ISP in Beijing serving the whole country over its own network fails both ISP limits, and a Hong Kong investor is shown CEPA's wholly owned ISP route",
    answers: {
      investor: { origin: "hong-kong", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B14: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-ISP-LOCAL-SCOPE", "PILOT-ISP-OPERATOR-ACCESS", "SHARE-WITHIN-CAP"],
          includes: [info("CEPA-HK-MO"), info("FTZ-ROUTES"), info("SC-2025-20-CITIES")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "ISP in Beijing serving the whole country over its own network from a node in Guangdong fails three pilot limits, and only a change of all three works",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [at("beijing", "owned"), at("mainland-other", "leased")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B14: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: [
            "PILOT-SAME-AREA",
            "PILOT-ISP-LOCAL-SCOPE",
            "PILOT-ISP-OPERATOR-ACCESS",
            "SHARE-WITHIN-CAP",
          ],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "ISP owned by a Macao investor in Hainan for local users through basic operators is permitted with conditions and shown CEPA's ISP route",
    answers: {
      investor: { origin: "macao", foreignSharePercent: 100 },
      company: { registeredIn: "hainan" },
      services: [
        {
          code: "B14",
          coverage: "pilot-area",
          ispAccess: "basic-operator",
          facilities: [at("hainan", "leased")],
        },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B14: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, info("CEPA-HK-MO"), info("SC-2025-20-CITIES")],
          excludes: ["HAINAN-FTP", "FTZ-ROUTES"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "ISP at 0% serving the whole country over its own network is permitted: the pilot's limits bind only a plan that needs the pilot",
    answers: {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [at("mainland-other", "owned")],
        },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 0,
      services: {
        B14: {
          verdict: "permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: [],
          excludes: ["FTZ-ROUTES", "SC-2025-20-CITIES"],
        },
      },
      remedies: { none: true },
    },
  },

  // ---------------------------------------------------------------- B21
  {
    name: "Operating e-commerce alone is open to 100% foreign ownership anywhere in the mainland",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        { code: "B21", subtypes: ["ecommerce"], facilities: [at("mainland-other", "leased")] },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 100,
      limitingServices: ["B21"],
      services: {
        B21: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [met("NL-VATS-OPEN"), met("SHARE-WITHIN-CAP")],
          excludes: ["NL-VATS-CAP-50", "PILOT-MIIT-APPROVAL", "PILOT-LOCAL-PLAN"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "E-commerce bundled with EDI takes the lower baseline: at 100% registered outside the pilot areas it is capped at 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B21",
          subtypes: ["ecommerce", "edi"],
          facilities: [at("mainland-other", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B21: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-AREA", "PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [info("NL-VATS-CAP-50")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "EDI at 100% in Shenzhen with a server elsewhere can move the server or cut the share to 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B21",
          subtypes: ["edi"],
          facilities: [at("shenzhen", "owned"), at("mainland-other", "leased")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      limitingServices: ["B21"],
      services: {
        B21: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [info("NL-VATS-CAP-50")],
          excludes: ["PILOT-CDN-LOCAL-NODES"],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "Transaction processing at 100% in Beijing is permitted with the pilot's conditions",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B21",
          subtypes: ["transaction-processing"],
          facilities: [at("beijing", "leased")],
        },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [
            ...PILOT_CONDITIONS,
            met("PILOT-SCOPE"),
            info("NL-VATS-CAP-50"),
            info("PILOT-NATIONWIDE-SERVICE"),
          ],
          excludes: ["HAINAN-FTP", "NL-PUBLIC-INFO-RELEASE"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "IoT device-data processing at 100% in Hainan is permitted with conditions and shown Hainan's uncapped data-processing route",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "hainan" },
      services: [{ code: "B21", subtypes: ["device-data"], facilities: [at("hainan", "leased")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, info("HAINAN-FTP")],
        },
      },
      planIncludes: [...LICENCE_INFO],
      remedies: { none: true },
    },
  },
  {
    name: "E-commerce with transaction processing and device data at 100% in Shanghai's Lin-gang area is permitted with conditions under the pilot",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shanghai" },
      services: [
        {
          code: "B21",
          subtypes: ["ecommerce", "transaction-processing", "device-data"],
          facilities: [at("shanghai", "owned"), at("shanghai", "other")],
        },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, info("NL-VATS-CAP-50")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "EDI at exactly 50% registered outside the pilot areas is within the nationwide cap",
    answers: {
      investor: { origin: "other", foreignSharePercent: 50 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B21", subtypes: ["edi"], facilities: [at("mainland-other", "owned")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 50,
      services: {
        B21: {
          verdict: "permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: [],
          includes: [met("SHARE-WITHIN-CAP"), info("NL-VATS-CAP-50")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "EDI at 50.01% registered outside the pilot areas exceeds the nationwide cap and is offered a cut to 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 50.01 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B21", subtypes: ["edi"], facilities: [at("mainland-other", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B21: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-AREA", "PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "EDI at 49.99% registered outside the pilot areas is permitted",
    answers: {
      investor: { origin: "other", foreignSharePercent: 49.99 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B21", subtypes: ["edi"], facilities: [at("mainland-other", "owned")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 50,
      services: {
        B21: {
          verdict: "permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: [],
          includes: [met("SHARE-WITHIN-CAP")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "EDI at exactly 50% in Beijing does not need the pilot, so its conditions are information only",
    answers: {
      investor: { origin: "other", foreignSharePercent: 50 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B21", subtypes: ["edi"], facilities: [at("beijing", "owned")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 100,
      services: {
        B21: {
          verdict: "permitted",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [info("PILOT-MIIT-APPROVAL"), info("PILOT-LOCAL-PLAN")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "EDI at 50.01% in Beijing needs the pilot and is permitted with conditions",
    answers: {
      investor: { origin: "other", foreignSharePercent: 50.01 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B21", subtypes: ["edi"], facilities: [at("beijing", "owned")] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, condition("PILOT-SAME-AREA")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "EDI in Shenzhen with no facilities listed is permitted with conditions: the location rules are met only as a condition to keep",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [{ code: "B21", subtypes: ["edi"], facilities: [] }],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, condition("PILOT-SAME-AREA")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "EDI registered in mainland-other with every server in Beijing is not permitted until the company registers in Beijing: registration and facilities must share one pilot area",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        { code: "B21", subtypes: ["edi"], facilities: [at("beijing", "owned"), at("beijing")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B21: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-AREA", "PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
        },
      },
      planIncludes: [met("ENTITY-MAINLAND")],
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "EDI whose company is registered outside the mainland is not permitted even at 0% foreign share",
    answers: {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "outside-mainland" },
      services: [{ code: "B21", subtypes: ["edi"], facilities: [at("beijing", "leased")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B21: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["ENTITY-MAINLAND"],
          includes: [met("SHARE-WITHIN-CAP")],
        },
      },
      planIncludes: [notMet("ENTITY-MAINLAND")],
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },

  // ---------------------------------------------------------------- B22, B23, B24
  {
    name: "Domestic multi-party communication at 100% registered anywhere in the mainland is open",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B22", facilities: [at("mainland-other", "leased")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 100,
      limitingServices: ["B22"],
      services: {
        B22: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [met("NL-VATS-OPEN"), met("SHARE-WITHIN-CAP")],
          excludes: [
            "NL-VATS-CAP-50",
            "NL-WTO-SCOPE",
            "PILOT-MIIT-APPROVAL",
            "PILOT-LOCAL-PLAN",
            "PILOT-NATIONAL-TREATMENT",
          ],
        },
      },
      planIncludes: [met("ENTITY-MAINLAND"), ...LICENCE_INFO],
      remedies: { none: true },
    },
  },
  {
    name: "Store-and-forward at 100% with registration and facilities undecided is open, with a mainland registration as the plan's condition",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [{ code: "B23", facilities: [at("undecided", "leased")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 100,
      services: {
        B23: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [met("NL-VATS-OPEN")],
        },
      },
      planIncludes: [condition("ENTITY-MAINLAND")],
      remedies: { none: true },
    },
  },
  {
    name: "A call centre wholly owned from Taiwan is open nationwide and no CEPA route is shown",
    answers: {
      investor: { origin: "taiwan", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B24", facilities: [] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 100,
      services: {
        B24: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [met("NL-VATS-OPEN")],
          excludes: ["CEPA-HK-MO"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "A call centre whose company is registered outside the mainland cannot hold a licence, though call centres are open to 100%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "outside-mainland" },
      services: [{ code: "B24", facilities: [at("outside-mainland", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B24: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["ENTITY-MAINLAND", "SHARE-WITHIN-CAP"],
        },
      },
      planIncludes: [notMet("ENTITY-MAINLAND")],
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },

  // ---------------------------------------------------------------- B25
  {
    name: "An app store (publishing and delivery) at 100% in Beijing is permitted with conditions, with the public information release question flagged for counsel",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          facilities: [at("beijing", "leased")],
        },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B25: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [
            ...PILOT_CONDITIONS,
            met("PILOT-SCOPE"),
            info("NL-VATS-CAP-50"),
            info("NL-PUBLIC-INFO-RELEASE"),
            info("SC-2025-20-CITIES"),
          ],
          excludes: ["CEPA-HK-MO", "FTZ-ROUTES", "HAINAN-FTP"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "An app store registered in Beijing with its servers in Shenzhen fails the same-area rule and is told to move the servers to Beijing",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          facilities: [at("shenzhen", "leased")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [met("PILOT-AREA")],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "A Hong Kong investor's app store in Shenzhen at 100% is permitted with conditions and shown CEPA's wholly owned app-store route",
    answers: {
      investor: { origin: "hong-kong", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          facilities: [at("shenzhen", "owned")],
        },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B25: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [
            ...PILOT_CONDITIONS,
            info("CEPA-HK-MO"),
            info("SC-2025-20-CITIES"),
            info("NL-PUBLIC-INFO-RELEASE"),
          ],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "Anti-virus and spam filtering (information protection and processing) at 100% in Shenzhen is permitted with conditions",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B25",
          subtypes: ["protection-processing"],
          facilities: [at("shenzhen", "leased")],
        },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B25: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, met("PILOT-SCOPE")],
          excludes: ["NL-PUBLIC-INFO-RELEASE", "SC-2025-20-CITIES"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "A search engine at 100% in Beijing is not permitted: the pilot does not open search, and the share can be cut to 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B25", subtypes: ["search"], facilities: [at("beijing", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("NL-VATS-CAP-50")],
          excludes: ["NL-PUBLIC-INFO-RELEASE", "PILOT-MIIT-APPROVAL", "SC-2025-20-CITIES"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "A community platform at 100% in Shanghai's Pudong is capped at 50%, and its public information release question is flagged",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shanghai" },
      services: [{ code: "B25", subtypes: ["community"], facilities: [at("shanghai", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("NL-PUBLIC-INFO-RELEASE")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "Instant messaging at 50% in Hainan stays within the nationwide cap",
    answers: {
      investor: { origin: "other", foreignSharePercent: 50 },
      company: { registeredIn: "hainan" },
      services: [
        { code: "B25", subtypes: ["instant-messaging"], facilities: [at("hainan", "owned")] },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: [],
          includes: [met("SHARE-WITHIN-CAP")],
          excludes: ["HAINAN-FTP", "NL-PUBLIC-INFO-RELEASE"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "An app store with a search function at 100% in Beijing keeps the 50% baseline as a whole, and separating search is suggested",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery", "search"],
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("NL-PUBLIC-INFO-RELEASE")],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "Search, community and instant messaging together at 60% are capped at 50% wherever the company sits",
    answers: {
      investor: { origin: "other", foreignSharePercent: 60 },
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B25",
          subtypes: ["search", "community", "instant-messaging"],
          facilities: [at("shenzhen", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("NL-PUBLIC-INFO-RELEASE")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },

  // ---------------------------------------------------------------- content categories
  {
    name: "An information platform that itself provides online music at 100% cannot use the pilot and falls back to the 50% cap",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["online-music"],
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-EXCLUDED-CONTENT", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "An information platform providing online music at 0% foreign share is permitted under the nationwide baseline",
    answers: {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["online-music"],
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: [],
          excludes: ["SC-2025-20-CITIES", "CEPA-HK-MO"],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "Internet news provided by a wholly foreign-owned company is prohibited, and dropping the news is suggested",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["news"],
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "prohibited",
          maxForeignSharePercent: 0,
          notMet: ["NL-CONTENT-PROHIBITED", "PILOT-EXCLUDED-CONTENT", "SHARE-WITHIN-CAP"],
          excludes: ["PILOT-MIIT-APPROVAL", "PILOT-LOCAL-PLAN"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "Internet news provided by a domestic company at 0% is permitted, with the prohibition shown as information and a maximum of 0%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["news"],
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 0,
      services: {
        B25: {
          verdict: "permitted",
          route: "prohibited",
          maxForeignSharePercent: 0,
          notMet: [],
          includes: [info("NL-CONTENT-PROHIBITED"), met("SHARE-WITHIN-CAP")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "Online publishing with even 10% foreign share is prohibited, and without it the platform is permitted",
    answers: {
      investor: { origin: "other", foreignSharePercent: 10 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["publishing"],
          facilities: [at("beijing", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "prohibited",
          maxForeignSharePercent: 0,
          notMet: ["NL-CONTENT-PROHIBITED", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "Online audiovisual programmes provided at 1% foreign share on a device-data service in Shenzhen are prohibited",
    answers: {
      investor: { origin: "other", foreignSharePercent: 1 },
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B21",
          subtypes: ["device-data"],
          content: ["audiovisual"],
          facilities: [at("shenzhen", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B21: {
          verdict: "not-permitted",
          route: "prohibited",
          maxForeignSharePercent: 0,
          notMet: ["NL-CONTENT-PROHIBITED", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "Internet culture provided at 30% on an instant-messaging service is prohibited",
    answers: {
      investor: { origin: "other", foreignSharePercent: 30 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B25",
          subtypes: ["instant-messaging"],
          content: ["internet-culture"],
          facilities: [at("mainland-other", "owned")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "prohibited",
          maxForeignSharePercent: 0,
          notMet: ["NL-CONTENT-PROHIBITED", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "Internet culture provided by a community platform at 0% foreign share is permitted with a 0% maximum",
    answers: {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "hainan" },
      services: [
        {
          code: "B25",
          subtypes: ["community"],
          content: ["internet-culture", "online-music"],
          facilities: [at("hainan", "owned")],
        },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 0,
      services: {
        B25: {
          verdict: "permitted",
          route: "prohibited",
          maxForeignSharePercent: 0,
          notMet: [],
          includes: [info("NL-CONTENT-PROHIBITED")],
        },
      },
      remedies: { none: true },
    },
  },

  {
    name: "Online publishing and audiovisual programmes provided at 0% foreign share are permitted with a 0% maximum and shown as information",
    answers: {
      investor: { origin: "other", foreignSharePercent: 0 },
      company: { registeredIn: "shanghai" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["publishing", "audiovisual"],
          facilities: [at("shanghai", "owned")],
        },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 0,
      services: {
        B25: {
          verdict: "permitted",
          route: "prohibited",
          maxForeignSharePercent: 0,
          notMet: [],
          includes: [info("NL-CONTENT-PROHIBITED")],
          excludes: ["SC-2025-20-CITIES", "CEPA-HK-MO"],
        },
      },
      remedies: { none: true },
    },
  },

  // ---------------------------------------------------------------- B26
  {
    name: "Coding and protocol conversion at 80% is capped at 50% and offered a cut to 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 80 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B26", facilities: [at("beijing", "owned")] }],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      limitingServices: ["B26"],
      services: {
        B26: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("NL-VATS-CAP-50")],
          excludes: ["PILOT-MIIT-APPROVAL", "PILOT-LOCAL-PLAN", "NL-VATS-OPEN"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted" },
    },
  },
  {
    name: "Domain name resolution at exactly 50% is permitted under the nationwide cap",
    answers: {
      investor: { origin: "other", foreignSharePercent: 50 },
      company: { registeredIn: "mainland-other" },
      services: [{ code: "B26", facilities: [at("mainland-other", "leased")] }],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 50,
      services: {
        B26: {
          verdict: "permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: [],
          includes: [met("SHARE-WITHIN-CAP"), info("NL-VATS-CAP-50")],
        },
      },
      remedies: { none: true },
    },
  },

  // ---------------------------------------------------------------- mixed plans
  {
    name: "An IDC and a coding service in one Beijing company at 100%: the coding service limits the company to 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B11", facilities: [at("beijing", "owned")] },
        { code: "B26", facilities: [at("beijing", "owned")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      limitingServices: ["B26"],
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B26: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "IP-VPN beside an EDI service in Beijing sets the company's maximum to 0% and is offered separation into another company",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B21", subtypes: ["edi"], facilities: [at("beijing", "owned")] },
        { code: "B13", facilities: [at("beijing", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B13"],
      services: {
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B13: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [info("FTZ-ROUTES"), info("SC-2025-20-CITIES")],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "A coding service and an IP-VPN at 100% in Beijing: the combined remedy runs the IP-VPN in a separate company and cuts the share to 50%, so the plan can go ahead",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B26", facilities: [at("beijing")] },
        { code: "B13", facilities: [at("beijing", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B13"],
      services: {
        B26: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
        },
        B13: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 4, someResultingOverall: "permitted" },
    },
  },
  {
    name: "A Shenzhen plan of multi-party communication, EDI and search at 100%: search limits the company to 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        { code: "B22", facilities: [at("mainland-other", "leased")] },
        { code: "B21", subtypes: ["edi"], facilities: [at("shenzhen", "owned")] },
        { code: "B25", subtypes: ["search"], facilities: [at("shenzhen", "owned")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      limitingServices: ["B25"],
      services: {
        B22: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "A store-and-forward service beside a CDN: the store-and-forward facility outside the pilot area does not affect the CDN's same-area rule",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        { code: "B23", facilities: [at("mainland-other", "leased")] },
        { code: "B12", facilities: [at("shenzhen", "owned")] },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      limitingServices: ["B23", "B12"],
      services: {
        B23: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B12: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [...PILOT_CONDITIONS, condition("PILOT-CDN-LOCAL-NODES")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "An IDC with a server outside Beijing beside an IP-VPN: both are limiting services at 0%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B11", facilities: [at("beijing", "owned"), at("mainland-other", "leased")] },
        { code: "B13", facilities: [at("beijing", "owned")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B11", "B13"],
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
        },
        B13: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "An IDC and a CDN in Beijing each with a node in Guangdong get one combined remedy moving both",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B11", facilities: [at("beijing", "owned"), at("mainland-other", "leased")] },
        { code: "B12", facilities: [at("beijing", "owned"), at("mainland-other", "owned")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B11", "B12"],
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
        },
        B12: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "PILOT-CDN-LOCAL-NODES", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 3, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "With registration undecided, an ISP serving the whole country and an EDI server in mainland-other both fail, each with its own remedy",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B14", coverage: "nationwide", ispAccess: "basic-operator", facilities: [] },
        { code: "B21", subtypes: ["edi"], facilities: [at("mainland-other", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B14"],
      services: {
        B14: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-ISP-LOCAL-SCOPE", "SHARE-WITHIN-CAP"],
          includes: [condition("PILOT-AREA"), condition("PILOT-SAME-AREA")],
        },
        B21: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [condition("PILOT-AREA")],
        },
      },
      planIncludes: [condition("ENTITY-MAINLAND")],
      remedies: { atLeast: 2, someResultingOverall: "not-permitted" },
    },
  },
  {
    name: "A company registered in mainland-other with an IDC in Beijing and a CDN in Shenzhen is told to register in one area or the other, never both at once",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "mainland-other" },
      services: [
        { code: "B11", facilities: [at("beijing", "owned")] },
        { code: "B12", facilities: [at("shenzhen", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B11", "B12"],
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          includes: [notMet("PILOT-AREA"), notMet("SHARE-WITHIN-CAP")],
        },
        B12: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          includes: [notMet("PILOT-AREA"), notMet("SHARE-WITHIN-CAP")],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "not-permitted" },
    },
  },
  {
    name: "A call centre, store-and-forward and an app store at 40% in Beijing are all permitted and all set the company's 100% maximum",
    answers: {
      investor: { origin: "other", foreignSharePercent: 40 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B24", facilities: [] },
        { code: "B23", facilities: [at("beijing", "leased")] },
        { code: "B25", subtypes: ["publishing-delivery"], facilities: [at("beijing", "owned")] },
      ],
    },
    expected: {
      overall: "permitted",
      maxForeignSharePercent: 100,
      limitingServices: ["B24", "B23", "B25"],
      services: {
        B24: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B23: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B25: {
          verdict: "permitted",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [info("PILOT-MIIT-APPROVAL"), info("NL-PUBLIC-INFO-RELEASE")],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "All ten services in one Beijing company at 100%: IP-VPN limits the company to 0% and coding conversion to 50%",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [
        { code: "B11", facilities: [at("beijing", "owned")] },
        { code: "B12", facilities: [at("beijing", "leased")] },
        { code: "B13", facilities: [at("beijing", "owned")] },
        {
          code: "B14",
          coverage: "pilot-area",
          ispAccess: "basic-operator",
          facilities: [at("beijing", "owned")],
        },
        { code: "B21", subtypes: ["edi"], facilities: [at("beijing", "owned")] },
        { code: "B22", facilities: [] },
        { code: "B23", facilities: [] },
        { code: "B24", facilities: [at("mainland-other", "leased")] },
        { code: "B25", subtypes: ["publishing-delivery"], facilities: [at("beijing", "owned")] },
        { code: "B26", facilities: [at("beijing", "owned")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B13"],
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B12: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B13: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
        },
        B14: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B22: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B23: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B24: {
          verdict: "permitted",
          route: "nationwide-open",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B25: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B26: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-SCOPE", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 3, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "With the registration undecided, an IDC with its server in Beijing and a CDN with its node in Shanghai both fail: one company cannot be registered in two pilot areas",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B11", facilities: [at("beijing")] },
        { code: "B12", facilities: [at("shanghai", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B11", "B12"],
      services: {
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [condition("PILOT-AREA")],
        },
        B12: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
          includes: [condition("PILOT-AREA"), condition("PILOT-CDN-LOCAL-NODES")],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "With the registration undecided, an IDC in Beijing ties an EDI service with no facility listed to Beijing too",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B11", facilities: [at("beijing")] },
        { code: "B21", subtypes: ["edi"], facilities: [] },
      ],
    },
    expected: {
      overall: "permitted-with-conditions",
      maxForeignSharePercent: 100,
      services: {
        B11: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [condition("PILOT-AREA"), ...PILOT_CONDITIONS],
        },
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [condition("PILOT-AREA"), condition("PILOT-SAME-AREA"), ...PILOT_CONDITIONS],
        },
      },
      remedies: { none: true },
    },
  },
  {
    name: "An app store providing online music at 60% in Shanghai cannot use the pilot, so its location rules are only information and the pilot is not said to open it",
    answers: {
      investor: { origin: "hong-kong", foreignSharePercent: 60 },
      company: { registeredIn: "shanghai" },
      services: [
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["online-music"],
          facilities: [at("shanghai", "leased")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 50,
      services: {
        B25: {
          verdict: "not-permitted",
          route: "nationwide-cap",
          maxForeignSharePercent: 50,
          notMet: ["PILOT-EXCLUDED-CONTENT", "SHARE-WITHIN-CAP"],
          includes: [info("PILOT-SAME-AREA"), info("PILOT-AREA"), info("CEPA-HK-MO")],
          excludes: ["PILOT-SCOPE", "PILOT-MIIT-APPROVAL"],
        },
      },
      remedies: { atLeast: 2, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "With the registration undecided, an ISP for the whole country in Shenzhen does not pull an EDI service in Beijing out of its area: the ISP fails in any area, the EDI service keeps its conditions",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B21", subtypes: ["edi"], facilities: [at("beijing", "leased")] },
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [at("shenzhen")],
        },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B14"],
      services: {
        B21: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
          includes: [condition("PILOT-AREA"), condition("PILOT-SAME-AREA"), ...PILOT_CONDITIONS],
        },
        B14: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: [
            "PILOT-SAME-AREA",
            "PILOT-ISP-LOCAL-SCOPE",
            "PILOT-ISP-OPERATOR-ACCESS",
            "SHARE-WITHIN-CAP",
          ],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
  {
    name: "With the registration undecided, a cloud service in Beijing with a server abroad does not pull a CDN in Hainan out of its area: only the cloud service fails",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "undecided" },
      services: [
        { code: "B12", facilities: [at("hainan", "leased")] },
        { code: "B11", facilities: [at("beijing"), at("outside-mainland", "leased")] },
      ],
    },
    expected: {
      overall: "not-permitted",
      maxForeignSharePercent: 0,
      limitingServices: ["B11"],
      services: {
        B12: {
          verdict: "permitted-with-conditions",
          route: "pilot",
          maxForeignSharePercent: 100,
          notMet: [],
        },
        B11: {
          verdict: "not-permitted",
          route: "not-available",
          maxForeignSharePercent: 0,
          notMet: ["PILOT-SAME-AREA", "SHARE-WITHIN-CAP"],
        },
      },
      remedies: { atLeast: 1, someResultingOverall: "permitted-with-conditions" },
    },
  },
];
