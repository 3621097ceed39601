/**
 * The nationwide baseline: the 2024 Negative List (NL-2024), with MIIT-2015-196 for
 * operating e-commerce and CAT-2015 for what each service code covers.
 */
import {
  PROHIBITED_CONTENT,
  type ContentCategory,
  type ServiceCode,
  type Subtype,
} from "@/lib/answers/options";

import { ARTICLES, cite } from "../citations";
import { type Baseline, type ServiceContext, type ServiceRule, finding, NONE } from "../rule";
import { SERVICE_INFO } from "../services";

/**
 * NL-2024, prohibited internet content item (2017 wording, verbatim; later editions read
 * 互联网文化经营): 禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、网络文化经营（音乐除外）…
 * — Foreign investment in internet news information, online publishing, online audiovisual
 * programmes and internet culture business (except music) is prohibited.
 *
 * Only content the company itself provides counts (hosting customers' content does not).
 * Interpretation: at 0% foreign share the prohibition binds nothing, so it is shown as
 * information, but the service's maximum foreign share stays 0% (any foreign share at all
 * would be prohibited), rather than falling through to a 50% baseline as §5's literal order
 * would have it.
 */
export const NL_CONTENT_PROHIBITED: ServiceRule = {
  id: "NL-CONTENT-PROHIBITED",
  citations: [cite("NL-2024", ARTICLES.nlInternetContent)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.prohibited.length > 0) {
      return ctx.prohibited.map((content) =>
        finding(
          this,
          ctx.share > 0 ? "not-met" : "info",
          ctx.share > 0 ? "prohibited" : "prohibitedDomestic",
          {
            code: ctx.service.code,
            content,
            share: ctx.share,
          },
        ),
      );
    }
    // Information services are where this line is crossed in practice: say what to stay clear of.
    if (ctx.service.code === "B25" && ctx.share > 0) {
      return [
        finding(
          this,
          "condition",
          ctx.content.includes("online-music")
            ? "keepClearMusic"
            : ctx.route === "pilot" && ctx.needsPilot
              ? "keepClearPilot"
              : "keepClear",
          {
            code: ctx.service.code,
          },
        ),
      ];
    }
    return NONE;
  },
};

export function prohibitedContent(content: readonly ContentCategory[]): ContentCategory[] {
  return content.filter((category) =>
    (PROHIBITED_CONTENT as readonly ContentCategory[]).includes(category),
  );
}

/**
 * NL-2024, prohibited internet content item, last clause: 互联网公众发布信息服务（上述服务中，中国入世
 * 承诺中已开放的内容除外）. How this bears on community and publishing platforms is unsettled
 * (UNCONFIRMED): shown as information for those two B25 sub-types.
 */
export const NL_PUBLIC_INFO_RELEASE: ServiceRule = {
  id: "NL-PUBLIC-INFO-RELEASE",
  citations: [cite("NL-2024", ARTICLES.nlInternetContent)],
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    return ctx.subtypes
      .filter((subtype) => subtype === "community" || subtype === "publishing-delivery")
      .map((subtype) => finding(this, "info", "unsettled", { code: ctx.service.code, subtype }));
  },
};

/**
 * NL-2024, telecom item: 增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心除外）.
 * — No foreign-share limit for e-commerce (MIIT-2015-196: operating e-commerce, B21
 * `ecommerce`), domestic multi-party communication (B22), store-and-forward (B23) and call
 * centres (B24), anywhere in mainland China. The e-commerce exemption covers the B21 licence
 * only: a platform that also publishes others' information needs B25 as well.
 */
