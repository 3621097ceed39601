/**
 * The 2024 pilot: MIIT Circular No. 107 (MIIT-2024-107), its annexed pilot plan
 * (MIIT-2024-107-ANNEX) and MIIT's approval of the four local plans (PILOT-LAUNCH-2024).
 *
 * The annex itself was not available: its location, CDN, ISP and scope rules are applied as
 * law-firm summaries and the earlier FTZ regime restate them (PARAPHRASE in RULES.md §7),
 * e.g. 申请经营上述电信业务的企业注册地和服务设施须设在试验区内.
 */
import {
  isPilotArea,
  type ContentCategory,
  type Location,
  type PilotArea,
} from "@/lib/answers/options";
import type { Service } from "@/lib/answers/schema";

import { ARTICLES, cite } from "../citations";
import { baselineOf } from "./nl-2024";
import {
  type CheckStatus,
  type FacilityGroup,
  type LocationCheck,
  type PilotChecks,
  type PilotScope,
  type ServiceContext,
  type ServiceRule,
  finding,
  NONE,
  pilotOutcome,
} from "../rule";
import type { RuleFinding } from "../types";
import { PILOT_SUBTYPES, SERVICE_INFO } from "../services";
import { PILOT_AREA_INFO } from "../areas";

/**
 * Circular 107, item 二 (verbatim): 在获批开展试点的地区取消互联网数据中心（IDC）、内容分发网络（CDN）、
 * 互联网接入服务（ISP）、在线数据处理与交易处理，以及信息服务中信息发布平台和递送服务（互联网新闻信息、
 * 网络出版、网络视听、互联网文化经营除外）、信息保护和处理服务业务的外资股比限制。
 * — In approved areas the foreign-share limits are lifted for IDC, CDN, ISP, online data and
 * transaction processing, and, of information services, publishing platforms and delivery
 * services and information protection and processing services.
 *
 * Not opened: IP-VPN (B13), B22–B24 (already open), B26, and B25 search, community and
 * instant messaging. A service whose sub-types are partly outside keeps its baseline as a
 * whole (the remedy is to separate the rest into another company).
 */
export const PILOT_SCOPE: ServiceRule = {
  id: "PILOT-SCOPE",
  citations: [
    cite("MIIT-2024-107", ARTICLES.circularItem2),
    cite("CAT-2015", ARTICLES.cat2015B1B2),
  ],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.baseline.ruleId === "NL-VATS-OPEN") return NONE;
    const { code } = ctx.service;
    const { scope } = ctx.pilot;
    if (scope.status === "in") {
      // The service is of a kind the pilot opens, but not with the content it provides: PILOT-EXCLUDED-CONTENT says so.
      if (ctx.pilot.excludedContent.length > 0) return NONE;
      return [finding(this, ctx.needsPilot ? "met" : "info", "opened", { code })];
    }
    if (scope.status === "out")
      return [finding(this, ctx.needsPilot ? "not-met" : "info", "notOpened", { code })];
    return scope.notOpened.map((subtype) =>
      finding(this, ctx.needsPilot ? "not-met" : "info", "subtypeNotOpened", { code, subtype }),
    );
  },
};

export function pilotScopeOf(service: Pick<Service, "code" | "subtypes">): PilotScope {
  const info = SERVICE_INFO[service.code];
  if (!info.inPilot) return { status: "out", notOpened: [] };
  const subtypes = service.subtypes ?? [];
  const notOpened = subtypes.filter((s) => !PILOT_SUBTYPES.includes(s));
  if (notOpened.length === 0) return { status: "in", notOpened };
  return { status: notOpened.length === subtypes.length ? "out" : "partly", notOpened };
}

