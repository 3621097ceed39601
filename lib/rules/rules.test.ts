/**
 * One `describe` per rule of RULES.md §4: a small plan where the rule fires and one where it
 * does not. Expectations come from RULES.md and docs/adr/0002-legal-interpretations.md.
 */
import { describe, expect, it } from "vitest";

import type { ContentCategory, Location, Origin } from "@/lib/answers/options";
import { renderMessage } from "@/lib/i18n/render";
import { translatorFor } from "@/lib/i18n/translator";
import type { Answers, Service } from "@/lib/answers/schema";
import {
  assess,
  INSTRUMENTS,
  RULES,
  type InstrumentId,
  type Assessment,
  type Outcome,
  type RuleFinding,
  type RuleId,
} from "@/lib/rules";

import { SCENARIOS } from "./scenarios";

const RULE_IDS_OF_RULES_MD = [
  "NL-CONTENT-PROHIBITED",
  "NL-PUBLIC-INFO-RELEASE",
  "NL-VATS-OPEN",
  "NL-WTO-SCOPE",
  "NL-VATS-CAP-50",
  "PILOT-SCOPE",
  "PILOT-EXCLUDED-CONTENT",
  "PILOT-LOCAL-PLAN",
  "PILOT-AREA",
  "PILOT-SAME-AREA",
  "PILOT-CDN-LOCAL-NODES",
  "PILOT-ISP-LOCAL-SCOPE",
  "PILOT-ISP-OPERATOR-ACCESS",
  "PILOT-NATIONWIDE-SERVICE",
  "PILOT-MIIT-APPROVAL",
  "PILOT-NATIONAL-TREATMENT",
  "ENTITY-MAINLAND",
  "LIC-AUTHORITY",
  "LIC-CAPITAL",
  "LIC-REQUIREMENTS",
  "SHARE-WITHIN-CAP",
  "CEPA-HK-MO",
  "FTZ-ROUTES",
  "HAINAN-FTP",
  "SC-2025-20-CITIES",
] as const satisfies readonly RuleId[];

type PlanOptions = { share?: number; registeredIn?: Location; origin?: Origin };

function plan(services: Service[], options: PlanOptions = {}): Answers {
  return {
    investor: { origin: options.origin ?? "other", foreignSharePercent: options.share ?? 100 },
    company: { registeredIn: options.registeredIn ?? "beijing" },
    services,
  };
}

function at(location: Location, tenure: "owned" | "leased" | "other" = "owned") {
  return { location, tenure };
}

const IDC: Service = { code: "B11", facilities: [at("beijing")] };
const EDI: Service = { code: "B21", subtypes: ["edi"], facilities: [at("beijing")] };
const APP_STORE: Service = {
  code: "B25",
  subtypes: ["publishing-delivery"],
  facilities: [at("beijing")],
};
const LOCAL_ISP: Service = {
  code: "B14",
  coverage: "pilot-area",
  ispAccess: "basic-operator",
  facilities: [at("beijing")],
};

function serviceOf(result: Assessment, code: string) {
  const service = result.services.find((s) => s.code === code);
  if (!service) throw new Error(`no service ${code} in the result`);
  return service;
}

function findingsOf(result: Assessment, code: string, ruleId: RuleId): RuleFinding[] {
  return serviceOf(result, code).findings.filter((f) => f.ruleId === ruleId);
}

function outcomesOf(result: Assessment, code: string, ruleId: RuleId): Outcome[] {
  return findingsOf(result, code, ruleId).map((f) => f.outcome);
}

function planFindings(result: Assessment, ruleId: RuleId): RuleFinding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** A finding as an English reader sees it. */
function english(finding: RuleFinding | undefined): string {
  if (!finding) throw new Error("no finding to render");
  return renderMessage(translatorFor("en"), finding.messageKey, finding.params);
}

function one(service: Service, options?: PlanOptions) {
  return assess(plan([service], options));
}

