import { describe, expect, it } from "vitest";

import type { AnswersDraft } from "@/lib/answers/draft";
import { hasSubtypes, SERVICE_CODES, subtypesOf } from "@/lib/answers/options";
import { stepsFor } from "@/lib/flow";
import { translatorFor } from "@/lib/i18n/translator";
import { PILOT_SUBTYPES, SERVICE_INFO } from "@/lib/rules/services";

import {
  errorTexts,
  locationOptions,
  questionHint,
  questionOptions,
  questionTitle,
  tenureOptions,
} from "./question-text";

/** A plan that asks every kind of question. */
const DRAFT: AnswersDraft = {
  investor: { origin: "hong-kong", foreignSharePercent: 100 },
  company: { registeredIn: "shenzhen" },
  services: [
    { code: "B12" },
    { code: "B14" },
    { code: "B21", subtypes: ["edi"] },
    { code: "B25", subtypes: ["publishing-delivery"] },
  ],
};

describe("the words of every question", () => {
  for (const locale of ["en", "zh"] as const) {
    const t = translatorFor(locale);
    it(`are all in the ${locale} catalogue, for every kind of step`, () => {
      const steps = stepsFor(DRAFT);
      expect(new Set(steps.map((s) => s.question.id)).size).toBe(9);
      for (const step of steps) {
        expect(questionTitle(step, t)).not.toBe("");
        expect(questionHint(step, t)).not.toMatch(/^$|[{}]|steps\./);
        for (const option of questionOptions(step, t, locale)) expect(option.label).not.toBe("");
        for (const text of Object.values(errorTexts(step, t))) expect(text).not.toMatch(/[{}]/);
      }
      expect(locationOptions(t)).toHaveLength(7);
      expect(tenureOptions(t)).toHaveLength(3);
    });
  }

  it("say what counts as a facility of each service the pilot can open, each in its own words", () => {
    const codes = SERVICE_CODES.filter((code) => SERVICE_INFO[code].inPilot);
    const steps = stepsFor({
      ...DRAFT,
      services: codes.map((code) =>
        hasSubtypes(code)
          ? { code, subtypes: subtypesOf(code).filter((s) => PILOT_SUBTYPES.includes(s)) }
          : { code },
      ),
    }).filter((step) => step.question.id === "facilities");
    expect(steps.map((step) => step.code)).toEqual(codes);
    for (const locale of ["en", "zh"] as const) {
      const hints = steps.map((step) => questionHint(step, translatorFor(locale)));
      expect(new Set(hints).size, locale).toBe(codes.length);
      for (const hint of hints) expect(hint, locale).not.toMatch(/[{}]|steps\./);
    }
    const cdn = steps.find((step) => step.code === "B12")!;
    expect(questionHint(cdn, translatorFor("en"))).toMatch(
      /^The CDN’s nodes .* leased \(servers rented/,
    );
  });

  it("show the Chinese legal names beside the English, and the English beside the Chinese", () => {
    const services = stepsFor(DRAFT).find((s) => s.id === "services")!;
    const en = questionOptions(services, translatorFor("en"), "en").find((o) => o.value === "B12");
    expect(en?.aside).toEqual({ text: "内容分发网络业务", lang: "zh-CN" });
    const zh = questionOptions(services, translatorFor("zh"), "zh").find((o) => o.value === "B12");
    expect(zh?.aside).toEqual({ text: "Content delivery network (B12)", lang: "en" });
  });

  it("name each pilot area as the circular does, once, beside its official English name in Chinese", () => {
    const registration = stepsFor(DRAFT).find((s) => s.id === "registration")!;
    const en = questionOptions(registration, translatorFor("en"), "en");
    expect(en.find((o) => o.value === "beijing")?.aside).toEqual({
      text: "北京市服务业扩大开放综合示范区",
      lang: "zh-CN",
    });
    const zh = questionOptions(registration, translatorFor("zh"), "zh");
    for (const area of ["beijing", "shanghai", "hainan", "shenzhen"]) {
      const option = zh.find((o) => o.value === area);
      expect(option?.aside?.lang, area).toBe("en");
      // The circular's name is the hint's, said once.
      const circular = en.find((o) => o.value === area)?.aside?.text ?? "";
      expect(`${option?.label} ${option?.hint}`.split(circular), area).toHaveLength(2);
    }
    expect(zh.find((o) => o.value === "shenzhen")?.aside?.text).toBe(
      "Shenzhen Pilot Demonstration Area of Socialism with Chinese Characteristics",
    );
  });

  it("name the content categories as the Negative List does beside the plain ones, and “none” plainly", () => {
    const content = stepsFor(DRAFT).find((s) => s.id === "content-B25")!;
    const en = questionOptions(content, translatorFor("en"), "en");
    expect(en.find((o) => o.value === "news")?.aside).toEqual({
      text: "互联网新闻信息服务",
      lang: "zh-CN",
    });
    expect(en.find((o) => o.value === "internet-culture")?.aside?.text).toBe(
      "互联网文化经营（音乐除外）",
    );
    expect(en.find((o) => o.exclusive)?.aside).toBeUndefined();
    const zh = questionOptions(content, translatorFor("zh"), "zh");
    expect(zh.find((o) => o.value === "publishing")?.aside).toEqual({
      text: "Online publishing",
      lang: "en",
    });
  });
});