/**
 * Circular 107, item 二: the opened information services exclude 互联网新闻信息、网络出版、
 * 网络视听、互联网文化经营. The pilot makes no exception for music, so a service providing
 * `online-music` is outside the pilot and keeps its baseline (NL-2024 still allows music
 * outside the pilot; the other categories stay prohibited there too).
 *
 * The circular's parenthesis follows 信息发布平台和递送服务 alone; RULES.md §5 step 4 applies it
 * to every service in the pilot's scope. For music, where the verdict turns on it, a service
 * without that sub-type gets the cautious reading marked for counsel (ADR 0002 §4).
 */
export const PILOT_EXCLUDED_CONTENT: ServiceRule = {
  id: "PILOT-EXCLUDED-CONTENT",
  citations: [
    cite("MIIT-2024-107", ARTICLES.circularItem2),
    cite("NL-2024", ARTICLES.nlInternetContent),
  ],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.pilot.scope.status === "out") return NONE;
    // Open nationwide, a service needs no pilot: that music keeps it out of one limits nothing.
    const excluded =
      ctx.baseline.max === 100
        ? ctx.pilot.excludedContent.filter((c) => c !== "online-music")
        : ctx.pilot.excludedContent;
    const namesExclusion = (ctx.service.subtypes ?? []).includes("publishing-delivery");
    return excluded.map((content) => {
      const beyondText = content === "online-music" && !namesExclusion;
      return finding(
        this,
        ctx.needsPilot ? "not-met" : "info",
        content === "online-music" ? (beyondText ? "musicBeyondText" : "music") : "excluded",
        { code: ctx.service.code, content },
        beyondText,
      );
    });
  },
};

/**
 * Circular 107, item 一 (verbatim): 四地所属省（直辖市）人民政府负责根据《增值电信业务扩大对外开放试点
 * 方案》组织制定试点实施方案。工业和信息化部负责组织对四地试点实施方案和实施条件等开展评估论证，并作出批复。
 * — Each area opens services under its own approved plan and local conditions, in stages;
 * whether and when this service is accepted in this area must be confirmed with the local
 * communications administration (UNCONFIRMED per area).
 */
export const PILOT_LOCAL_PLAN: ServiceRule = {
  id: "PILOT-LOCAL-PLAN",
  citations: [cite("MIIT-2024-107", ARTICLES.circularItem1), cite("PILOT-LAUNCH-2024")],
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    if (ctx.route !== "pilot") return NONE;
    const { area } = ctx.pilot.location;
    const code = ctx.service.code;
    if (!ctx.needsPilot) {
      // Information: the plan does not rely on the pilot at this share, so nothing to confirm yet.
      const max = ctx.baseline.max;
      return [
        area
          ? finding(this, "info", "confirmIfPilot", { code, area, max })
          : finding(this, "info", "confirmIfPilotAreaUndecided", { code, max }),
      ];
    }
    return [
      area
        ? finding(this, "condition", "confirm", { code, area })
        : finding(this, "condition", "confirmAreaUndecided", { code }),
    ];
  },
};

/**
 * Pilot plan (PARAPHRASE): the operating company must be registered in one of the four
 * pilot areas. Registration `undecided` is not a failure but a condition the plan must meet.
 * Shanghai outside Pudong and Lin-gang is `mainland-other` (see lib/rules/areas).
 */
