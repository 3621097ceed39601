/**
 * The rule library: pure, framework-free, server-only (the law and its reasoning stay on
 * the server; the browser gets results).
 */
import "server-only";

export { assess, type AssessOptions } from "./assess";
export { applyPatch, PatchError } from "./patch";
export {
  OTHER_ROUTE_RULE_IDS,
  PLAN_RULES,
  RULES,
  RULE_IDS,
  SERVICE_RULES,
  type RuleId,
} from "./catalogue";
export { INSTRUMENTS, type Instrument, type InstrumentId } from "./instruments";
export { PILOT_AREA_INFO } from "./areas";
export { SERVICE_INFO, SUBTYPE_NAME_ZH } from "./services";
export {
  RULES_CHECKED_ON,
  RULES_HISTORY,
  RULES_VERSION,
  RULES_VERSIONS,
  releasesSince,
  type RulesRelease,
} from "./version";
export {
  PILOT_AREAS,
  LOCATIONS,
  SERVICE_CODES,
  SUBTYPES,
  SUBTYPES_BY_CODE,
  CONTENT_CATEGORIES,
  TENURES,
} from "@/lib/answers/options";
export type * from "./types";
export { RULES_FACTS } from "./link-facts";
export { pilotCanMatter, planPilotAreas } from "./law/pilot-2024";
export { SCOPE_RULE_ID } from "./law/scope";
