/** The one rule every service is finally measured by: the planned share against the maximum. */
import { ARTICLES, cite } from "../citations";
import { type ServiceContext, type ServiceRule, finding } from "../rule";
import { ENTITY_MAINLAND_SERVICE } from "./fite-2022";
import { NL_CONTENT_PROHIBITED } from "./nl-2024";

const NEGATIVE_LIST = [cite("NL-2024", ARTICLES.nlTelecom)];
const PILOT = [...NEGATIVE_LIST, cite("MIIT-2024-107", ARTICLES.circularItem2)];

/**
 * What sets the maximum, and so what the finding cites: the Negative List's telecom item,
 * lifted by Circular 107 only on the pilot route; its prohibited-content item where the
 * company provides such content (§5 step 1); and the rule that only a company established
 * in the mainland may hold a permit where it is registered abroad (§5 step 2), which no
 * shareholding overcomes.
 */
function whatSetsTheMax(ctx: ServiceContext): "content" | "abroad" | "pilot" | "list" {
  if (ctx.route === "prohibited") return "content";
  if (ctx.registeredIn === "outside-mainland") return "abroad";
  return ctx.route === "pilot" ? "pilot" : "list";
}

const SOURCES = {
  content: NL_CONTENT_PROHIBITED.citations,
  abroad: ENTITY_MAINLAND_SERVICE.citations,
  pilot: PILOT,
  list: NEGATIVE_LIST,
} as const;

/**
 * SHARE-WITHIN-CAP: the planned foreign share, direct and indirect together, must not exceed
 * the maximum that applies to the service as planned. How the regulator looks through holding
 * structures when counting indirect foreign shares is UNCONFIRMED: the product asks for the
 * total and invents no counting method, so every such finding says "verify with counsel".
 */
export const SHARE_WITHIN_CAP: ServiceRule = {
  id: "SHARE-WITHIN-CAP",
  citations: [...PILOT, ...SOURCES.content, ...SOURCES.abroad],
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    const params = { code: ctx.service.code, share: ctx.share, max: ctx.max };
    const setBy = whatSetsTheMax(ctx);
    const citations = SOURCES[setBy];
    // Registered abroad, the company may not run the service at any share: the share is not
    // what stands in the way, however holdings are counted, and the finding says so.
    if (setBy === "abroad") {
      const variant = ctx.share > ctx.max ? "aboveAbroad" : "withinAbroad";
      const outcome = ctx.share > ctx.max ? "not-met" : "met";
      return [finding(this, outcome, variant, params, false, citations)];
    }
    // How indirect holdings are counted cannot take any share above a maximum of 100%: there
    // the finding rests on nothing unsettled.
    const unconfirmed = ctx.max < 100;
    return [
      ctx.share > ctx.max
        ? finding(this, "not-met", "above", params, unconfirmed, citations)
        : finding(
            this,
            "met",
            unconfirmed ? "within" : "withinFull",
            params,
            unconfirmed,
            citations,
          ),
    ];
  },
};
