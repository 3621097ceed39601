/**
 * The Chinese catalogue against the English one: the same keys, valid ICU messages with the
 * same arguments, every value actually translated, and the investor origins named as the
 * house rules require (香港特别行政区, 澳门特别行政区, 台湾地区; never as countries).
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

/**
 * Values that may equal their English counterpart and need no Chinese character: empty
 * hints (the English shows none either), and values made only of a placeholder and a symbol.
 */
const EXEMPT = new Set([
  "steps.origin.options.taiwan.hint",
  "steps.origin.options.other.hint",
  "steps.share.suffix",
  "steps.share.summaryValue",
  "steps.content.options.news.hint",
  "steps.coverage.options.pilot-area.hint",
  "steps.coverage.options.nationwide.hint",
  "steps.access.options.own-network.hint",
  "result.shares.value",
]);

/** Values translated only by their punctuation: placeholders joined by a full-width comma. */
const NO_CJK = new Set([
  ...EXEMPT,
  "steps.facilities.summaryItem",
  "result.citation.at",
  // The full stop that ends a source cited without an article.
  "result.citation.end",
  "compare.table.ruleOutcome",
  // Placeholders joined by the Chinese dash and colon.
  "meta.titleTemplate",
  "og.title",
  // The enumeration comma between the values an API error lists.
  "api.valueSeparator",
]);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

const EN = flatten(en as Tree);
const ZH = flatten(zh as Tree);

/** The parts of the ICU AST this test reads (intl-messageformat's element types 0–8). */
type Element = {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};
const KIND: Record<number, string> = {
  1: "argument",
  2: "number",
  3: "date",
  4: "time",
  5: "select",
  6: "plural",
  8: "tag",
};

