import { INSTRUMENTS, type InstrumentId } from "./instruments";
import type { Citation } from "./types";

/** A citation of one instrument, optionally of one of its articles or items. */
export function cite(id: InstrumentId, article?: { en: string; zh: string }): Citation {
  const instrument: { title: string; titleZh: string; date: string; url?: string } =
    INSTRUMENTS[id];
  return Object.freeze({
    id,
    title: instrument.title,
    titleZh: instrument.titleZh,
    ...(article && { article: article.en, articleZh: article.zh }),
    ...(instrument.url !== undefined && { url: instrument.url }),
    date: instrument.date,
  });
}

/** Where the clauses the rules apply sit in their instruments. */
export const ARTICLES = {
  circularItem1: {
    en: "item 1 (pilot areas and implementation plans)",
    zh: "第一项（试点地区和试点实施方案）",
  },
  circularItem2: {
    en: "item 2 (services whose foreign-share limits are lifted)",
    zh: "第二项（取消外资股比限制的业务）",
  },
  circularApproval: { en: "pilot approval", zh: "电信业务经营试点批复" },
  annexLocation: { en: "registration and facility location", zh: "注册地和服务设施" },
  annexCdn: { en: "CDN facilities", zh: "内容分发网络设施" },
  annexIsp: { en: "ISP service scope and access", zh: "互联网接入服务的服务范围和接入方式" },
  annexScope: { en: "service scope", zh: "服务范围" },
  annexTreatment: { en: "national treatment (内外资一致)", zh: "内外资一致" },
  nlTelecom: {
    en: "telecommunications item (information transmission, software and IT services)",
    zh: "电信公司条目（信息传输、软件和信息技术服务业）",
  },
  nlInternetContent: {
    en: "prohibited internet content item (information transmission, software and IT services)",
    zh: "禁止投资互联网新闻信息服务等条目（信息传输、软件和信息技术服务业）",
  },
  fiteArt2: {
    en: "Art. 2 (enterprise established in China)",
    zh: "第二条（在中华人民共和国境内设立）",
  },
  lic42Art6Company: {
    en: "Art. 6(1) (a lawfully established company)",
    zh: "第六条第（一）项（依法设立的公司）",
  },
  lic42Art6Capital: { en: "Art. 6(4) (registered capital)", zh: "第六条第（四）项（注册资本）" },
  fiteArt5: { en: "Art. 5 (registered capital)", zh: "第五条（注册资本）" },
  lic42Art6: { en: "Art. 6 (licence conditions)", zh: "第六条（申请条件）" },
  filArt35: {
    en: "Art. 35 (security review of foreign investment)",
    zh: "第三十五条（外商投资安全审查制度）",
  },
  fisrArt4: {
    en: "Art. 4 (important information technology and internet products and services, with actual control)",
    zh: "第四条（重要信息技术和互联网产品与服务，取得实际控制权）",
  },
  cat2015B1B2: {
    en: "categories B1 and B2 (value-added telecommunications services)",
    zh: "B1、B2类（增值电信业务）",
  },
} as const;
