/**
 * The option values of the answers contract (API.md "Answers"), declared once.
 *
 * Everything else derives from these lists: the zod enums, the wizard's radios and
 * checkboxes, the share-link codec and the message keys of their labels. The share-link
 * codec gives each value a fixed letter, so these lists are append-only: never reorder,
 * rename or remove a value (see lib/answers/codec).
 */

/** The four pilot areas of MIIT Circular No. 107 (RULES.md §2). */
export const PILOT_AREAS = ["beijing", "shanghai", "hainan", "shenzhen"] as const;
export type PilotArea = (typeof PILOT_AREAS)[number];

export const LOCATIONS = [
  ...PILOT_AREAS,
  "mainland-other",
  "outside-mainland",
  "undecided",
] as const;
export type Location = (typeof LOCATIONS)[number];

export const ORIGINS = ["hong-kong", "macao", "taiwan", "other"] as const;
export type Origin = (typeof ORIGINS)[number];

/** CAT-2015 codes of value-added telecommunications services (RULES.md §3). */
export const SERVICE_CODES = [
  "B11",
  "B12",
  "B13",
  "B14",
  "B21",
  "B22",
  "B23",
  "B24",
  "B25",
  "B26",
] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

export const B21_SUBTYPES = ["ecommerce", "transaction-processing", "edi", "device-data"] as const;
export const B25_SUBTYPES = [
  "publishing-delivery",
  "search",
  "community",
  "instant-messaging",
  "protection-processing",
] as const;
export const SUBTYPES = [...B21_SUBTYPES, ...B25_SUBTYPES] as const;
export type Subtype = (typeof SUBTYPES)[number];

/** Only B21 and B25 have sub-types the assessment distinguishes. */
export const SUBTYPES_BY_CODE = {
  B21: B21_SUBTYPES,
  B25: B25_SUBTYPES,
} as const satisfies Partial<Record<ServiceCode, readonly Subtype[]>>;
export type CodeWithSubtypes = keyof typeof SUBTYPES_BY_CODE;

export function hasSubtypes(code: ServiceCode): code is CodeWithSubtypes {
  return code === "B21" || code === "B25";
}

export function subtypesOf(code: ServiceCode): readonly Subtype[] {
  return hasSubtypes(code) ? SUBTYPES_BY_CODE[code] : [];
}

/** Content the company itself provides (RULES.md §3, "Content categories"). */
export const CONTENT_CATEGORIES = [
  "news",
  "publishing",
  "audiovisual",
  "internet-culture",
  "online-music",
] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

/** The categories NL-2024 prohibits to foreign investment (music is excepted there). */
export const PROHIBITED_CONTENT = [
  "news",
  "publishing",
  "audiovisual",
  "internet-culture",
] as const satisfies readonly ContentCategory[];

export const TENURES = ["owned", "leased", "other"] as const;
export type Tenure = (typeof TENURES)[number];

export const COVERAGES = ["pilot-area", "nationwide"] as const;
export type Coverage = (typeof COVERAGES)[number];

export const ISP_ACCESS = ["basic-operator", "own-network"] as const;
export type IspAccess = (typeof ISP_ACCESS)[number];

export const MAX_SERVICES = SERVICE_CODES.length;
export const MAX_FACILITIES = 50;

/** Whether a value read from outside (a body, a link) is one of a list's. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

export function isPilotArea(location: Location): location is PilotArea {
  return isOneOf(PILOT_AREAS, location);
}