export const PILOT_AREA: ServiceRule = {
  id: "PILOT-AREA",
  citations: [
    cite("MIIT-2024-107", ARTICLES.circularItem1),
    cite("MIIT-2024-107-ANNEX", ARTICLES.annexLocation),
  ],
  // Hainan's and Shenzhen's extent is unsettled (RULES.md §2); each finding says whether it names one.
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    if (!pilotMatters(ctx)) return NONE;
    const { registeredIn } = ctx;
    const { location } = ctx.pilot;
    const code = ctx.service.code;
    if (isPilotArea(registeredIn)) {
      return [
        finding(
          this,
          pilotOutcome(ctx, "ok", "met"),
          boundaryVariant("inArea", registeredIn),
          { code, area: registeredIn },
          boundaryUnconfirmed(registeredIn),
        ),
      ];
    }
    if (registeredIn === "undecided") {
      // With the plan's facilities in two areas, which one is for the plan to settle (PILOT-SAME-AREA says why).
      if (!location.area || location.planSplit)
        return [finding(this, pilotOutcome(ctx, "pending"), "registerInAny", { code }, false)];
      // Only the facilities already in the area are said to be there: others may have no
      // location yet, or lie outside every pilot area (PILOT-SAME-AREA says which).
      const inArea = ctx.service.facilities.filter((f) => f.location === location.area).length;
      const variant =
        location.areaSource === "plan"
          ? "registerInPlan"
          : inArea === location.facilityCount
            ? "registerIn"
            : "registerInSome";
      return [
        finding(
          this,
          pilotOutcome(ctx, "pending"),
          boundaryVariant(variant, location.area),
          variant === "registerInSome"
            ? { code, area: location.area, count: inArea }
            : { code, area: location.area },
          boundaryUnconfirmed(location.area),
        ),
      ];
    }
    return [
      registeredIn === "outside-mainland"
        ? finding(this, pilotOutcome(ctx, "fail"), "notInMainland", { code }, false)
        : finding(this, pilotOutcome(ctx, "fail"), "notInArea", { code, registeredIn }, false),
    ];
  },
};

/** A finding naming an area whose extent is unsettled says so, in a variant of its message. */
function boundaryVariant(variant: string, area: PilotArea): string {
  return boundaryUnconfirmed(area) ? `${variant}BoundaryUnsettled` : variant;
}

/** Hainan's inclusion of Sansha and Shenzhen's exact boundary are UNCONFIRMED (RULES.md §2). */
function boundaryUnconfirmed(area: PilotArea): boolean {
  return PILOT_AREA_INFO[area].boundaryUnconfirmed;
}

/**
 * Pilot plan (PARAPHRASE): 试点经营者的注册地和服务设施（包括租用、购买等）须在同一试点地区内.
 * — The registration and every facility of the service, owned, leased or held otherwise,
 * must be within the same pilot area. Servers rented from a cloud provider are leased
 * facilities. A facility at an undecided location, or a service with none listed, meets the
 * rule only as a condition to keep; a registration decided outside every pilot area fails it
 * for every facility the service has.
 */