/** Every argument of a message, by name, with its kind ("plural", "date", …). */
function argumentsOf(message: string, locale: string): Map<string, string> {
  const args = new Map<string, string>();
  const walk = (elements: Element[]) => {
    for (const el of elements) {
      const kind = KIND[el.type];
      if (kind && el.value !== undefined) args.set(el.value, kind);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown as Element[]);
  return args;
}

/** The plural selectors a message uses (`one`, `other`, `=0`, …). */
function pluralSelectors(message: string, locale: string): string[] {
  const selectors: string[] = [];
  const walk = (elements: Element[]) => {
    for (const el of elements) {
      if (el.type === 6) selectors.push(...Object.keys(el.options ?? {}));
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown as Element[]);
  return selectors;
}

/** Sample values by argument kind, so each message can be formatted end to end. */
function sampleValues(args: Map<string, string>, count: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, kind] of args) {
    if (kind === "plural" || kind === "number") values[name] = count;
    else if (kind === "date" || kind === "time") values[name] = Date.UTC(2024, 9, 23);
    else if (kind === "select") values[name] = "other";
    else values[name] = "某值";
  }
  return values;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

describe("the Chinese catalogue", () => {
  it("has exactly the English key paths", () => {
    const missing = [...EN.keys()].filter((k) => !ZH.has(k));
    const extra = [...ZH.keys()].filter((k) => !EN.has(k));
    expect(missing, "keys in en.json without a Chinese value").toEqual([]);
    expect(extra, "keys in zh.json that en.json does not have").toEqual([]);
  });

  it("parses every message as ICU and uses the same arguments, of the same kinds, as English", () => {
    for (const [key, message] of ZH) {
      const english = EN.get(key);
      if (english === undefined) continue;
      let zhArgs: Map<string, string>;
      try {
        zhArgs = argumentsOf(message, "zh");
      } catch (error) {
        throw new Error(`${key}: ${String(error)}`);
      }
      const enArgs = argumentsOf(english, "en");
      expect(Object.fromEntries(zhArgs), key).toEqual(Object.fromEntries(enArgs));
    }
  });

  it("formats every message with sample values, leaving no placeholder unfilled", () => {
    for (const [key, message] of ZH) {
      const args = argumentsOf(message, "zh");
      for (const count of [0, 1, 2, 50, 100]) {
        const text = new IntlMessageFormat(message, "zh").format(sampleValues(args, count));
        expect(typeof text, key).toBe("string");
        expect(String(text), key).not.toMatch(/[{}]/);
      }
    }
  });

  it("uses no `one` plural branch (Chinese has only `other`; an exact 1 must be `=1`)", () => {
    for (const [key, message] of ZH)
      expect(pluralSelectors(message, "zh"), key).not.toContain("one");
  });

  it("translates every value, except the listed codes, symbols and empty hints", () => {
    for (const key of NO_CJK) expect(EN.has(key), `exempt key ${key} is not in en.json`).toBe(true);
    for (const [key, value] of ZH) {
      if (!EXEMPT.has(key))
        expect(value, `${key} is identical to the English`).not.toBe(EN.get(key));
      if (!NO_CJK.has(key)) expect(value, `${key} has no Chinese character`).toMatch(CJK);
    }
  });

  it("writes Chinese punctuation and no spaces beside Chinese characters", () => {
    const halfWidthBeside = new RegExp(
      `${CJK.source}[,.:;?!()]|[,.:;?!()]${CJK.source}|${CJK.source} | ${CJK.source}`,
    );
    for (const [key, value] of ZH) expect(value, key).not.toMatch(halfWidthBeside);
  });

  it("names the investor origins 香港特别行政区, 澳门特别行政区, 台湾地区 and 其他国家或地区", () => {
    expect(zh.labels.origin).toEqual({
      "hong-kong": "香港特别行政区",
      macao: "澳门特别行政区",
      taiwan: "台湾地区",
      other: "其他国家或地区",
    });
    const options = zh.steps.origin.options;
    expect(options["hong-kong"].label).toBe("香港特别行政区");
    expect(options.macao.label).toBe("澳门特别行政区");
    expect(options.taiwan.label).toBe("台湾地区");
    expect(options.other.label).toBe("其他国家或地区");
  });

  it("never calls Taiwan, Hong Kong or Macao a country", () => {
    for (const [key, value] of ZH) {
      if (!/台湾|香港|澳门/.test(value)) continue;
      // "其他国家或地区" is the only place "国家" may stand beside them.
      expect(value.replaceAll("国家或地区", ""), key).not.toMatch(/国家|外国/);
      expect(value, key).not.toMatch(/台湾(?!地区)/);
    }
  });

  it("uses the product name and the legal names of the services and pilot areas", () => {
    expect(zh.layout.productName).toBe(zh.meta.title);
    expect(zh.labels.service.B12).toBe("内容分发网络业务（B12）");
    expect(zh.labels.service.B21).toBe("在线数据处理与交易处理业务（B21）");
    expect(zh.start.schematic.areas.shanghai.officialName).toBe(
      "上海自由贸易试验区临港新片区及社会主义现代化建设引领区",
    );
    expect(zh.result.finding.verify).toBe("请向律师核实");
  });

  it("says one thing one way: 外资股比 for the foreign share, 用户 for an internet access service's users", () => {
    for (const [key, value] of ZH) expect(value, key).not.toContain("外资比例");
    const coverage = [...ZH].filter(([key]) => /^(steps\.coverage|errors\.coverage)/.test(key));
    expect(coverage.length).toBeGreaterThan(3);
    for (const [key, value] of coverage) expect(value, key).not.toContain("客户");
  });

  it("never says the pilot opens music: the internet culture it excludes has no music exception", () => {
    // The label fills "the pilot does not open a service providing {content}"; with the
    // negative list's "（音乐除外）" it would say that music is opened.
    expect(zh.labels.content["internet-culture"]).not.toMatch(/音乐/);
    for (const [key, value] of ZH) {
      if (key.startsWith("findings.")) expect(value, key).not.toContain("经营服务（音乐除外）");
    }
  });

  it("bars a partnership from the licence whoever owns it, not only a foreign company's", () => {
    for (const key of ["findings.ENTITY-MAINLAND.outside", "findings.ENTITY-MAINLAND.inMainland"])
      expect(ZH.get(key), key).not.toMatch(/外国公司[^，；。]*分支机构或合伙企业/);
  });
});