describe("the rule catalogue", () => {
  it("has every rule ID of RULES.md §4, each with dated, titled citations", () => {
    for (const id of RULE_IDS_OF_RULES_MD) {
      const rule = RULES[id];
      expect(rule, id).toBeDefined();
      expect(rule.id).toBe(id);
      expect(rule.citations.length, `${id} has a citation`).toBeGreaterThan(0);
      for (const citation of rule.citations) {
        expect(citation.id, `${id} citation id`).toBeTruthy();
        expect(citation.title, `${id} citation title`).toBeTruthy();
        expect(citation.titleZh, `${id} citation titleZh`).toBeTruthy();
        expect(citation.date, `${id} citation date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("lists, for each rule, every source its findings cite, and marks it where any finding is unconfirmed", () => {
    for (const { answers } of SCENARIOS) {
      const result = assess(answers);
      const findings = [...result.findings, ...result.services.flatMap((s) => s.findings)];
      for (const finding of findings) {
        const rule = RULES[finding.ruleId];
        const listed = rule.citations.map((c) => c.id);
        for (const citation of finding.citations)
          expect(listed, `${finding.ruleId} lists ${citation.id}`).toContain(citation.id);
        if (finding.unconfirmed)
          expect(rule.unconfirmed, `${finding.ruleId} is marked unconfirmed`).toBe(true);
      }
    }
  });
});

describe("the instruments cited", () => {
  const citations = RULE_IDS_OF_RULES_MD.flatMap((id) => RULES[id].citations);

  it("carry the dates RULES.md §1 gives them", () => {
    const dates: Record<string, string> = {
      "MIIT-2024-107": "2024-04-08",
      "MIIT-2024-107-ANNEX": "2024-04-08",
      "PILOT-LAUNCH-2024": "2024-10-23",
      "NL-2024": "2024-11-01",
      "CAT-2015": "2016-03-01",
      "FITE-2022": "2022-05-01",
      "LIC-42": "2017",
      "MIIT-2015-196": "2015-06-19",
      "HAINAN-FTP-NL-2020": "2021-02-01",
      "FTZ-NL": "2018",
      "HAINAN-GUIDE-2024": "2024-11-27",
      "CEPA-222": "2016-06-30",
      "SC-2025-SERVICES": "2025-04-11",
    };
    for (const [id, date] of Object.entries(dates)) {
      expect(INSTRUMENTS[id as InstrumentId].date, id).toMatch(new RegExp(`^${date}`));
    }
    // Beyond RULES.md §1, only the sources of the foreign investment security review, which
    // RULES.md names without one (ADR 0002 §21), with the dates the instruments state.
    const beyond: Record<string, string> = { "FIL-2019": "2020-01-01", "FISR-2020": "2021-01-18" };
    for (const [id, date] of Object.entries(beyond))
      expect(INSTRUMENTS[id as InstrumentId].date, id).toBe(date);
    for (const citation of citations) {
      expect(
        dates[citation.id] ?? beyond[citation.id],
        `${citation.id} is an instrument of RULES.md §1`,
      ).toBeDefined();
    }
  });

  it("cite the foreign investment security review to the law and measures that set it up, not to the licence conditions", () => {
    const result = assess(plan([{ code: "B11", facilities: [at("beijing")] }]));
    const findings = result.findings.filter((f) => f.ruleId === "LIC-REQUIREMENTS");
    const sources = (key: string) =>
      findings
        .find((f) => f.messageKey === `findings.LIC-REQUIREMENTS.${key}`)
        ?.citations.map((c) => `${c.id} ${c.article ?? ""}`.trim());
    expect(sources("investmentSecurityReview")).toEqual([
      "FIL-2019 Art. 35 (security review of foreign investment)",
      "FISR-2020 Art. 4 (important information technology and internet products and services, with actual control)",
    ]);
    expect(sources("ordinary")).toEqual(["LIC-42 Art. 6 (licence conditions)", "FITE-2022"]);
    expect(sources("securityReview")).toEqual(["LIC-42 Art. 6 (licence conditions)", "FITE-2022"]);
  });

  it("show no URL but the gov.cn page of Circular 107, and only for the circular itself (ADR 0002 §14)", () => {
    const linked = new Set(citations.filter((c) => c.url !== undefined).map((c) => [c.id, c.url]));
    expect([...new Set([...linked].map(([id, url]) => `${id} ${url}`))]).toEqual([
      "MIIT-2024-107 https://www.gov.cn/zhengce/zhengceku/202404/content_6944441.htm",
    ]);
    // RULES.md §7: the annex itself was not available; its citation says so instead of a link.
    const annex: { url?: string; textNotSeen?: true } = INSTRUMENTS["MIIT-2024-107-ANNEX"];
    expect(annex.url).toBeUndefined();
    expect(annex.textNotSeen).toBe(true);
  });

  it("give no document number RULES.md §1 does not give (the security review's measures aside, ADR 0002 §21)", () => {
    const OF_RULES_MD = [
      "工信部通信函〔2024〕107号",
      "工信部通〔2015〕196号",
      "商资函〔2025〕84号",
    ];
    const ORDERS = ["令第23号", "令第752号", "令第42号", "令第37号"];
    for (const instrument of Object.values(INSTRUMENTS)) {
      for (const number of instrument.titleZh.match(/[^（《]*〔\d{4}〕\d+号/g) ?? [])
        expect(OF_RULES_MD, instrument.id).toContain(number);
      for (const order of instrument.titleZh.match(/令第\d+号/g) ?? [])
        expect(ORDERS, instrument.id).toContain(order);
    }
  });

  it("mark the titles of PILOT-LAUNCH-2024, FTZ-NL and CEPA-222 as descriptive (ADR 0002 §12)", () => {
    for (const id of ["PILOT-LAUNCH-2024", "FTZ-NL", "CEPA-222"] as const) {
      const instrument: { titleIsDescriptive?: true } = INSTRUMENTS[id];
      expect(instrument.titleIsDescriptive, id).toBe(true);
    }
  });

  it("cite ENTITY-MAINLAND to FITE-2022 Art. 2 and LIC-42 Art. 6(1), LIC-CAPITAL to FITE-2022 Art. 5 and LIC-42 Art. 6(4) (ADR 0002 §12)", () => {
    const articles = (id: RuleId) =>
      RULES[id].citations.map((c) => `${c.id} ${c.article ?? ""}`).join(" | ");
    expect(articles("ENTITY-MAINLAND")).toMatch(/FITE-2022 Art\. 2\b/);
    expect(articles("ENTITY-MAINLAND")).toMatch(/LIC-42 Art\. 6\(1\)/);
    expect(articles("LIC-CAPITAL")).toMatch(/FITE-2022 Art\. 5\b/);
    expect(articles("LIC-CAPITAL")).toMatch(/LIC-42 Art\. 6\(4\)/);
  });

  it("never cite an NL-2024 item number, which was derived rather than seen (ADR 0002 §12)", () => {
    for (const citation of citations.filter((c) => c.id === "NL-2024")) {
      expect(`${citation.article ?? ""} ${citation.articleZh ?? ""}`).not.toMatch(/\d/);
    }
  });
});

describe("NL-CONTENT-PROHIBITED", () => {
  it("fires when the company itself provides any of the four prohibited categories with any foreign share", () => {
    const prohibited: ContentCategory[] = ["news", "publishing", "audiovisual", "internet-culture"];
    for (const content of prohibited) {
      const result = one({ ...APP_STORE, content: [content] }, { share: 1 });
      const service = serviceOf(result, "B25");
      expect(service.route, content).toBe("prohibited");
      expect(service.maxForeignSharePercent, content).toBe(0);
      expect(service.verdict, content).toBe("not-permitted");
      expect(outcomesOf(result, "B25", "NL-CONTENT-PROHIBITED"), content).toContain("not-met");
    }
  });

  it("fires only as information at 0% foreign share, with the maximum still 0% (ADR 0002 §1)", () => {
    const result = one({ ...APP_STORE, content: ["news"] }, { share: 0 });
    const service = serviceOf(result, "B25");
    expect(service.route).toBe("prohibited");
    expect(service.maxForeignSharePercent).toBe(0);
    expect(service.verdict).toBe("permitted");
    expect(outcomesOf(result, "B25", "NL-CONTENT-PROHIBITED")).toEqual(["info"]);
  });

  it("tells an information service to stay clear of the prohibited content, music excepted under the cap and not on the pilot", () => {
    const capped = english(
      findingsOf(one(APP_STORE, { share: 50 }), "B25", "NL-CONTENT-PROHIBITED")[0],
    );
    expect(capped).toContain("internet culture services other than online music");
    const pilot = english(findingsOf(one(APP_STORE), "B25", "NL-CONTENT-PROHIBITED")[0]);
    expect(pilot).toContain("online music, though allowed");
    expect(pilot).toContain("would take the service out of the pilot");
  });

  it("does not fire when the company provides only online music, which NL-2024 excepts", () => {
    const result = one({ ...APP_STORE, content: ["online-music"] }, { share: 50 });
    const service = serviceOf(result, "B25");
    expect(service.route).not.toBe("prohibited");
    expect(service.verdict).toBe("permitted");
    expect(outcomesOf(result, "B25", "NL-CONTENT-PROHIBITED")).not.toContain("not-met");
  });
});

describe("NL-PUBLIC-INFO-RELEASE", () => {
  it("fires as unconfirmed information for community and publishing-delivery platforms", () => {
    for (const subtype of ["community", "publishing-delivery"] as const) {
      const result = one({ code: "B25", subtypes: [subtype], facilities: [] });
      const findings = findingsOf(result, "B25", "NL-PUBLIC-INFO-RELEASE");
      expect(findings.length, subtype).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.outcome, subtype).toBe("info");
        expect(f.unconfirmed, subtype).toBe(true);
      }
    }
  });

  it("does not fire when the information service is search, instant messaging or protection and processing", () => {
    for (const subtype of ["search", "instant-messaging", "protection-processing"] as const) {
      const result = one({ code: "B25", subtypes: [subtype], facilities: [] });
      expect(findingsOf(result, "B25", "NL-PUBLIC-INFO-RELEASE"), subtype).toEqual([]);
    }
  });
});

describe("NL-VATS-OPEN", () => {
  it("fires when the service is B22, B23, B24 or B21 operating e-commerce alone: 100% anywhere in the mainland", () => {
    const services: Service[] = [
      { code: "B22", facilities: [] },
      { code: "B23", facilities: [] },
      { code: "B24", facilities: [] },
      { code: "B21", subtypes: ["ecommerce"], facilities: [at("mainland-other")] },
    ];
    for (const service of services) {
      const result = one(service, { registeredIn: "mainland-other" });
      const assessed = serviceOf(result, service.code);
      expect(assessed.route, service.code).toBe("nationwide-open");
      expect(assessed.maxForeignSharePercent, service.code).toBe(100);
      expect(assessed.verdict, service.code).toBe("permitted");
      expect(outcomesOf(result, service.code, "NL-VATS-OPEN"), service.code).toContain("met");
    }
  });

  it("does not fire when e-commerce is bundled with EDI, or for coding conversion", () => {
    const bundled = one(
      { code: "B21", subtypes: ["ecommerce", "edi"], facilities: [at("mainland-other")] },
      { registeredIn: "mainland-other" },
    );
    expect(serviceOf(bundled, "B21").route).toBe("nationwide-cap");
    expect(outcomesOf(bundled, "B21", "NL-VATS-OPEN")).not.toContain("met");
    const coding = one({ code: "B26", facilities: [] }, { registeredIn: "mainland-other" });
    expect(findingsOf(coding, "B26", "NL-VATS-OPEN")).toEqual([]);
  });
});

describe("NL-WTO-SCOPE", () => {
  it("fires when the service is IDC, CDN, IP-VPN or ISP: baseline maximum 0%", () => {
    const services: Service[] = [
      { code: "B11", facilities: [at("mainland-other")] },
      { code: "B12", facilities: [at("mainland-other")] },
      { code: "B13", facilities: [at("mainland-other")] },
      {
        code: "B14",
        coverage: "pilot-area",
        ispAccess: "basic-operator",
        facilities: [at("mainland-other")],
      },
    ];
    for (const service of services) {
      const result = one(service, { registeredIn: "mainland-other", share: 1 });
      const assessed = serviceOf(result, service.code);
      expect(assessed.route, service.code).toBe("not-available");
      expect(assessed.maxForeignSharePercent, service.code).toBe(0);
      expect(assessed.verdict, service.code).toBe("not-permitted");
      expect(findingsOf(result, service.code, "NL-WTO-SCOPE").length, service.code).toBe(1);
    }
  });

  it("leaves room for the other routes, which it does not apply", () => {
    const closed = one(
      { code: "B11", facilities: [at("mainland-other")] },
      {
        registeredIn: "mainland-other",
        origin: "hong-kong",
        share: 40,
      },
    );
    expect(english(findingsOf(closed, "B11", "NL-WTO-SCOPE")[0])).toContain(
      "without the pilot or another special route",
    );
    const vpn = one({ code: "B13", facilities: [] }, { share: 40 });
    expect(english(findingsOf(vpn, "B13", "NL-WTO-SCOPE")[0])).toContain(
      "without another special route",
    );
  });

  it("does not fire when the service is inside China's WTO commitments (B21, B22, B25, B26)", () => {
    const services: Service[] = [EDI, { code: "B22", facilities: [] }, APP_STORE];
    services.push({ code: "B26", facilities: [] });
    for (const service of services) {
      const result = one(service, { registeredIn: "mainland-other" });
      expect(findingsOf(result, service.code, "NL-WTO-SCOPE"), service.code).toEqual([]);
    }
  });
});

describe("a baseline the pilot could lift, for a plan whose share does not need it", () => {
  it("does not tell a domestic IDC in Beijing that its licence is possible only through the pilot (RULES.md §5: at 0% nothing but ENTITY-MAINLAND restricts it)", () => {
    const domestic = one(IDC, { share: 0 });
    expect(serviceOf(domestic, "B11").route).toBe("pilot");
    expect(findingsOf(domestic, "B11", "NL-WTO-SCOPE").map((f) => f.messageKey)).toEqual([
      "findings.NL-WTO-SCOPE.closed",
    ]);
    const foreign = one(IDC, { share: 1 });
    expect(findingsOf(foreign, "B11", "NL-WTO-SCOPE").map((f) => f.messageKey)).toEqual([
      "findings.NL-WTO-SCOPE.onlyThroughPilot",
    ]);
  });

  it("does not tell an EDI service in Beijing at 50% that the pilot lifts its cap for this plan", () => {
    const within = one(EDI, { share: 50 });
    expect(serviceOf(within, "B21").route).toBe("pilot");
    expect(findingsOf(within, "B21", "NL-VATS-CAP-50").map((f) => f.messageKey)).toEqual([
      "findings.NL-VATS-CAP-50.capped",
    ]);
    const above = one(EDI, { share: 50.01 });
    expect(findingsOf(above, "B21", "NL-VATS-CAP-50").map((f) => f.messageKey)).toEqual([
      "findings.NL-VATS-CAP-50.liftedByPilot",
    ]);
  });
});

describe("the pilot's location rules, for a plan whose share does not need the pilot", () => {
  it("say what the pilot would require, not that an EDI service at 50% must keep its servers in Beijing", () => {
    const within = one({ code: "B21", subtypes: ["edi"], facilities: [] }, { share: 50 });
    expect(findingsOf(within, "B21", "PILOT-SAME-AREA")).toMatchObject([
      {
        outcome: "info",
        messageKey: "findings.PILOT-SAME-AREA.ifPilot",
        params: { code: "B21", area: "beijing", max: 50 },
      },
    ]);
    const elsewhere = one(
      { code: "B21", subtypes: ["edi"], facilities: [at("mainland-other")] },
      { share: 50, registeredIn: "mainland-other" },
    );
    expect(findingsOf(elsewhere, "B21", "PILOT-SAME-AREA").map((f) => f.messageKey)).toEqual([
      "findings.PILOT-SAME-AREA.ifPilotAny",
    ]);
  });

  it("say what the pilot would require of a domestic CDN's nodes, not that it must keep them in Beijing", () => {
    const domestic = one({ code: "B12", facilities: [at("beijing")] }, { share: 0 });
    expect(findingsOf(domestic, "B12", "PILOT-CDN-LOCAL-NODES")).toMatchObject([
      { outcome: "info", messageKey: "findings.PILOT-CDN-LOCAL-NODES.ifPilot", unconfirmed: true },
    ]);
    // Above the baseline the plan relies on the pilot: the rule binds.
    const foreign = one({ code: "B12", facilities: [at("beijing")] }, { share: 1 });
    expect(outcomesOf(foreign, "B12", "PILOT-CDN-LOCAL-NODES")).toEqual(["condition"]);
    expect(findingsOf(foreign, "B12", "PILOT-SAME-AREA")[0]?.messageKey).toBe(
      "findings.PILOT-SAME-AREA.allInside",
    );
  });
});

describe("NL-VATS-CAP-50", () => {
  it("fires when the service is B21 other than e-commerce, B25 or B26: 50% outside the pilot", () => {
    const services: Service[] = [
      { code: "B21", subtypes: ["transaction-processing"], facilities: [] },
      { code: "B25", subtypes: ["search"], facilities: [] },
      { code: "B26", facilities: [] },
    ];
    for (const service of services) {
      const result = one(service, { registeredIn: "mainland-other" });
      const assessed = serviceOf(result, service.code);
      expect(assessed.route, service.code).toBe("nationwide-cap");
      expect(assessed.maxForeignSharePercent, service.code).toBe(50);
      expect(findingsOf(result, service.code, "NL-VATS-CAP-50").length, service.code).toBe(1);
    }
  });

  it("does not fire when the service is open (B22, e-commerce) or outside the WTO commitments (B11)", () => {
    const services: Service[] = [
      { code: "B22", facilities: [] },
      { code: "B21", subtypes: ["ecommerce"], facilities: [] },
      { code: "B11", facilities: [] },
    ];
    for (const service of services) {
      const result = one(service, { registeredIn: "mainland-other" });
      expect(findingsOf(result, service.code, "NL-VATS-CAP-50"), service.code).toEqual([]);
    }
  });
});

describe("PILOT-SCOPE", () => {
  it("fires when a plan needs the pilot for a service or sub-type the pilot does not open", () => {
    const services: Service[] = [
      { code: "B13", facilities: [at("beijing")] },
      { code: "B26", facilities: [at("beijing")] },
      { code: "B25", subtypes: ["search"], facilities: [at("beijing")] },
      { code: "B25", subtypes: ["community"], facilities: [at("beijing")] },
      { code: "B25", subtypes: ["instant-messaging"], facilities: [at("beijing")] },
      { code: "B25", subtypes: ["publishing-delivery", "search"], facilities: [at("beijing")] },
    ];
    for (const service of services) {
      const result = one(service);
      const assessed = serviceOf(result, service.code);
      const label = `${service.code} ${service.subtypes?.join("+") ?? ""}`;
      expect(assessed.route, label).not.toBe("pilot");
      expect(assessed.verdict, label).toBe("not-permitted");
      expect(outcomesOf(result, service.code, "PILOT-SCOPE"), label).toContain("not-met");
    }
  });

  it("does not fire when the pilot opens the service: IDC, CDN, ISP, all of B21, publishing-delivery and protection-processing", () => {
    const services: Service[] = [
      IDC,
      { code: "B12", facilities: [at("beijing")] },
      LOCAL_ISP,
      { code: "B21", subtypes: ["transaction-processing", "edi", "device-data"], facilities: [] },
      { code: "B25", subtypes: ["publishing-delivery", "protection-processing"], facilities: [] },
    ];
    for (const service of services) {
      const result = one(service);
      expect(serviceOf(result, service.code).route, service.code).toBe("pilot");
      expect(outcomesOf(result, service.code, "PILOT-SCOPE"), service.code).not.toContain(
        "not-met",
      );
    }
  });
});

describe("PILOT-EXCLUDED-CONTENT", () => {
  it("fires when a plan that needs the pilot provides online music, which the pilot excludes without NL-2024's exception", () => {
    const result = one({ ...APP_STORE, content: ["online-music"] });
    const service = serviceOf(result, "B25");
    expect(service.route).toBe("nationwide-cap");
    expect(service.maxForeignSharePercent).toBe(50);
    expect(outcomesOf(result, "B25", "PILOT-EXCLUDED-CONTENT")).toContain("not-met");
  });

  it("is settled by the circular's words on publishing platforms, whose exclusion it quotes", () => {
    const result = one({ ...APP_STORE, content: ["online-music"] });
    const [music] = findingsOf(result, "B25", "PILOT-EXCLUDED-CONTENT");
    expect(music).toMatchObject({
      messageKey: "findings.PILOT-EXCLUDED-CONTENT.music",
      unconfirmed: false,
    });
  });

  it("keeps an IDC and an information protection service that provide online music out of the pilot, marked for counsel, as the circular writes the exclusion into publishing platforms alone", () => {
    for (const service of [
      IDC,
      { code: "B25", subtypes: ["protection-processing"], facilities: [at("beijing")] },
    ] satisfies Service[]) {
      const result = one({ ...service, content: ["online-music"] });
      expect(serviceOf(result, service.code).verdict, service.code).toBe("not-permitted");
      const [music] = findingsOf(result, service.code, "PILOT-EXCLUDED-CONTENT");
      expect(music, service.code).toMatchObject({
        outcome: "not-met",
        messageKey: "findings.PILOT-EXCLUDED-CONTENT.musicBeyondText",
        unconfirmed: true,
      });
      expect(english(music)).toMatch(/does not say whether the exclusion reaches other services/);
    }
  });

  it("leaves the location rules of a music service as what the pilot would require, not as conditions to keep", () => {
    const result = one({ ...APP_STORE, content: ["online-music"] });
    const [where] = findingsOf(result, "B25", "PILOT-SAME-AREA");
    expect(where).toMatchObject({
      outcome: "info",
      messageKey: "findings.PILOT-SAME-AREA.ifPilot",
    });
    expect(english(where)).toMatch(/^If your information service \(B25\) used the pilot/);
  });

  it("says nothing of music on a service open nationwide, which needs no pilot", () => {
    const shop: Service = {
      code: "B21",
      subtypes: ["ecommerce"],
      content: ["online-music"],
      facilities: [at("beijing")],
    };
    const result = one(shop);
    expect(serviceOf(result, "B21")).toMatchObject({
      route: "nationwide-open",
      verdict: "permitted",
    });
    expect(findingsOf(result, "B21", "PILOT-EXCLUDED-CONTENT")).toEqual([]);
  });

  it("does not fire when the company provides no content itself", () => {
    const result = one(APP_STORE);
    expect(serviceOf(result, "B25").route).toBe("pilot");
    expect(findingsOf(result, "B25", "PILOT-EXCLUDED-CONTENT")).toEqual([]);
  });

  it("does not bind a plan within the baseline (50%), which does not need the pilot", () => {
    const result = one({ ...APP_STORE, content: ["online-music"] }, { share: 50 });
    expect(serviceOf(result, "B25").verdict).toBe("permitted");
    expect(outcomesOf(result, "B25", "PILOT-EXCLUDED-CONTENT")).not.toContain("not-met");
  });
});

describe("PILOT-LOCAL-PLAN", () => {
  it("fires as an unconfirmed condition on a pilot route the plan needs", () => {
    const result = one(IDC);
    const findings = findingsOf(result, "B11", "PILOT-LOCAL-PLAN");
    expect(findings.map((f) => f.outcome)).toEqual(["condition"]);
    expect(findings.every((f) => f.unconfirmed)).toBe(true);
  });

  it("does not ask a plan within the baseline to confirm its acceptance, only says what the pilot would need", () => {
    const within = one(EDI, { share: 50 });
    expect(findingsOf(within, "B21", "PILOT-LOCAL-PLAN")).toMatchObject([
      {
        outcome: "info",
        messageKey: "findings.PILOT-LOCAL-PLAN.confirmIfPilot",
        params: { area: "beijing", max: 50 },
        unconfirmed: true,
      },
    ]);
  });

  it("does not fire when the service does not take the pilot route (IP-VPN, call centre)", () => {
    expect(findingsOf(one({ code: "B13", facilities: [] }), "B13", "PILOT-LOCAL-PLAN")).toEqual([]);
    expect(findingsOf(one({ code: "B24", facilities: [] }), "B24", "PILOT-LOCAL-PLAN")).toEqual([]);
  });
});

describe("PILOT-AREA", () => {
  it("fires when a plan that needs the pilot registers its company outside the four pilot areas", () => {
    const result = one(
      { code: "B21", subtypes: ["edi"], facilities: [at("mainland-other")] },
      { registeredIn: "mainland-other" },
    );
    expect(serviceOf(result, "B21").route).toBe("nationwide-cap");
    expect(outcomesOf(result, "B21", "PILOT-AREA")).toContain("not-met");
  });

  it("does not fire when the company is registered in a pilot area, and is only a condition when registration is undecided", () => {
    for (const area of ["beijing", "shanghai", "hainan", "shenzhen"] as const) {
      const result = one({ code: "B11", facilities: [at(area)] }, { registeredIn: area });
      expect(serviceOf(result, "B11").route, area).toBe("pilot");
      expect(outcomesOf(result, "B11", "PILOT-AREA"), area).not.toContain("not-met");
    }
    const undecided = one(IDC, { registeredIn: "undecided" });
    expect(serviceOf(undecided, "B11").route).toBe("pilot");
    expect(outcomesOf(undecided, "B11", "PILOT-AREA")).toEqual(["condition"]);
  });

  it("is unconfirmed for Hainan and Shenzhen, whose boundaries RULES.md §2 leaves open, and not for Beijing or Shanghai", () => {
    for (const area of ["hainan", "shenzhen"] as const) {
      const findings = findingsOf(
        one({ code: "B11", facilities: [at(area)] }, { registeredIn: area }),
        "B11",
        "PILOT-AREA",
      );
      expect(findings.length, area).toBeGreaterThan(0);
      expect(
        findings.every((f) => f.unconfirmed),
        area,
      ).toBe(true);
    }
    for (const area of ["beijing", "shanghai"] as const) {
      const findings = findingsOf(
        one({ code: "B11", facilities: [at(area)] }, { registeredIn: area }),
        "B11",
        "PILOT-AREA",
      );
      expect(findings.length, area).toBeGreaterThan(0);
      expect(
        findings.some((f) => f.unconfirmed),
        area,
      ).toBe(false);
    }
  });
});

describe("PILOT-AREA, while the registration is undecided", () => {
  it("says the company must register where one facility of an IDC is, not where its facilities are, when the other has no location yet", () => {
    const result = one(
      { code: "B11", facilities: [at("beijing"), at("undecided", "leased")] },
      { registeredIn: "undecided" },
    );
    const [area] = findingsOf(result, "B11", "PILOT-AREA");
    expect(area).toMatchObject({
      outcome: "condition",
      messageKey: "findings.PILOT-AREA.registerInSome",
      params: { code: "B11", area: "beijing", count: 1 },
    });
    expect(english(area)).toBe(
      "The company must be registered in Beijing, where one facility of your internet data centre and cloud service (B11) is, before the service can use the pilot.",
    );
  });

  it("counts only the facilities in the area when another lies outside every pilot area, with the boundary note for Shenzhen", () => {
    const result = one(
      { code: "B11", facilities: [at("shenzhen"), at("shenzhen"), at("mainland-other", "leased")] },
      { registeredIn: "undecided" },
    );
    const [area] = findingsOf(result, "B11", "PILOT-AREA");
    expect(area).toMatchObject({
      messageKey: "findings.PILOT-AREA.registerInSomeBoundaryUnsettled",
      params: { area: "shenzhen", count: 2 },
    });
    expect(english(area)).toMatch(
      /^The company must be registered in Shenzhen, where 2 facilities of your/,
    );
  });

  it("still says the company must register where the facilities are when every one is there", () => {
    const result = one(
      { code: "B11", facilities: [at("beijing"), at("beijing", "leased")] },
      { registeredIn: "undecided" },
    );
    expect(findingsOf(result, "B11", "PILOT-AREA").map((f) => f.messageKey)).toEqual([
      "findings.PILOT-AREA.registerIn",
    ]);
  });

  it("ties a service with no facility in a pilot area to the area where other pilot services have facilities, without saying its own are there", () => {
    const result = assess(
      plan([IDC, { code: "B12", facilities: [at("undecided")] }], { registeredIn: "undecided" }),
    );
    const [area] = findingsOf(result, "B12", "PILOT-AREA");
    expect(area?.messageKey).toBe("findings.PILOT-AREA.registerInPlan");
    expect(english(area)).toBe(
      "The company must be registered in Beijing, where other services in this plan that need the pilot have facilities, before your content delivery network (B12) can use the pilot.",
    );
  });
});

describe("PILOT-SAME-AREA", () => {
  it("fires when a facility of the service, owned, leased or held otherwise, lies outside the registration's pilot area", () => {
    for (const tenure of ["owned", "leased", "other"] as const) {
      const result = one({
        code: "B11",
        facilities: [at("beijing"), at("mainland-other", tenure)],
      });
      expect(serviceOf(result, "B11").route, tenure).toBe("not-available");
      expect(outcomesOf(result, "B11", "PILOT-SAME-AREA"), tenure).toContain("not-met");
    }
  });

  it("fires when the facilities are split over two pilot areas, whatever the registration", () => {
    for (const registeredIn of ["beijing", "undecided"] as const) {
      const result = one(
        { code: "B11", facilities: [at("beijing"), at("shanghai", "leased")] },
        { registeredIn },
      );
      expect(serviceOf(result, "B11").route, registeredIn).toBe("not-available");
      expect(outcomesOf(result, "B11", "PILOT-SAME-AREA"), registeredIn).toContain("not-met");
    }
  });

  it("does not fire when every facility is in the registration's pilot area, and is a condition when one is undecided", () => {
    const inside = one({ code: "B11", facilities: [at("beijing"), at("beijing", "leased")] });
    expect(serviceOf(inside, "B11").route).toBe("pilot");
    expect(outcomesOf(inside, "B11", "PILOT-SAME-AREA")).not.toContain("not-met");
    const undecided = one({ code: "B11", facilities: [at("beijing"), at("undecided")] });
    expect(serviceOf(undecided, "B11").route).toBe("pilot");
    expect(outcomesOf(undecided, "B11", "PILOT-SAME-AREA")).toEqual(["condition"]);
  });

  it("names only the facilities placed in the area, and those still unplaced, when the company is registered elsewhere", () => {
    const result = one(
      { code: "B11", facilities: [at("shenzhen"), at("undecided", "leased"), at("undecided")] },
      { registeredIn: "mainland-other" },
    );
    const [f] = findingsOf(result, "B11", "PILOT-SAME-AREA");
    expect(f?.outcome).toBe("not-met");
    expect(f?.messageKey).toBe("findings.PILOT-SAME-AREA.registeredElsewhereSomeUndecided");
    expect(f?.params).toMatchObject({ area: "shenzhen", count: 1, undecided: 2 });
    const placed = one(
      { code: "B11", facilities: [at("shenzhen"), at("shenzhen", "leased")] },
      { registeredIn: "mainland-other" },
    );
    expect(findingsOf(placed, "B11", "PILOT-SAME-AREA")[0]).toMatchObject({
      messageKey: "findings.PILOT-SAME-AREA.registeredElsewhere",
      params: { area: "shenzhen", count: 2 },
    });
  });

  it("with the registration undecided and another pilot service in another area, names only the facilities in the service's area, not all of them", () => {
    const CDN_IN_SHENZHEN: Service = { code: "B12", facilities: [at("shenzhen")] };
    const result = assess(
      plan(
        [
          {
            code: "B11",
            facilities: [at("beijing"), at("mainland-other", "leased"), at("undecided")],
          },
          CDN_IN_SHENZHEN,
        ],
        { registeredIn: "undecided" },
      ),
    );
    const split = findingsOf(result, "B11", "PILOT-SAME-AREA").find((f) =>
      f.messageKey.startsWith("findings.PILOT-SAME-AREA.planSplit"),
    );
    expect(split).toMatchObject({
      outcome: "not-met",
      messageKey: "findings.PILOT-SAME-AREA.planSplitSome",
      params: { code: "B11", area: "beijing", count: 1 },
    });
    expect(english(split)).toMatch(
      /^One facility of your internet data centre and cloud service \(B11\) is in Beijing, but other services in this plan that need the pilot have facilities in another pilot area\./,
    );
    const allThere = assess(plan([IDC, CDN_IN_SHENZHEN], { registeredIn: "undecided" }));
    expect(findingsOf(allThere, "B11", "PILOT-SAME-AREA").map((f) => f.messageKey)).toEqual([
      "findings.PILOT-SAME-AREA.planSplit",
    ]);
  });

  it("looks only at the facilities of the service being decided (ADR 0002 §5)", () => {
    const result = assess(
      plan([
        { code: "B22", facilities: [at("mainland-other")] },
        { code: "B11", facilities: [at("beijing")] },
      ]),
    );
    expect(serviceOf(result, "B11").route).toBe("pilot");
    expect(outcomesOf(result, "B11", "PILOT-SAME-AREA")).not.toContain("not-met");
  });
});

describe("PILOT-CDN-LOCAL-NODES", () => {
  it("fires when a CDN buys or leases a node outside its pilot area", () => {
    for (const tenure of ["owned", "leased"] as const) {
      const result = one({
        code: "B12",
        facilities: [at("beijing"), at("mainland-other", tenure)],
      });
      expect(serviceOf(result, "B12").verdict, tenure).toBe("not-permitted");
      expect(outcomesOf(result, "B12", "PILOT-CDN-LOCAL-NODES"), tenure).toContain("not-met");
    }
  });

  it("does not fire when every node is in one pilot area and only the company is registered elsewhere: that is PILOT-AREA's and PILOT-SAME-AREA's failure", () => {
    for (const registeredIn of ["mainland-other", "outside-mainland"] as const) {
      const result = one(
        { code: "B12", facilities: [at("shenzhen"), at("shenzhen", "leased")] },
        { registeredIn },
      );
      expect(serviceOf(result, "B12").verdict, registeredIn).toBe("not-permitted");
      expect(outcomesOf(result, "B12", "PILOT-SAME-AREA"), registeredIn).toContain("not-met");
      expect(outcomesOf(result, "B12", "PILOT-CDN-LOCAL-NODES"), registeredIn).toEqual([
        "condition",
      ]);
    }
    // Nodes in two pilot areas break it wherever the company registers.
    const split = one(
      { code: "B12", facilities: [at("shenzhen"), at("beijing", "leased")] },
      { registeredIn: "mainland-other" },
    );
    expect(outcomesOf(split, "B12", "PILOT-CDN-LOCAL-NODES")).toEqual(["not-met"]);
  });

  it("nodes owned or leased in two pilot areas, with the registration undecided, are said to be spread over them, a settled failure not marked for counsel", () => {
    const split = one(
      { code: "B12", facilities: [at("shenzhen"), at("beijing", "leased")] },
      { registeredIn: "undecided" },
    );
    const [nodes] = findingsOf(split, "B12", "PILOT-CDN-LOCAL-NODES");
    expect(nodes).toMatchObject({
      outcome: "not-met",
      messageKey: "findings.PILOT-CDN-LOCAL-NODES.nodesSplit",
      unconfirmed: false,
    });
    expect(english(nodes)).toMatch(
      /^The CDN nodes of your content delivery network \(B12\) are in more than one pilot area/,
    );
    // A node held otherwise may be another provider's CDN service bought in: that stays unsettled.
    const bought = one(
      { code: "B12", facilities: [at("shenzhen"), at("beijing", "other")] },
      { registeredIn: "undecided" },
    );
    expect(findingsOf(bought, "B12", "PILOT-CDN-LOCAL-NODES")[0]).toMatchObject({
      outcome: "not-met",
      messageKey: "findings.PILOT-CDN-LOCAL-NODES.nodesSplitHeldOtherwise",
      unconfirmed: true,
    });
  });

  it("with the registration undecided and the plan's services in two areas, asks for the nodes in the company's area without naming the nodes' own", () => {
    const result = assess(
      plan(
        [
          { code: "B12", facilities: [at("beijing")] },
          { code: "B11", facilities: [at("shanghai")] },
          { ...LOCAL_ISP, facilities: [at("shanghai")] },
        ],
        { registeredIn: "undecided" },
      ),
    );
    expect(outcomesOf(result, "B12", "PILOT-SAME-AREA")).toContain("not-met");
    const [nodes] = findingsOf(result, "B12", "PILOT-CDN-LOCAL-NODES");
    expect(nodes?.messageKey).toBe("findings.PILOT-CDN-LOCAL-NODES.keepNodesInsideAny");
    expect(english(nodes)).not.toContain("Beijing");
  });

  it("does not fire when every CDN node is inside the area, nor for a service that is not a CDN", () => {
    const cdn = one({ code: "B12", facilities: [at("beijing"), at("beijing", "leased")] });
    expect(serviceOf(cdn, "B12").route).toBe("pilot");
    expect(outcomesOf(cdn, "B12", "PILOT-CDN-LOCAL-NODES")).not.toContain("not-met");
    const idc = one({ code: "B11", facilities: [at("beijing"), at("mainland-other", "leased")] });
    expect(findingsOf(idc, "B11", "PILOT-CDN-LOCAL-NODES")).toEqual([]);
  });
});

describe("PILOT-ISP-LOCAL-SCOPE", () => {
  it("fires when an ISP that needs the pilot serves users nationwide", () => {
    const result = one({ ...LOCAL_ISP, coverage: "nationwide" });
    expect(serviceOf(result, "B14").route).toBe("not-available");
    expect(outcomesOf(result, "B14", "PILOT-ISP-LOCAL-SCOPE")).toContain("not-met");
  });

  it("with the registration undecided, names the users of the area the plan ties the company to, as the remedy does", () => {
    const result = assess(
      plan(
        [
          IDC,
          {
            code: "B14",
            coverage: "nationwide",
            ispAccess: "basic-operator",
            facilities: [at("shanghai")],
          },
        ],
        { registeredIn: "undecided" },
      ),
    );
    const [scope] = findingsOf(result, "B14", "PILOT-ISP-LOCAL-SCOPE");
    expect(english(scope)).toContain("may serve only users inside Beijing");
    expect(english(scope)).not.toContain("Shanghai");
    expect(
      result.remedies.some((r) =>
        r.changes.some((c) => c.path === "/company/registeredIn" && c.value === "beijing"),
      ),
    ).toBe(true);
  });

  it("does not fire when the ISP serves only users in the pilot area", () => {
    const result = one(LOCAL_ISP);
    expect(serviceOf(result, "B14").route).toBe("pilot");
    expect(outcomesOf(result, "B14", "PILOT-ISP-LOCAL-SCOPE")).not.toContain("not-met");
  });
});

describe("PILOT-ISP-OPERATOR-ACCESS", () => {
  it("fires when an ISP that needs the pilot reaches users over its own access network", () => {
    const result = one({ ...LOCAL_ISP, ispAccess: "own-network" });
    expect(serviceOf(result, "B14").route).toBe("not-available");
    expect(outcomesOf(result, "B14", "PILOT-ISP-OPERATOR-ACCESS")).toContain("not-met");
  });

  it("does not fire when the ISP uses the basic operators' access equipment", () => {
    const result = one(LOCAL_ISP);
    expect(serviceOf(result, "B14").route).toBe("pilot");
    expect(outcomesOf(result, "B14", "PILOT-ISP-OPERATOR-ACCESS")).not.toContain("not-met");
  });
});

describe("the internet access rules, for a domestic ISP that does not need the pilot", () => {
  it("say what the pilot would require of its users and access, never “as the pilot requires. Keep it so.”", () => {
    const domestic = one(LOCAL_ISP, { share: 0 });
    expect(serviceOf(domestic, "B14").verdict).toBe("permitted");
    const [scope] = findingsOf(domestic, "B14", "PILOT-ISP-LOCAL-SCOPE");
    const [access] = findingsOf(domestic, "B14", "PILOT-ISP-OPERATOR-ACCESS");
    expect(scope).toMatchObject({
      outcome: "info",
      messageKey: "findings.PILOT-ISP-LOCAL-SCOPE.localOnlyIfPilot",
      params: { area: "beijing", max: 0 },
    });
    expect(access).toMatchObject({
      outcome: "info",
      messageKey: "findings.PILOT-ISP-OPERATOR-ACCESS.operatorAccessIfPilot",
    });
    expect(english(scope)).toBe(
      "Your internet access service would serve only users inside Beijing, where the company is registered. If it used the pilot (with any foreign share), the pilot would require exactly that.",
    );
    for (const finding of [scope, access]) expect(english(finding)).not.toMatch(/Keep it so/);
    const undecided = one(
      { ...LOCAL_ISP, facilities: [] },
      { share: 0, registeredIn: "undecided" },
    );
    expect(findingsOf(undecided, "B14", "PILOT-ISP-LOCAL-SCOPE").map((f) => f.messageKey)).toEqual([
      "findings.PILOT-ISP-LOCAL-SCOPE.localOnlyIfPilotAny",
    ]);
  });

  it("still bind an ISP with a foreign share, which relies on the pilot", () => {
    const foreign = one(LOCAL_ISP, { share: 1 });
    expect(findingsOf(foreign, "B14", "PILOT-ISP-LOCAL-SCOPE")).toMatchObject([
      { outcome: "condition", messageKey: "findings.PILOT-ISP-LOCAL-SCOPE.localOnly" },
    ]);
    expect(findingsOf(foreign, "B14", "PILOT-ISP-OPERATOR-ACCESS")).toMatchObject([
      { outcome: "condition", messageKey: "findings.PILOT-ISP-OPERATOR-ACCESS.operatorAccess" },
    ]);
  });
});

describe("PILOT-NATIONWIDE-SERVICE", () => {
  it("fires when a pilot service other than ISP may serve the whole country", () => {
    for (const service of [IDC, EDI, APP_STORE, { code: "B12", facilities: [] } as Service]) {
      const result = one(service);
      expect(serviceOf(result, service.code).route, service.code).toBe("pilot");
      expect(findingsOf(result, service.code, "PILOT-NATIONWIDE-SERVICE").length).toBe(1);
    }
  });

  it("does not fire when the pilot service is ISP, which is limited to the area", () => {
    const result = one(LOCAL_ISP);
    expect(serviceOf(result, "B14").route).toBe("pilot");
    expect(findingsOf(result, "B14", "PILOT-NATIONWIDE-SERVICE")).toEqual([]);
  });

  it("says what the pilot would allow a service whose share does not need it", () => {
    const within = one(EDI, { share: 50 });
    const [nationwide] = findingsOf(within, "B21", "PILOT-NATIONWIDE-SERVICE");
    expect(nationwide?.messageKey).toBe("findings.PILOT-NATIONWIDE-SERVICE.nationwideIfPilot");
    expect(english(nationwide)).toMatch(
      /^If your online data and transaction processing service \(B21\) used the pilot \(with more than 50% foreign share\), it could serve customers anywhere in the country/,
    );
    expect(findingsOf(one(EDI), "B21", "PILOT-NATIONWIDE-SERVICE")[0]?.messageKey).toBe(
      "findings.PILOT-NATIONWIDE-SERVICE.nationwide",
    );
  });
});

describe("PILOT-MIIT-APPROVAL", () => {
  it("fires as a condition when the plan needs the pilot", () => {
    const result = one(IDC);
    expect(serviceOf(result, "B11").verdict).toBe("permitted-with-conditions");
    expect(outcomesOf(result, "B11", "PILOT-MIIT-APPROVAL")).toEqual(["condition"]);
  });

  it("does not fire as a condition when the share is within the baseline, nor for an open service", () => {
    const within = one(EDI, { share: 50 });
    expect(serviceOf(within, "B21").verdict).toBe("permitted");
    const outcomes = outcomesOf(within, "B21", "PILOT-MIIT-APPROVAL");
    expect(outcomes).not.toContain("condition");
    expect(outcomes).not.toContain("not-met");
    expect(findingsOf(one({ code: "B22", facilities: [] }), "B22", "PILOT-MIIT-APPROVAL")).toEqual(
      [],
    );
  });

  it("marks “not needed at this share” for counsel, since indirect holdings may take the share above the nationwide maximum, but not the approval a plan needs", () => {
    const [domestic] = findingsOf(one(IDC, { share: 0 }), "B11", "PILOT-MIIT-APPROVAL");
    expect(domestic).toMatchObject({
      outcome: "info",
      messageKey: "findings.PILOT-MIIT-APPROVAL.ifAbove",
      unconfirmed: true,
    });
    expect(english(domestic)).toMatch(/how the regulator counts indirect ones .* for counsel/);
    const [needed] = findingsOf(one(IDC), "B11", "PILOT-MIIT-APPROVAL");
    expect(needed).toMatchObject({ outcome: "condition", unconfirmed: false });
    expect(english(needed)).toContain(
      "Applications opened after the pilot’s launch on 23 October 2024.",
    );
  });
});

describe("PILOT-NATIONAL-TREATMENT", () => {
  it("fires when the service takes the pilot route", () => {
    const result = one(IDC);
    expect(findingsOf(result, "B11", "PILOT-NATIONAL-TREATMENT").map((f) => f.outcome)).toEqual([
      "info",
    ]);
  });

  it("does not fire when the service does not use the pilot (open call centre, closed IP-VPN)", () => {
    expect(
      findingsOf(one({ code: "B24", facilities: [] }), "B24", "PILOT-NATIONAL-TREATMENT"),
    ).toEqual([]);
    expect(
      findingsOf(one({ code: "B13", facilities: [] }), "B13", "PILOT-NATIONAL-TREATMENT"),
    ).toEqual([]);
  });

  it("says what approval would bring, never “Once approved”, to a plan that does not rely on the pilot", () => {
    const domestic = one(IDC, { share: 0 });
    const [treatment] = findingsOf(domestic, "B11", "PILOT-NATIONAL-TREATMENT");
    expect(treatment).toMatchObject({
      outcome: "info",
      messageKey: "findings.PILOT-NATIONAL-TREATMENT.sameAsDomesticIfPilot",
      params: { code: "B11", max: 0 },
    });
    expect(english(treatment)).toBe(
      "If your internet data centre and cloud service (B11) used the pilot (with any foreign share), the company, once approved by MIIT, would be regulated like a domestic operator for that service.",
    );
    const within = one(EDI, { share: 50 });
    expect(findingsOf(within, "B21", "PILOT-NATIONAL-TREATMENT")[0]?.messageKey).toBe(
      "findings.PILOT-NATIONAL-TREATMENT.sameAsDomesticIfPilot",
    );
    expect(findingsOf(one(IDC), "B11", "PILOT-NATIONAL-TREATMENT")[0]?.messageKey).toBe(
      "findings.PILOT-NATIONAL-TREATMENT.sameAsDomestic",
    );
  });
});

describe("ENTITY-MAINLAND", () => {
  it("fires when the company is registered outside the mainland: every service is not permitted, even at 0%", () => {
    for (const share of [0, 100]) {
      const result = assess(
        plan([{ code: "B22", facilities: [] }, EDI], { registeredIn: "outside-mainland", share }),
      );
      expect(planFindings(result, "ENTITY-MAINLAND").map((f) => f.outcome)).toContain("not-met");
      for (const service of result.services) {
        expect(service.verdict, `${service.code} at ${share}%`).toBe("not-permitted");
        expect(service.route, `${service.code} at ${share}%`).toBe("not-available");
        expect(service.maxForeignSharePercent).toBe(0);
        expect(outcomesOf(result, service.code, "ENTITY-MAINLAND")).toContain("not-met");
      }
    }
  });

  it("does not fire when the company is registered anywhere in the mainland", () => {
    const result = one({ code: "B22", facilities: [] }, { registeredIn: "mainland-other" });
    expect(planFindings(result, "ENTITY-MAINLAND").map((f) => f.outcome)).toEqual(["met"]);
    expect(findingsOf(result, "B22", "ENTITY-MAINLAND")).toEqual([]);
    expect(result.overall).toBe("permitted");
  });
});

describe("LIC-AUTHORITY", () => {
  it("fires as plan information for every plan", () => {
    for (const answers of [plan([IDC]), plan([{ code: "B22", facilities: [] }], { share: 0 })]) {
      const findings = planFindings(assess(answers), "LIC-AUTHORITY");
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.outcome === "info")).toBe(true);
    }
  });

  it("does not fire as a binding finding, even when the plan fails", () => {
    const result = one({ code: "B13", facilities: [] }, { registeredIn: "outside-mainland" });
    expect(result.overall).toBe("not-permitted");
    expect(planFindings(result, "LIC-AUTHORITY").map((f) => f.outcome)).not.toContain("not-met");
    expect(planFindings(result, "LIC-AUTHORITY").map((f) => f.outcome)).not.toContain("condition");
  });
});

describe("LIC-CAPITAL", () => {
  const amounts = (result: Assessment) =>
    planFindings(result, "LIC-CAPITAL").flatMap((f) => Object.values(f.params));

  it("fires with RMB 10 million for cross-regional service and RMB 1 million for an ISP serving only its area", () => {
    expect(amounts(one(IDC))).toContain(10_000_000);
    const local = amounts(one(LOCAL_ISP));
    expect(local).toContain(1_000_000);
    expect(local).not.toContain(10_000_000);
  });

  it("fires with the Hainan guide's statement, unconfirmed, for a company registered in Hainan", () => {
    const result = one({ code: "B11", facilities: [at("hainan")] }, { registeredIn: "hainan" });
    const guide = planFindings(result, "LIC-CAPITAL").filter((f) =>
      f.citations.some((c) => c.id === "HAINAN-GUIDE-2024"),
    );
    expect(guide.length).toBeGreaterThan(0);
    expect(guide.every((f) => f.unconfirmed && f.outcome === "info")).toBe(true);
  });

  it("does not fire with the Hainan guide (nor unconfirmed) for a company registered elsewhere", () => {
    const findings = planFindings(one(IDC), "LIC-CAPITAL");
    expect(findings.some((f) => f.citations.some((c) => c.id === "HAINAN-GUIDE-2024"))).toBe(false);
    expect(findings.some((f) => f.unconfirmed)).toBe(false);
  });
});

describe("LIC-REQUIREMENTS", () => {
  it("fires with the unconfirmed security review for IDC, CDN and ISP applications", () => {
    for (const service of [IDC, { code: "B12", facilities: [] } as Service, LOCAL_ISP]) {
      const findings = planFindings(one(service), "LIC-REQUIREMENTS");
      expect(findings.length, service.code).toBeGreaterThan(0);
      expect(findings.every((f) => f.outcome === "info")).toBe(true);
      expect(
        findings.some((f) => f.unconfirmed),
        service.code,
      ).toBe(true);
    }
  });

  it("does not fire with anything unconfirmed for a plan without IDC, CDN or ISP", () => {
    const findings = planFindings(one({ code: "B22", facilities: [] }), "LIC-REQUIREMENTS");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.unconfirmed)).toBe(false);
  });

  it("names the foreign investment security review, confirmed, for any plan with a foreign investor", () => {
    for (const service of [IDC, { code: "B22", facilities: [] } as Service]) {
      const review = planFindings(one(service, { share: 49 }), "LIC-REQUIREMENTS").filter(
        (f) => f.messageKey === "findings.LIC-REQUIREMENTS.investmentSecurityReview",
      );
      expect(
        review.map((f) => [f.outcome, f.unconfirmed]),
        service.code,
      ).toEqual([["info", false]]);
    }
  });

  it("does not name the foreign investment security review at 0% foreign share", () => {
    const keys = planFindings(one(IDC, { share: 0 }), "LIC-REQUIREMENTS").map((f) => f.messageKey);
    expect(keys).not.toContain("findings.LIC-REQUIREMENTS.investmentSecurityReview");
  });
});

describe("SHARE-WITHIN-CAP", () => {
  it("fires when the planned share exceeds the service's maximum (50.01% against 50%)", () => {
    const result = one({ code: "B26", facilities: [] }, { share: 50.01 });
    expect(serviceOf(result, "B26").verdict).toBe("not-permitted");
    const findings = findingsOf(result, "B26", "SHARE-WITHIN-CAP");
    expect(findings.map((f) => f.outcome)).toEqual(["not-met"]);
    expect(findings.every((f) => f.unconfirmed)).toBe(true);
  });

  it("is marked for counsel at any maximum below 100%, 0% included, and not where no count could exceed it (ADR 0002 §12)", () => {
    const marked = (service: Service, share: number) =>
      findingsOf(one(service, { share }), service.code, "SHARE-WITHIN-CAP")[0]?.unconfirmed;
    expect(marked({ code: "B22", facilities: [] }, 100)).toBe(false);
    expect(marked(IDC, 100)).toBe(false);
    // Nor does it tell the reader to confirm a count that cannot matter.
    const full = findingsOf(one(IDC), "B11", "SHARE-WITHIN-CAP")[0];
    expect(english(full)).toContain(
      "however indirect holdings are counted, no share can exceed it",
    );
    expect(english(full)).not.toContain("for counsel");
    expect(marked({ code: "B13", facilities: [] }, 0)).toBe(true);
    expect(marked({ code: "B13", facilities: [] }, 30)).toBe(true);
  });

  it("does not fire when the share equals the maximum, yet stays unconfirmed (ADR 0002 §12)", () => {
    const result = one({ code: "B26", facilities: [] }, { share: 50 });
    expect(serviceOf(result, "B26").verdict).toBe("permitted");
    const findings = findingsOf(result, "B26", "SHARE-WITHIN-CAP");
    expect(findings.map((f) => f.outcome)).toEqual(["met"]);
    expect(findings.every((f) => f.unconfirmed)).toBe(true);
  });
});

describe("CEPA-HK-MO", () => {
  it("fires as information for Hong Kong and Macao investors in ISP, app stores, IDC and IP-VPN", () => {
    for (const origin of ["hong-kong", "macao"] as const) {
      for (const service of [
        LOCAL_ISP,
        APP_STORE,
        IDC,
        { code: "B13", facilities: [] } as Service,
      ]) {
        const outcomes = outcomesOf(one(service, { origin }), service.code, "CEPA-HK-MO");
        expect(outcomes, `${origin} ${service.code}`).toEqual(["info"]);
      }
    }
  });

  it("does not fire when the investor is from elsewhere, or the plan has no foreign share", () => {
    for (const origin of ["taiwan", "other"] as const) {
      expect(findingsOf(one(LOCAL_ISP, { origin }), "B14", "CEPA-HK-MO"), origin).toEqual([]);
    }
    expect(
      findingsOf(one(LOCAL_ISP, { origin: "hong-kong", share: 0 }), "B14", "CEPA-HK-MO"),
    ).toEqual([]);
  });

  it("names the supplier as CEPA does (香港服务提供者), and the place as the house rule does", () => {
    const [finding] = findingsOf(one(LOCAL_ISP, { origin: "hong-kong" }), "B14", "CEPA-HK-MO");
    expect(english(finding)).toContain("a qualified Hong Kong service supplier may wholly own");
    const chinese = renderMessage(translatorFor("zh"), finding!.messageKey, finding!.params);
    expect(chinese).toContain("符合资格的香港服务提供者可以独资经营");
    expect(chinese).toContain("在香港特别行政区从事实质性商业经营满3年");
    expect(chinese).not.toContain("香港特别行政区服务提供者");
  });
});

describe("FTZ-ROUTES", () => {
  it("fires when the pilot route is not open to IP-VPN or to an ISP", () => {
    expect(outcomesOf(one({ code: "B13", facilities: [] }), "B13", "FTZ-ROUTES")).toEqual(["info"]);
    const nationwideIsp = one({ ...LOCAL_ISP, coverage: "nationwide" });
    expect(outcomesOf(nationwideIsp, "B14", "FTZ-ROUTES")).toEqual(["info"]);
  });

  it("does not fire when the ISP takes the pilot route, nor at 0% foreign share", () => {
    expect(findingsOf(one(LOCAL_ISP), "B14", "FTZ-ROUTES")).toEqual([]);
    expect(
      findingsOf(one({ code: "B13", facilities: [] }, { share: 0 }), "B13", "FTZ-ROUTES"),
    ).toEqual([]);
  });
});

describe("HAINAN-FTP", () => {
  it("fires when an IDC, CDN or data-processing plan is registered in Hainan", () => {
    for (const service of [
      { code: "B11", facilities: [at("hainan")] },
      { code: "B12", facilities: [at("hainan")] },
      { code: "B21", subtypes: ["edi"], facilities: [at("hainan")] },
    ] as Service[]) {
      const result = one(service, { registeredIn: "hainan" });
      expect(outcomesOf(result, service.code, "HAINAN-FTP"), service.code).toEqual(["info"]);
    }
  });

  it("does not fire when the company is registered elsewhere, or has no foreign share", () => {
    expect(findingsOf(one(EDI), "B21", "HAINAN-FTP")).toEqual([]);
    const domestic = one(
      { code: "B21", subtypes: ["edi"], facilities: [at("hainan")] },
      { registeredIn: "hainan", share: 0 },
    );
    expect(findingsOf(domestic, "B21", "HAINAN-FTP")).toEqual([]);
  });
});

describe("SC-2025-20-CITIES", () => {
  it("fires as unconfirmed information for IP-VPN, ISP and publishing-delivery", () => {
    for (const service of [{ code: "B13", facilities: [] } as Service, LOCAL_ISP, APP_STORE]) {
      const findings = findingsOf(one(service), service.code, "SC-2025-20-CITIES");
      expect(
        findings.map((f) => f.outcome),
        service.code,
      ).toEqual(["info"]);
      expect(findings.every((f) => f.unconfirmed)).toBe(true);
    }
  });

  it("does not fire when the service is another one (search, IDC), or at 0% foreign share", () => {
    const search = one({ code: "B25", subtypes: ["search"], facilities: [] });
    expect(findingsOf(search, "B25", "SC-2025-20-CITIES")).toEqual([]);
    expect(findingsOf(one(IDC), "B11", "SC-2025-20-CITIES")).toEqual([]);
    expect(findingsOf(one(APP_STORE, { share: 0 }), "B25", "SC-2025-20-CITIES")).toEqual([]);
  });
});

describe("each finding cites what it rests on", () => {
  const ids = (f: RuleFinding[]) => f.flatMap((x) => x.citations.map((c) => c.id));

  it("multi-party communication cites the Negative List alone, not the e-commerce notice nor the pilot", () => {
    const result = one({ code: "B22", facilities: [] });
    expect(ids(findingsOf(result, "B22", "NL-VATS-OPEN"))).toEqual(["NL-2024"]);
    expect(ids(findingsOf(result, "B22", "SHARE-WITHIN-CAP"))).toEqual(["NL-2024"]);
    expect(ids(planFindings(result, "LIC-AUTHORITY"))).toEqual(["LIC-42"]);
  });

  it("operating e-commerce cites MIIT's 2015 notice, and a pilot service's share cites Circular 107", () => {
    const ecommerce = one({ code: "B21", subtypes: ["ecommerce"], facilities: [] });
    expect(ids(findingsOf(ecommerce, "B21", "NL-VATS-OPEN"))).toContain("MIIT-2015-196");
    const idc = one(IDC);
    expect(ids(findingsOf(idc, "B11", "SHARE-WITHIN-CAP"))).toContain("MIIT-2024-107");
    expect(ids(planFindings(idc, "LIC-AUTHORITY"))).toContain("MIIT-2024-107");
  });

  it("a 0% maximum for prohibited content cites the Negative List's content item, not its telecom item", () => {
    const news = one({ ...APP_STORE, content: ["news"] });
    const [finding] = findingsOf(news, "B25", "SHARE-WITHIN-CAP");
    expect(finding?.citations).toEqual(RULES["NL-CONTENT-PROHIBITED"].citations);
  });

  it("a company registered abroad is measured by the rule that it may hold no permit, at any share", () => {
    for (const share of [100, 0]) {
      const abroad = one(
        { code: "B22", facilities: [] },
        { registeredIn: "outside-mainland", share },
      );
      expect(serviceOf(abroad, "B22").verdict).toBe("not-permitted");
      const [finding] = findingsOf(abroad, "B22", "SHARE-WITHIN-CAP");
      expect(finding?.citations).toEqual(RULES["ENTITY-MAINLAND"].citations);
      expect(finding?.unconfirmed).toBe(false);
      // Not "within the maximum: may have no foreign share", beside a service not permitted.
      expect(english(finding!)).toContain(
        "a company registered outside mainland China may not run your domestic multi-party communication service (B22)",
      );
    }
  });
});

describe("findings about services the pilot does not open say so", () => {
  it("IP-VPN is closed nationwide and not opened by the pilot", () => {
    const [f] = findingsOf(one({ code: "B13", facilities: [] }), "B13", "NL-WTO-SCOPE");
    expect(f?.messageKey).toBe("findings.NL-WTO-SCOPE.closedNotInPilot");
  });

  it("coding conversion keeps its 50% cap, which the pilot does not lift", () => {
    const [f] = findingsOf(one({ code: "B26", facilities: [] }), "B26", "NL-VATS-CAP-50");
    expect(f?.messageKey).toBe("findings.NL-VATS-CAP-50.cappedNotInPilot");
  });

  it("an IDC that misses a pilot condition is told what it lacks without the pilot", () => {
    const [f] = findingsOf(
      one({ code: "B11", facilities: [at("mainland-other")] }),
      "B11",
      "NL-WTO-SCOPE",
    );
    expect(f?.messageKey).toBe("findings.NL-WTO-SCOPE.closed");
  });
});

describe("unsettled points carry their reason", () => {
  it("a company registered in Shenzhen is told the area's extent is not settled", () => {
    const [f] = findingsOf(
      one({ code: "B11", facilities: [at("shenzhen")] }, { registeredIn: "shenzhen" }),
      "B11",
      "PILOT-AREA",
    );
    expect(f?.messageKey).toBe("findings.PILOT-AREA.inAreaBoundaryUnsettled");
    expect(f?.unconfirmed).toBe(true);
  });

  it("a CDN node outside the area held otherwise than owned or leased may be a bought-in CDN service: verify", () => {
    const result = one({ code: "B12", facilities: [at("beijing"), at("mainland-other", "other")] });
    const [f] = findingsOf(result, "B12", "PILOT-CDN-LOCAL-NODES");
    expect(f?.messageKey).toBe("findings.PILOT-CDN-LOCAL-NODES.nodeOutsideHeldOtherwise");
    expect(f?.unconfirmed).toBe(true);
    const leased = one({ code: "B12", facilities: [at("mainland-other", "leased")] });
    expect(findingsOf(leased, "B12", "PILOT-CDN-LOCAL-NODES")[0]?.unconfirmed).toBe(false);
  });

  it("a company registered abroad is not told about Shanghai's districts", () => {
    const [f] = findingsOf(one(IDC, { registeredIn: "outside-mainland" }), "B11", "PILOT-AREA");
    expect(f?.messageKey).toBe("findings.PILOT-AREA.notInMainland");
  });
});
