import { describe, expect, it } from "vitest";

import type { AnswersDraft } from "@/lib/answers/draft";
import {
  CONTENT_CATEGORIES,
  COVERAGES,
  ISP_ACCESS,
  LOCATIONS,
  ORIGINS,
  SERVICE_CODES,
  SUBTYPES,
  TENURES,
} from "@/lib/answers/options";
import { stepsFor } from "@/lib/flow";
import { translatorFor } from "@/lib/i18n/translator";

import { heldRows, summaryRows } from "./summary";

const t = translatorFor("en");

/** Hong Kong investor at 37.123% in Hainan: a CDN, an ISP and an information service. */
const PLAN: AnswersDraft = {
  investor: { origin: "hong-kong", foreignSharePercent: 37.123 },
  company: { registeredIn: "hainan" },
  services: [
    {
      code: "B12",
      facilities: [
        { location: "hainan", tenure: "owned" },
        { location: "mainland-other", tenure: "leased" },
      ],
    },
    { code: "B14", facilities: [], coverage: "nationwide", ispAccess: "own-network" },
    {
      code: "B25",
      subtypes: ["publishing-delivery", "instant-messaging"],
      content: [],
    },
  ],
};

/** Every option value of the contract: none may be shown as it is. */
const RAW_VALUES = [
  ...ORIGINS,
  ...LOCATIONS,
  ...TENURES,
  ...SUBTYPES,
  ...CONTENT_CATEGORIES,
  ...COVERAGES,
  ...ISP_ACCESS,
];