export const PILOT_SAME_AREA: ServiceRule = {
  id: "PILOT-SAME-AREA",
  citations: [cite("MIIT-2024-107-ANNEX", ARTICLES.annexLocation)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (!pilotMatters(ctx)) return NONE;
    const { location } = ctx.pilot;
    const code = ctx.service.code;
    // At this share the plan does not rely on the pilot (RULES.md §5: its conditions are then
    // information): where the facilities are binds nothing, so the rule is said as what the
    // pilot would require, never as what this plan must do.
    if (!ctx.needsPilot) return [ifPilot(this, ctx)];
    const failed = pilotOutcome(ctx, "fail");
    const findings = location.outside.map((group) =>
      location.area
        ? finding(this, failed, "outside", { code, area: location.area, ...groupParams(group) })
        : finding(this, failed, "outsideAny", { code, ...groupParams(group) }),
    );
    if (location.split) findings.push(finding(this, failed, "split", { code }));
    if (location.planSplit && location.area) {
      // Only the facilities already in the area are said to be there: others may have no
      // location yet, or lie outside it (the findings above name those).
      const inArea = ctx.service.facilities.filter((f) => f.location === location.area).length;
      findings.push(
        inArea === location.facilityCount
          ? finding(this, failed, "planSplit", { code, area: location.area })
          : finding(this, failed, "planSplitSome", { code, area: location.area, count: inArea }),
      );
    }
    if (findings.length > 0) return findings;
    // A decided registration outside every pilot area can share an area with no facility.
    if (location.registration === "fail" && location.facilityCount > 0) {
      const { registeredIn } = ctx;
      // The facilities are in `area` or not placed yet: only the placed ones are said to be there.
      const placed = location.facilityCount - location.undecidedFacilities;
      return [
        !location.area
          ? finding(this, failed, "registeredElsewhereAny", { code, registeredIn })
          : location.undecidedFacilities > 0
            ? finding(this, failed, "registeredElsewhereSomeUndecided", {
                code,
                registeredIn,
                area: location.area,
                count: placed,
                undecided: location.undecidedFacilities,
              })
            : finding(this, failed, "registeredElsewhere", {
                code,
                registeredIn,
                area: location.area,
                count: placed,
              }),
      ];
    }
    const keep = pilotOutcome(ctx, location.facilities);
    // Content or a sub-type keeps the service out of the pilot (ADR 0002, point 17): where
    // its facilities are binds nothing yet, so say what the pilot would require, not "keep".
    if (keep === "info") return [ifPilot(this, ctx)];
    if (location.facilityCount === 0) {
      return [
        location.area
          ? finding(this, keep, "noneListed", { code, area: location.area })
          : finding(this, keep, "noneListedAny", { code }),
      ];
    }
    if (location.undecidedFacilities > 0) {
      return [
        location.area
          ? finding(this, keep, "undecided", {
              code,
              area: location.area,
              count: location.undecidedFacilities,
            })
          : finding(this, keep, "undecidedAny", { code, count: location.undecidedFacilities }),
      ];
    }
    // Every facility is in one pilot area, so the area is known; a registration not yet
    // decided must follow them there.
    const area = location.area;
    if (!area) return NONE;
    const variant = isPilotArea(ctx.registeredIn) ? "allInside" : "registerWithFacilities";
    return [finding(this, keep, variant, { code, area, count: location.facilityCount })];
  },
};

/**
 * A location rule for a plan whose share does not need the pilot: what the pilot would
 * require (message `variant`), naming the area only when the company is registered in one
 * (otherwise, `${variant}Any`: which area is for the company to choose).
 */
function ifPilot(rule: ServiceRule, ctx: ServiceContext, variant = "ifPilot"): RuleFinding {
  const { registeredIn } = ctx;
  const params = { code: ctx.service.code, max: ctx.baseline.max };
  return isPilotArea(registeredIn)
    ? finding(rule, "info", variant, { ...params, area: registeredIn })
    : finding(rule, "info", `${variant}Any`, params);
}

function groupParams(group: FacilityGroup) {
  return { location: group.location, tenure: group.tenure, count: group.count };
}

/**
 * Pilot plan (PARAPHRASE): 不得购买或租用试点地区外的CDN设施用于加速服务. A CDN operator may
 * not buy or lease CDN facilities outside its pilot area. Whether buying a third party's
 * CDN service counts is UNCONFIRMED, so the condition says so.
 */
