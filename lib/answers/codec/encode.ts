import type { AnswersDraft, ServiceDraft } from "../draft";
import type { Verdict } from "../verdict";
import {
  CONTENT_LETTERS,
  COVERAGE_LETTERS,
  EMPTY_LIST,
  FORMAT_VERSION,
  ISP_ACCESS_LETTERS,
  LOCATION_LETTERS,
  ORIGIN_LETTERS,
  PARAM,
  SUBTYPE_LETTERS,
  TENURE_LETTERS,
  VERDICT_LETTERS,
} from "./v1-letters";

/** The shortest text that reads back as exactly this number (49.99 stays 49.99); -0 is "0". */
export function shareText(share: number): string {
  return String(share);
}

export function codeDigits(code: ServiceDraft["code"]): string {
  return code.slice(1);
}

function letters<T extends string>(values: readonly T[], table: Record<T, string>): string {
  return values.length === 0 ? EMPTY_LIST : values.map((value) => table[value]).join("");
}

/** The answers given so far as query parameters, in a fixed order (one draft, one text). */
export function encodeDraft(draft: AnswersDraft): URLSearchParams {
  const params = new URLSearchParams();
  params.set(PARAM.version, FORMAT_VERSION);
  const { investor, company, services } = draft;
  if (investor?.origin !== undefined) params.set(PARAM.origin, ORIGIN_LETTERS[investor.origin]);
  if (investor?.foreignSharePercent !== undefined)
    params.set(PARAM.share, shareText(investor.foreignSharePercent));
  if (company?.registeredIn !== undefined)
    params.set(PARAM.registeredIn, LOCATION_LETTERS[company.registeredIn]);
  if (services !== undefined) {
    params.set(
      PARAM.services,
      services.length === 0 ? EMPTY_LIST : services.map((s) => codeDigits(s.code)).join("."),
    );
    for (const service of services) {
      const digits = codeDigits(service.code);
      if (service.subtypes !== undefined)
        params.set(PARAM.subtypes + digits, letters(service.subtypes, SUBTYPE_LETTERS));
      if (service.content !== undefined)
        params.set(PARAM.content + digits, letters(service.content, CONTENT_LETTERS));
      if (service.facilities !== undefined)
        params.set(
          PARAM.facilities + digits,
          service.facilities.length === 0
            ? EMPTY_LIST
            : service.facilities
                .map((f) => LOCATION_LETTERS[f.location] + TENURE_LETTERS[f.tenure])
                .join(""),
        );
      if (service.coverage !== undefined)
        params.set(PARAM.coverage + digits, COVERAGE_LETTERS[service.coverage]);
      if (service.ispAccess !== undefined)
        params.set(PARAM.ispAccess + digits, ISP_ACCESS_LETTERS[service.ispAccess]);
    }
  }
  return params;
}

export function verdictDigest(verdicts: readonly Verdict[]): string {
  return verdicts.map((verdict) => VERDICT_LETTERS[verdict]).join("");
}

/** The query of a result link: the answers, the rules version and the verdict digest. */
export function encodeResultQuery(
  draft: AnswersDraft,
  rulesVersion: string,
  verdicts: readonly Verdict[],
): string {
  const params = encodeDraft(draft);
  params.set(PARAM.rulesVersion, rulesVersion);
  params.set(PARAM.digest, verdictDigest(verdicts));
  return params.toString();
}