export const NL_VATS_OPEN: ServiceRule = {
  id: "NL-VATS-OPEN",
  citations: [cite("NL-2024", ARTICLES.nlTelecom), cite("MIIT-2015-196")],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    const { code } = ctx.service;
    // MIIT-2015-196 opened operating e-commerce; B22–B24 are open by the Negative List alone.
    if (ctx.baseline.ruleId === "NL-VATS-OPEN") {
      return code === "B21"
        ? [finding(this, "met", "ecommerceOnly", { code })]
        : [finding(this, "met", "open", { code }, false, NEGATIVE_LIST_ONLY)];
    }
    if (code === "B21" && ctx.subtypes.includes("ecommerce")) {
      return [
        finding(this, "info", ctx.route === "pilot" ? "ecommerceMixedPilot" : "ecommerceMixed", {
          code,
        }),
      ];
    }
    return NONE;
  },
};

const NEGATIVE_LIST_ONLY = [cite("NL-2024", ARTICLES.nlTelecom)];

/**
 * NL-2024, telecom item: 限于中国入世承诺开放的电信业务. IDC (including cloud), CDN, IP-VPN
 * and ISP (B11–B14) are outside China's WTO commitments: without the pilot a company with
 * any foreign share cannot hold these licences. Baseline maximum 0%.
 */
export const NL_WTO_SCOPE: ServiceRule = {
  id: "NL-WTO-SCOPE",
  citations: [cite("NL-2024", ARTICLES.nlTelecom), cite("CAT-2015", ARTICLES.cat2015B1B2)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.baseline.ruleId !== "NL-WTO-SCOPE") return NONE;
    const variant = baselineVariant(ctx, "onlyThroughPilot", "closedNotInPilot", "closed");
    return [finding(this, "info", variant, { code: ctx.service.code })];
  },
};

/**
 * NL-2024, telecom item: 增值电信业务的外资股比不超过50%. B21 other than operating
 * e-commerce, B25 and B26: foreign share at most 50% outside the pilot.
 */
export const NL_VATS_CAP_50: ServiceRule = {
  id: "NL-VATS-CAP-50",
  citations: [cite("NL-2024", ARTICLES.nlTelecom)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.baseline.ruleId !== "NL-VATS-CAP-50") return NONE;
    const variant = baselineVariant(ctx, "liftedByPilot", "cappedNotInPilot", "capped");
    return [finding(this, "info", variant, { code: ctx.service.code })];
  },
};

/**
 * How a baseline finding reads: the pilot lifts the baseline for this plan, the pilot does
 * not open the service at all, or the pilot could but this plan does not use it. A plan on
 * the pilot route whose share is within the baseline does not rely on the pilot (RULES.md §5:
 * at 0% nothing but ENTITY-MAINLAND restricts it), so it is not told the pilot lifts anything
 * for it.
 */
function baselineVariant(
  ctx: ServiceContext,
  lifted: string,
  notOpened: string,
  otherwise: string,
): string {
  if (ctx.route === "pilot" && ctx.needsPilot) return lifted;
  return ctx.pilot.scope.status === "out" ? notOpened : otherwise;
}

const OPEN_SUBTYPES: readonly Subtype[] = ["ecommerce"];

/** The baseline maximum (§4): a service with several sub-types takes the lowest of them. */
export function baselineOf(code: ServiceCode, subtypes: readonly Subtype[]): Baseline {
  const info = SERVICE_INFO[code];
  if (!info.inWtoCommitments) return { max: 0, ruleId: "NL-WTO-SCOPE" };
  if (code === "B21") {
    return subtypes.length > 0 && subtypes.every((s) => OPEN_SUBTYPES.includes(s))
      ? { max: 100, ruleId: "NL-VATS-OPEN" }
      : { max: 50, ruleId: "NL-VATS-CAP-50" };
  }
  return info.baseline === 100
    ? { max: 100, ruleId: "NL-VATS-OPEN" }
    : { max: 50, ruleId: "NL-VATS-CAP-50" };
}

export const NL_2024_RULES = [
  NL_CONTENT_PROHIBITED,
  NL_PUBLIC_INFO_RELEASE,
  NL_VATS_OPEN,
  NL_WTO_SCOPE,
  NL_VATS_CAP_50,
];
