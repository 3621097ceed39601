/** The one rule every service is finally measured by: the planned share against the maximum. */
import { ARTICLES, cite } from "../citations";
import { type ServiceRule, finding } from "../rule";

/**
 * SHARE-WITHIN-CAP: the planned foreign share, direct and indirect together, must not exceed
 * the maximum that applies to the service as planned (NL-2024 telecom item; lifted by
 * Circular 107 item 二 where the pilot applies). How the regulator looks through holding
 * structures when counting indirect foreign shares is UNCONFIRMED: the product asks for the
 * total and invents no counting method, so every such finding says "verify with counsel".
 */
export const SHARE_WITHIN_CAP: ServiceRule = {
  id: "SHARE-WITHIN-CAP",
  citations: [cite("NL-2024", ARTICLES.nlTelecom), cite("MIIT-2024-107", ARTICLES.circularItem2)],
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    const params = { code: ctx.service.code, share: ctx.share, max: ctx.max };
    // The maximum comes from the Negative List, lifted by Circular 107 only on the pilot route.
    const citations = ctx.route === "pilot" ? this.citations : NEGATIVE_LIST;
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

const NEGATIVE_LIST = [cite("NL-2024", ARTICLES.nlTelecom)];