export const PILOT_CDN_LOCAL_NODES: ServiceRule = {
  id: "PILOT-CDN-LOCAL-NODES",
  citations: [cite("MIIT-2024-107-ANNEX", ARTICLES.annexCdn)],
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    if (ctx.service.code !== "B12" || !pilotMatters(ctx)) return NONE;
    if (!ctx.needsPilot) return [ifPilot(this, ctx)];
    const { location } = ctx.pilot;
    const failed = pilotOutcome(ctx, "fail");
    // A node "held otherwise" may be another provider's CDN service bought in: whether that counts is UNCONFIRMED.
    const nodes = location.outside.map((group) => {
      const bought = group.tenure === "other";
      const suffix = bought ? "HeldOtherwise" : "";
      return location.area
        ? finding(
            this,
            failed,
            `nodeOutside${suffix}`,
            { code: "B12", area: location.area, ...groupParams(group) },
            bought,
          )
        : finding(
            this,
            failed,
            `nodeOutsideAny${suffix}`,
            { code: "B12", ...groupParams(group) },
            bought,
          );
    });
    if (nodes.length > 0) return nodes;
    // Nodes in two pilot areas break the rule in any area the company chooses: say so, and
    // mark it for counsel only where a node held otherwise may be a bought-in CDN service.
    if (location.split) {
      const bought = ctx.service.facilities.some(
        (f) => isPilotArea(f.location) && f.tenure === "other",
      );
      const suffix = bought ? "HeldOtherwise" : "";
      return [finding(this, failed, `nodesSplit${suffix}`, { code: "B12" }, bought)];
    }
    // No node lies outside the area. Nodes all in one area while the plan's other services sit
    // in another, or while the company is registered outside every pilot area: PILOT-SAME-AREA
    // (and PILOT-AREA) fail, but no node is bought or leased outside the area the company must
    // move to, so this rule is still to be kept.
    const keep = pilotOutcome(
      ctx,
      location.planSplit || location.registration === "fail" ? "pending" : location.facilities,
    );
    if (keep === "info") return [ifPilot(this, ctx)];
    // While the plan's services are split over areas, the company may yet move away from
    // the nodes' area (the remedies may say so): the nodes go where the company goes.
    return [
      location.area && !location.planSplit
        ? finding(this, keep, "keepNodesInside", { code: "B12", area: location.area })
        : finding(this, keep, "keepNodesInsideAny", { code: "B12" }),
    ];
  },
};

/**
 * Pilot plan (PARAPHRASE), as in the FTZ regime: 互联网接入服务业务（为上网用户提供互联网接入服务）的
 * 服务范围定在试验区内. ISP service is limited to users inside the pilot area.
 */
export const PILOT_ISP_LOCAL_SCOPE: ServiceRule = {
  id: "PILOT-ISP-LOCAL-SCOPE",
  citations: [cite("MIIT-2024-107-ANNEX", ARTICLES.annexIsp)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.service.code !== "B14" || ctx.pilot.ispScope === undefined || !pilotMatters(ctx))
      return NONE;
    const status = ctx.pilot.ispScope;
    // Within the baseline the plan does not rely on the pilot: what it plans is what the
    // pilot would require, not a condition to keep (RULES.md §5).
    if (!ctx.needsPilot && status === "ok") return [ifPilot(this, ctx, "localOnlyIfPilot")];
    const variant = status === "fail" ? "nationwide" : "localOnly";
    // While the plan's services are split over areas, the users to serve are those of the
    // area the plan ties the company to, not of this service's own facilities.
    const { location } = ctx.pilot;
    const area = !location.planSplit
      ? location.area
      : variant === "nationwide" && ctx.planAreas.size === 1
        ? [...ctx.planAreas][0]
        : undefined;
    return [
      area
        ? finding(this, pilotOutcome(ctx, status), variant, { code: "B14", area })
        : finding(this, pilotOutcome(ctx, status), `${variant}Any`, { code: "B14" }),
    ];
  },
};

/**
 * Pilot plan (PARAPHRASE): ISP must reach its users through the internet access equipment of
 * basic telecommunications enterprises. An access network of its own would need a basic
 * telecommunications licence, which a foreign-controlled company cannot hold.
 */
export const PILOT_ISP_OPERATOR_ACCESS: ServiceRule = {
  id: "PILOT-ISP-OPERATOR-ACCESS",
  citations: [cite("MIIT-2024-107-ANNEX", ARTICLES.annexIsp)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.service.code !== "B14" || ctx.pilot.ispAccess === undefined || !pilotMatters(ctx))
      return NONE;
    const status = ctx.pilot.ispAccess;
    if (!ctx.needsPilot && status === "ok")
      return [
        finding(this, "info", "operatorAccessIfPilot", { code: "B14", max: ctx.baseline.max }),
      ];
    return [
      finding(
        this,
        pilotOutcome(ctx, status),
        status === "fail" ? "ownNetwork" : "operatorAccess",
        { code: "B14" },
      ),
    ];
  },
};

