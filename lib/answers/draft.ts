/**
 * Answers as they stand part-way through the wizard: the contract's shape with every
 * answer optional. Complete answers are drafts too; `AnswersSchema` says when a draft is
 * complete and valid, `lib/flow` says which question comes next.
 */
import type {
  ContentCategory,
  Coverage,
  IspAccess,
  Location,
  Origin,
  ServiceCode,
  Subtype,
  Tenure,
} from "./options";

export type FacilityDraft = { location: Location; tenure: Tenure };

export type ServiceDraft = {
  code: ServiceCode;
  subtypes?: Subtype[];
  content?: ContentCategory[];
  facilities?: FacilityDraft[];
  coverage?: Coverage;
  ispAccess?: IspAccess;
};

export type AnswersDraft = {
  investor?: { origin?: Origin; foreignSharePercent?: number };
  company?: { registeredIn?: Location };
  services?: ServiceDraft[];
};
