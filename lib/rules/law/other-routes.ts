/**
 * Other routes (RULES.md §4): regimes that may offer more than NL-2024 and the 2024 pilot.
 * The verdict never depends on them; they are shown as information where relevant, with
 * their own citations, and never for a plan with no foreign share.
 */
import { cite } from "../citations";
import { type ServiceRule, finding, NONE } from "../rule";

/**
 * CEPA-222: qualified Hong Kong and Macao service suppliers may wholly own ISP (user access)
 * and app-store businesses and hold up to 50% in IDC and IP-VPN joint ventures. Supplier
 * qualification (e.g. three years of substantive business in Hong Kong or Macao) applies.
 */
export const CEPA_HK_MO: ServiceRule = {
  id: "CEPA-HK-MO",
  citations: [cite("CEPA-222")],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.share === 0 || (ctx.origin !== "hong-kong" && ctx.origin !== "macao")) return NONE;
    const { code } = ctx.service;
    // The place, and the supplier as CEPA names it: in Chinese 香港服务提供者, not the
    // 香港特别行政区 the place is called elsewhere.
    const params = { code, origin: ctx.origin, supplier: ctx.origin };
    if (code === "B14") return [finding(this, "info", "ispWhollyOwned", params)];
    if (code === "B11" || code === "B13") return [finding(this, "info", "jointVenture50", params)];
    if (code === "B25" && ctx.subtypes.includes("publishing-delivery"))
      return [finding(this, "info", "appStoreWhollyOwned", params)];
    return NONE;
  },
};

/**
 * FTZ-NL (the Shanghai FTZ's VATS opening measures, extended to all pilot free trade zones):
 * user-access ISP may be wholly foreign-owned if the company is registered in the zone and
 * serves only users there; IP-VPN is open up to 50%. Shown for B13, and for B14 when the
 * pilot route is not open to it.
 */
export const FTZ_ROUTES: ServiceRule = {
  id: "FTZ-ROUTES",
  citations: [cite("FTZ-NL")],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.share === 0) return NONE;
    if (ctx.service.code === "B13") return [finding(this, "info", "ipVpn50", { code: "B13" })];
    if (ctx.service.code === "B14" && ctx.route !== "pilot")
      return [finding(this, "info", "ispInZone", { code: "B14" })];
    return NONE;
  },
};

/**
 * HAINAN-FTP-NL-2020: a company registered in Hainan may run online data and transaction
 * processing without a cap, and IDC and CDN for Hainan and international users.
 */
export const HAINAN_FTP: ServiceRule = {
  id: "HAINAN-FTP",
  citations: [cite("HAINAN-FTP-NL-2020")],
  unconfirmed: false,
  level: "service",
  evaluate(ctx) {
    if (ctx.share === 0 || ctx.registeredIn !== "hainan") return NONE;
    const { code } = ctx.service;
    if (code === "B21") return [finding(this, "info", "dataProcessing", { code })];
    if (code === "B11" || code === "B12")
      return [finding(this, "info", "idcCdnLimitedUsers", { code })];
    return NONE;
  },
};

/**
 * SC-2025-SERVICES (商资函〔2025〕84号): the 2025 services opening plan lifts the cap on
 * user-access ISP and app stores and opens IP-VPN up to 50% in 20 cities. Implementation in
 * each city is UNCONFIRMED.
 */
export const SC_2025_20_CITIES: ServiceRule = {
  id: "SC-2025-20-CITIES",
  citations: [cite("SC-2025-SERVICES")],
  unconfirmed: true,
  level: "service",
  evaluate(ctx) {
    if (ctx.share === 0) return NONE;
    const { code } = ctx.service;
    if (code === "B13") return [finding(this, "info", "ipVpn", { code })];
    if (code === "B14") return [finding(this, "info", "isp", { code })];
    if (code === "B25" && ctx.subtypes.includes("publishing-delivery"))
      return [finding(this, "info", "appStore", { code })];
    return NONE;
  },
};

export const OTHER_ROUTE_RULES = [CEPA_HK_MO, FTZ_ROUTES, HAINAN_FTP, SC_2025_20_CITIES];