/** Pilot plan (PARAPHRASE): every pilot service other than ISP may serve the whole country. */
export const PILOT_NATIONWIDE_SERVICE: ServiceRule = {
  id: "PILOT-NATIONWIDE-SERVICE",
  citations: [cite("MIIT-2024-107-ANNEX", ARTICLES.annexScope)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.route !== "pilot" || ctx.service.code === "B14") return NONE;
    // Within the baseline the plan does not rely on the pilot: say what the pilot would allow.
    if (!ctx.needsPilot)
      return [
        finding(this, "info", "nationwideIfPilot", {
          code: ctx.service.code,
          max: ctx.baseline.max,
        }),
      ];
    return [finding(this, "info", "nationwide", { code: ctx.service.code })];
  },
};

/**
 * Circular 107 (PARAPHRASE, near-verbatim): foreign-invested telecom enterprises planning
 * these services in a pilot area apply to MIIT for a telecom business pilot approval
 * (电信业务经营试点批复). Applications opened after MIIT approved the four local plans on
 * 2024-10-23.
 *
 * "Not needed" rests on the share entered staying within the nationwide maximum, and how
 * indirect holdings count towards it is UNCONFIRMED (RULES.md §4, SHARE-WITHIN-CAP): a plan
 * told it needs no approval is marked for counsel, as the share is below a maximum under
 * 100% (ADR 0002 §12). Told it needs one, it loses nothing by asking counsel first.
 */
export const PILOT_MIIT_APPROVAL: ServiceRule = {
  id: "PILOT-MIIT-APPROVAL",
  citations: [cite("MIIT-2024-107", ARTICLES.circularApproval), cite("PILOT-LAUNCH-2024")],
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    if (ctx.route !== "pilot") return NONE;
    const params = { code: ctx.service.code, max: ctx.baseline.max };
    return [
      ctx.needsPilot
        ? finding(this, "condition", "required", params, false)
        : finding(this, "info", "ifAbove", params, true),
    ];
  },
};

/**
 * Pilot plan (PARAPHRASE): approved operators are regulated like domestic ones (内外资一致).
 * It concerns operators approved under the pilot: a plan within the baseline (a domestic
 * company, an EDI service at 50%) seeks no approval, so it is told what the pilot would bring
 * if the service used it, never "once approved" (RULES.md §5; ADR 0002 §2).
 */
export const PILOT_NATIONAL_TREATMENT: ServiceRule = {
  id: "PILOT-NATIONAL-TREATMENT",
  citations: [cite("MIIT-2024-107-ANNEX", ARTICLES.annexTreatment)],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.route !== "pilot") return NONE;
    return [
      ctx.needsPilot
        ? finding(this, "info", "sameAsDomestic", { code: ctx.service.code })
        : finding(this, "info", "sameAsDomesticIfPilot", {
            code: ctx.service.code,
            max: ctx.baseline.max,
          }),
    ];
  },
};

/** The pilot's location rules concern services the pilot opens and that are not already open. */
function pilotMatters(ctx: {
  baseline: { ruleId: string };
  pilot: PilotChecks;
  route: string;
}): boolean {
  return (
    ctx.baseline.ruleId !== "NL-VATS-OPEN" &&
    ctx.pilot.scope.status !== "out" &&
    ctx.route !== "prohibited"
  );
}

function groupFacilities(
  facilities: readonly { location: Location; tenure: Service["facilities"][number]["tenure"] }[],
): FacilityGroup[] {
  const groups: FacilityGroup[] = [];
  for (const { location, tenure } of facilities) {
    const group = groups.find((g) => g.location === location && g.tenure === tenure);
    if (group) group.count += 1;
    else groups.push({ location, tenure, count: 1 });
  }
  return groups;
}