describe("summaryRows", () => {
  const rows = summaryRows(PLAN, t, "en");

  it("gives one row per answered step, in journey order", () => {
    expect(rows.map((row) => row.step)).toEqual([
      "origin",
      "share",
      "registration",
      "services",
      "subtypes-B25",
      "content-B25",
      "facilities-B12",
      "facilities-B14",
      "coverage-B14",
      "access-B14",
    ]);
    expect(rows.map((row) => row.step)).toEqual(
      stepsFor(PLAN)
        .filter((step) => step.answered)
        .map((step) => step.id),
    );
  });

  it("says each answer in words", () => {
    const byStep = Object.fromEntries(rows.map((row) => [row.step, row]));
    expect(byStep.origin).toMatchObject({
      label: "Foreign investor established in",
      values: ["Hong Kong"],
    });
    expect(byStep.share).toMatchObject({ label: "Total foreign share", values: ["37.123%"] });
    expect(byStep.registration).toMatchObject({
      label: "Company registered in",
      values: ["Hainan"],
    });
    expect(byStep.services?.values).toEqual([
      "Content delivery network (B12)",
      "Internet access (B14)",
      "Information services (B25)",
    ]);
    expect(byStep["subtypes-B25"]).toMatchObject({
      label: "Kinds of information service",
      values: ["Information publishing platforms and delivery", "Instant messaging"],
    });
    expect(byStep["content-B25"]?.values).toEqual(["None"]);
    expect(byStep["facilities-B12"]).toMatchObject({
      label: "Facilities of the content delivery network (B12)",
      values: ["Hainan, owned", "Elsewhere in mainland China, leased"],
    });
    expect(byStep["facilities-B14"]?.values).toEqual(["No facilities listed"]);
    expect(byStep["coverage-B14"]?.values).toEqual([
      "Across the country, or not only inside one pilot area",
    ]);
    expect(byStep["access-B14"]?.values).toEqual(["Over an access network of the company’s own"]);
  });

  it("shows no raw option value, and no service code without its name", () => {
    for (const row of rows) {
      for (const text of [row.label, ...row.values]) {
        for (const raw of RAW_VALUES) {
          // Hyphenated values ("mainland-other") are never words; plain ones ("owned") may be.
          if (raw.includes("-")) expect(text, `${row.step}: ${text}`).not.toContain(raw);
          else expect(text, `${row.step}: ${text}`).not.toBe(raw);
        }
        for (const code of SERVICE_CODES) {
          if (!text.includes(code)) continue;
          // A code appears only in brackets after the service's name: "Content delivery network (B12)".
          expect(text, `${row.step}: ${text}`).toMatch(new RegExp(`\\w.* \\(${code}\\)`));
          expect(text.trim()).not.toBe(code);
        }
        expect(text, row.step).not.toMatch(/\{|\}|steps\.|labels\./);
      }
    }
  });

  it.each([
    ["0", "0%"],
    ["100", "100%"],
    ["49.99", "49.99%"],
    ["50.0001", "50.0001%"],
    ["0.0000001", "0.0000001%"],
  ])("says a share of %s as %s, never rounded and never in exponent notation", (share, text) => {
    const draft: AnswersDraft = {
      investor: { origin: "other", foreignSharePercent: Number(share) },
    };
    expect(summaryRows(draft, t, "en").find((r) => r.step === "share")?.values).toEqual([text]);
  });

  it("lists content the company provides by name", () => {
    const withContent: AnswersDraft = {
      ...PLAN,
      services: [{ code: "B25", subtypes: ["search"], content: ["news", "online-music"] }],
    };
    const row = summaryRows(withContent, t, "en").find((r) => r.step === "content-B25");
    expect(row?.values).toEqual(["Internet news information", "Online music"]);
    // As the question names them, the Negative List's names beside the plain ones.
    expect(row?.asides?.[0]).toEqual([{ text: "互联网新闻信息服务", lang: "zh-CN" }]);
    const zh = summaryRows(withContent, translatorFor("zh"), "zh");
    expect(zh.find((r) => r.step === "content-B25")?.asides?.[1]).toEqual([
      { text: "Online music", lang: "en" },
    ]);
  });

  it("gives every row a Change link to its own step that returns to Check your answers", () => {
    for (const row of rows) {
      expect(row.changeHref, row.step).toBeDefined();
      const url = new URL(row.changeHref ?? "", "http://x");
      expect(url.pathname, row.step).toBe(`/en/plan/${row.step}`);
      expect(url.searchParams.get("return"), row.step).toBe("check");
      expect(url.searchParams.get("p"), row.step).toBe("37.123");
    }
  });

  it("lists only the steps answered so far", () => {
    const partial: AnswersDraft = {
      investor: { origin: "taiwan", foreignSharePercent: 100 },
      services: [{ code: "B21" }],
    };
    expect(summaryRows(partial, t, "en").map((row) => [row.step, row.values])).toEqual([
      ["origin", ["Taiwan"]],
      ["share", ["100%"]],
      ["services", ["Online data and transaction processing (B21)"]],
    ]);
  });

  it("leaves out answers to questions the plan is not asked", () => {
    const atZero: AnswersDraft = {
      ...PLAN,
      investor: { origin: "other", foreignSharePercent: 0 },
      services: [{ code: "B12", facilities: [{ location: "beijing", tenure: "owned" }] }],
    };
    expect(summaryRows(atZero, t, "en").map((row) => row.step)).toEqual([
      "origin",
      "share",
      "registration",
      "services",
    ]);
  });

  it("puts the legal names beside services, sub-types and a pilot area: Chinese on English pages", () => {
    const byStep = Object.fromEntries(rows.map((row) => [row.step, row]));
    expect(byStep.registration?.asides).toEqual([[{ text: "海南自由贸易港", lang: "zh-CN" }]]);
    expect(byStep.services?.asides?.map((names) => names.map((n) => n.text))).toEqual([
      ["内容分发网络业务"],
      ["互联网接入服务业务"],
      ["信息服务业务"],
    ]);
    expect(byStep["subtypes-B25"]?.asides).toEqual([
      [{ text: "信息发布平台和递送服务", lang: "zh-CN" }],
      [{ text: "信息即时交互服务", lang: "zh-CN" }],
    ]);
    expect(byStep.origin?.asides).toBeUndefined();
  });

  it("on Chinese pages puts the English beside them, and the circular's name beside the area", () => {
    const byStep = Object.fromEntries(
      summaryRows(PLAN, translatorFor("zh"), "zh").map((row) => [row.step, row]),
    );
    expect(byStep.registration?.values).toEqual(["海南"]);
    expect(byStep.registration?.asides).toEqual([
      [{ text: "海南自由贸易港" }, { text: "Hainan Free Trade Port", lang: "en" }],
    ]);
    expect(byStep["subtypes-B25"]?.asides).toEqual([
      [{ text: "Information publishing platforms and delivery", lang: "en" }],
      [{ text: "Instant messaging", lang: "en" }],
    ]);
    expect(byStep.services?.asides?.[0]).toEqual([
      { text: "Content delivery network (B12)", lang: "en" },
    ]);
  });

  it("gives a place outside the pilot no legal name", () => {
    const elsewhere: AnswersDraft = { ...PLAN, company: { registeredIn: "mainland-other" } };
    const row = summaryRows(elsewhere, t, "en").find((r) => r.step === "registration");
    expect(row?.asides).toEqual([[]]);
  });

  it("makes Change links in the page's locale", () => {
    for (const row of summaryRows(PLAN, t, "zh"))
      expect(row.changeHref).toMatch(new RegExp(`^/zh/plan/${row.step}\\?`));
  });
});

describe("heldRows: what a result link holds", () => {
  /** At 0% an IDC is not asked its facilities, nor is an IP-VPN ever: an API plan gave them. */
  const API_PLAN: AnswersDraft = {
    investor: { origin: "other", foreignSharePercent: 0 },
    company: { registeredIn: "beijing" },
    services: [
      { code: "B11", facilities: [{ location: "shanghai", tenure: "owned" }] },
      { code: "B13", facilities: [] },
      { code: "B12", facilities: [] },
    ],
  };

  it("lists the facilities the questions do not ask, after the rest and with no Change link", () => {
    const { rows, unasked } = heldRows(API_PLAN, t, "en");
    expect(unasked).toEqual(["B11"]);
    const last = rows.at(-1);
    expect(last).toEqual({
      step: "facilities-B11",
      label: "Facilities of the internet data centre and cloud service (B11)",
      values: ["Shanghai (Pudong New Area or the Lin-gang Special Area), owned"],
    });
    // A service that gave none has nothing held beyond its questions.
    expect(rows.map((r) => r.step)).not.toContain("facilities-B13");
    expect(rows.slice(0, -1)).toEqual(summaryRows(API_PLAN, t, "en"));
  });

  it("adds nothing to the answers the questions ask", () => {
    expect(heldRows(PLAN, t, "en")).toEqual({ rows: summaryRows(PLAN, t, "en"), unasked: [] });
  });
});
