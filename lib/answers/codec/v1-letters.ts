/**
 * Share-link format version 1: the letter of every option value.
 *
 * These tables are the format. Links made from them are in e-mails and memos, so a letter,
 * once given, is never changed or reused; a new option value gets a new letter. The tests
 * check that every option value has a letter and that no letter is used twice in a table.
 */
import type {
  ContentCategory,
  Coverage,
  IspAccess,
  Location,
  Origin,
  Subtype,
  Tenure,
} from "../options";

export const ORIGIN_LETTERS = {
  "hong-kong": "h",
  macao: "m",
  taiwan: "t",
  other: "o",
} as const satisfies Record<Origin, string>;

export const LOCATION_LETTERS = {
  beijing: "b",
  shanghai: "s",
  hainan: "h",
  shenzhen: "z",
  "mainland-other": "m",
  "outside-mainland": "x",
  undecided: "u",
} as const satisfies Record<Location, string>;

export const TENURE_LETTERS = {
  owned: "o",
  leased: "l",
  other: "t",
} as const satisfies Record<Tenure, string>;

export const SUBTYPE_LETTERS = {
  ecommerce: "e",
  "transaction-processing": "t",
  edi: "d",
  "device-data": "v",
  "publishing-delivery": "p",
  search: "s",
  community: "c",
  "instant-messaging": "i",
  "protection-processing": "r",
} as const satisfies Record<Subtype, string>;

export const CONTENT_LETTERS = {
  news: "n",
  publishing: "p",
  audiovisual: "a",
  "internet-culture": "c",
  "online-music": "m",
} as const satisfies Record<ContentCategory, string>;

export const COVERAGE_LETTERS = {
  "pilot-area": "a",
  nationwide: "n",
} as const satisfies Record<Coverage, string>;

export const ISP_ACCESS_LETTERS = {
  "basic-operator": "b",
  "own-network": "o",
} as const satisfies Record<IspAccess, string>;

/** The verdict digest: one letter per service, in the order of the plan's services. */
export const VERDICT_LETTERS = {
  permitted: "p",
  "permitted-with-conditions": "c",
  "not-permitted": "n",
} as const;

/** An explicitly empty list (zero facilities, no content), as opposed to an unanswered one. */
export const EMPTY_LIST = "-";

/** Query parameter names. Per-service parameters end in the code's digits (`f12`, `t25`). */
export const PARAM = {
  version: "v",
  origin: "o",
  share: "p",
  registeredIn: "r",
  services: "s",
  subtypes: "t",
  content: "c",
  facilities: "f",
  coverage: "g",
  ispAccess: "i",
  rulesVersion: "rv",
  digest: "d",
} as const;

export const FORMAT_VERSION = "1";