/**
 * Where the company and the service's facilities stand against PILOT-AREA and PILOT-SAME-AREA.
 *
 * `planAreas` are the pilot areas holding facilities of the plan's services that need the
 * pilot (see `planPilotAreas`). They matter only while the registration is undecided: the
 * company is one and can be registered in one area, so a service with no facility in a pilot
 * area is tied to the plan's one area, and services tied to different areas cannot all be
 * (ADR 0002, point 3).
 */
export function checkLocation(
  registeredIn: Location,
  facilities: readonly Service["facilities"][number][],
  planAreas: ReadonlySet<PilotArea> = NO_AREAS,
): LocationCheck {
  const areas = new Set<PilotArea>();
  let undecidedFacilities = 0;
  for (const { location } of facilities) {
    if (isPilotArea(location)) areas.add(location);
    else if (location === "undecided") undecidedFacilities += 1;
  }
  const registration: CheckStatus = isPilotArea(registeredIn)
    ? "ok"
    : registeredIn === "undecided"
      ? "pending"
      : "fail";
  let area: PilotArea | undefined;
  let areaSource: LocationCheck["areaSource"] = "none";
  let split = false;
  let planSplit = false;
  if (isPilotArea(registeredIn)) {
    area = registeredIn;
    areaSource = "registration";
  } else if (areas.size === 1) {
    area = [...areas][0];
    areaSource = "service";
    planSplit = registeredIn === "undecided" && [...planAreas].some((a) => a !== area);
  } else if (areas.size > 1) {
    split = true;
  } else if (registeredIn === "undecided" && planAreas.size === 1) {
    area = [...planAreas][0];
    areaSource = "plan";
  }
  const outside = groupFacilities(
    facilities.filter(({ location }) =>
      location === "undecided" ? false : area ? location !== area : !isPilotArea(location),
    ),
  );
  const failed =
    outside.length > 0 || split || planSplit || (registration === "fail" && facilities.length > 0);
  const pending = registration !== "ok" || undecidedFacilities > 0 || facilities.length === 0;
  return {
    area,
    areaSource,
    registration,
    facilities: failed ? "fail" : pending ? "pending" : "ok",
    outside,
    split,
    planSplit,
    undecidedFacilities,
    facilityCount: facilities.length,
  };
}

const NO_AREAS: ReadonlySet<PilotArea> = new Set();

/**
 * While the registration is undecided, where the plan ties the company for each of its
 * services (in the plan's order): the pilot areas holding the facilities of the services that
 * can only go ahead through the pilot (in its scope, no excluded content) and that need it at
 * every foreign share at which this one does, those whose nationwide maximum is no higher
 * than its own. A service closed nationwide (0%) needs the pilot at any foreign share, so the
 * company can have one only in the area of the closed services; one capped at 50% needs it
 * above 50%, where it must be in that area too (or, with no closed service placed, share one
 * area with the other capped services). So a service capped at 50% never pulls a closed one
 * away from its area (the company's maximum is then 50%, not 0%), one beside the closed
 * services keeps the pilot whatever other capped services do, and the maxima do not depend
 * on the share entered: they are the shares at which the plan could go ahead (ADR 0002,
 * point 3). The remedies' target area follows from the same ties.
 *
 * The facilities of other services do not tie the company (ADR 0002, point 6), nor do those
 * of a service that fails the pilot in every area (facilities in two pilot areas or outside
 * all of them, an ISP for users or over access the pilot does not allow): the company cannot
 * follow it anywhere, so it must not pull the others away. A decided registration ties the
 * company itself (none).
 */
export function planPilotAreas(answers: {
  investor: { foreignSharePercent: number };
  company: { registeredIn: Location };
  services: readonly Service[];
}): ReadonlySet<PilotArea>[] {
  if (answers.company.registeredIn !== "undecided") return answers.services.map(() => NO_AREAS);
  const closed = new Set<PilotArea>();
  const all = new Set<PilotArea>();
  const baselines = answers.services.map((s) => baselineOf(s.code, s.subtypes ?? []).max);
  answers.services.forEach((service, index) => {
    // Open nationwide, a service never needs the pilot.
    if (baselines[index] === 100 || (service.content ?? []).length > 0) return;
    if (pilotScopeOf(service).status !== "in") return;
    const own = ownPilotArea(service);
    if (!own) return;
    all.add(own);
    if (baselines[index] === 0) closed.add(own);
  });
  // With no closed service placed in a pilot area, a closed one has no facility there, or
  // fails the pilot in any area: where the others tie the company cannot change whether it
  // passes, only where it is told to register, which follows the services that need the
  // pilot at the share entered.
  const closedTies =
    closed.size > 0 ? closed : answers.investor.foreignSharePercent > 50 ? all : NO_AREAS;
  // A capped service follows the closed services' area where they have one: only there can
  // the company have any foreign share at all.
  const cappedTies = closed.size > 0 ? closed : all.size > 0 ? all : NO_AREAS;
  return baselines.map((max) => (max === 0 ? closedTies : cappedTies));
}

/**
 * The one pilot area a service's facilities place it in, if it could pass the pilot there:
 * none when it has no facility in a pilot area, or when no area would do.
 */
function ownPilotArea(service: Service): PilotArea | undefined {
  if (
    service.code === "B14" &&
    !(service.coverage === "pilot-area" && service.ispAccess === "basic-operator")
  )
    return undefined;
  let area: PilotArea | undefined;
  for (const { location } of service.facilities) {
    if (location === "undecided") continue;
    if (!isPilotArea(location) || (area !== undefined && area !== location)) return undefined;
    area = location;
  }
  return area;
}

/** Every pilot condition of RULES.md §5 step 4 for one service, checked once. */
export function checkPilot(
  registeredIn: Location,
  service: Service,
  planAreas: ReadonlySet<PilotArea> = NO_AREAS,
): PilotChecks {
  // Every content category of RULES.md §3 is excluded: the four prohibited ones and music.
  const excluded: ContentCategory[] = service.content ?? [];
  const scope = pilotScopeOf(service);
  const location = checkLocation(registeredIn, service.facilities, planAreas);
  const isB14 = service.code === "B14";
  const ispScope: CheckStatus | undefined = isB14
    ? service.coverage === "pilot-area"
      ? "ok"
      : "fail"
    : undefined;
  const ispAccess: CheckStatus | undefined = isB14
    ? service.ispAccess === "basic-operator"
      ? "ok"
      : "fail"
    : undefined;
  const passes =
    scope.status === "in" &&
    excluded.length === 0 &&
    location.registration !== "fail" &&
    location.facilities !== "fail" &&
    ispScope !== "fail" &&
    ispAccess !== "fail";
  return {
    scope,
    excludedContent: excluded,
    location,
    ...(ispScope && { ispScope }),
    ...(ispAccess && { ispAccess }),
    passes,
  };
}

export const PILOT_RULES = [
  PILOT_SCOPE,
  PILOT_EXCLUDED_CONTENT,
  PILOT_AREA,
  PILOT_SAME_AREA,
  PILOT_CDN_LOCAL_NODES,
  PILOT_ISP_LOCAL_SCOPE,
  PILOT_ISP_OPERATOR_ACCESS,
  PILOT_MIIT_APPROVAL,
  PILOT_LOCAL_PLAN,
  PILOT_NATIONWIDE_SERVICE,
  PILOT_NATIONAL_TREATMENT,
];

/**
 * Whether the pilot can decide this service at this share: the pilot opens (some of) it and
 * the share is above the nationwide maximum. Only then do its facilities matter, so only
 * then does the wizard ask for them.
 */
export function pilotCanMatter(
  service: Pick<Service, "code" | "subtypes">,
  share: number,
): boolean {
  return (
    pilotScopeOf(service).status !== "out" &&
    share > baselineOf(service.code, service.subtypes ?? []).max
  );
}
