import type { AnswersDraft, FacilityDraft, ServiceDraft } from "../draft";
import {
  MAX_FACILITIES,
  MAX_SERVICES,
  SERVICE_CODES,
  type ServiceCode,
  subtypesOf,
} from "../options";
import { ForeignShareSchema } from "../schema";
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
import { codeDigits } from "./encode";

/** Why a link cannot be read; the 400 page explains each kind. */
export type LinkProblem =
  | { kind: "missing-version" }
  | { kind: "unsupported-version"; version: string }
  | {
      kind: "invalid-value";
      param: string;
      /**
       * The bad value is the link's last answer, with no rules version or digest anywhere:
       * what a link cut short inside that value looks like (ADR 0001 §8).
       */
      atCut?: true;
    };

export type DecodedLink =
  | {
      ok: true;
      draft: AnswersDraft;
      rulesVersion?: string;
      digest?: Verdict[];
      /**
       * The rules version is the link's last parameter, with no digest after it: it may
       * have been cut short, which only the rules' list of versions can tell.
       */
      endsInRulesVersion?: true;
    }
  | { ok: false; problem: LinkProblem };

/** What a page receives as `searchParams`, or a URLSearchParams. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * A link copied out of an e-mail or a web page's source can carry `&amp;` for each `&`,
 * which a browser reads as parameters named `amp;o`, `amp;p`, …: the names are read
 * without that prefix (however often it was applied).
 */
const HTML_ESCAPED_AMPERSAND = /^(?:amp;)+/;

/** A parameter's name as this format reads it: `amp;lang` is `lang`. */
export function paramName(raw: string): string {
  return raw.replace(HTML_ESCAPED_AMPERSAND, "");
}

type Reader = { get: (name: string) => string | undefined; names: string[] };

type Entry = [string, string | string[] | undefined];

/** `=` or `&` as read from a name or value, or still percent-encoded once more (`%3D`, `%26`). */
const SEPARATOR = /[=&]|%(?:3d|26)/i;

/**
 * A query percent-encoded as it was passed on: whole (`?v%3D1%26o%3Do…`, as some redirectors
 * and mail filters do), whole twice (`?v%253D1%2526o…`), or only its `=` or only its `&`
 * (`?v%3D1&o%3Do…`, `?v=1%26o=o…`). No name or value of this format holds a `=` or `&`, so a
 * query without `v` whose names do, or whose `v` holds one, is read one decoding further, as
 * often as it was encoded (a few times at most). Names are the test without `v`, not values:
 * a question's address carries a comparison (`cmp`) whose value is made of queries.
 */
function unwrapped(entries: Entry[]): Entry[] {
  let read = entries;
  for (let pass = 0; pass < 3; pass++) {
    const version = read.find(([name]) => name === PARAM.version)?.[1];
    const wrapped =
      version === undefined
        ? read.some(([name]) => SEPARATOR.test(name))
        : typeof version === "string" && /[=&]/.test(version);
    if (!wrapped) return read;
    const text = read
      .flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value ?? ""]).map((one) =>
          one === "" ? name : `${name}=${one}`,
        ),
      )
      .join("&");
    read = [...new URLSearchParams(text)];
  }
  return read;
}

/**
 * A link in capitals (`?V=1&O=O&P=100…`, as a QR code's alphanumeric mode or a form that
 * shouts may pass it on): this format's letters are all small, so one without `v` but with `V`
 * is read in small letters.
 */
function inSmallLetters(entries: Entry[]): Entry[] {
  const names = entries.map(([name]) => name);
  if (names.includes(PARAM.version) || !names.includes(PARAM.version.toUpperCase())) return entries;
  const lower = (value: string | undefined) => value?.toLowerCase();
  return entries.map(([name, value]) => [
    name.toLowerCase(),
    Array.isArray(value) ? value.map((one) => one.toLowerCase()) : lower(value),
  ]);
}

/**
 * What an auto-linker or a sentence may leave stuck to a link's end (`…&d=c.`, `…&d=c)`,
 * `…&d=c。`): never part of a verdict digest, whose letters end every link the tool makes.
 */
const TRAILING_PUNCTUATION = /[^0-9A-Za-z]+$/;

/**
 * The query's parameters by name, the first value of each (as `URLSearchParams.get`). One of
 * this format's parameters given twice with different values (`…&p=49.99&…&p=100`) makes the
 * link damaged: which answer it means is unclear, as with a JSON member given twice in the API.
 */
function reader(query: QueryInput, ignored: readonly string[] = []): Reader {
  const entries = inSmallLetters(
    unwrapped(query instanceof URLSearchParams ? [...query] : Object.entries(query)),
  );
  const values = new Map<string, string>();
  const differing = new Set<string>();
  /** Parameters repeated with another value that is not empty, or empty more than once. */
  const distinct = new Set<string>();
  const empties = new Set<string>();
  for (const [raw, value] of entries) {
    const name = paramName(raw);
    if (ignored.includes(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one === undefined) continue;
      const earlier = values.get(name);
      if (earlier === undefined) values.set(name, one);
      else if (earlier !== one && isOwnParam(name)) {
        // One empty value after a given one may be a name cut short (below); `r=&r=b` is not.
        if (one !== "" || empties.has(name)) distinct.add(name);
        else empties.add(name);
        differing.add(name);
      }
    }
  }
  const names = [...values.keys()];
  // A link cut short inside the name of its rules version (`…&f25=xl&r`, which was
  // `…&f25=xl&rv=…&d=…`) ends in an empty `r`: not a second registration, but what the cut
  // left of that name, in a link with no rules version or digest left.
  const cutName = PARAM.rulesVersion.slice(0, 1);
  if (!distinct.has(cutName) && !values.has(PARAM.rulesVersion) && !values.has(PARAM.digest))
    differing.delete(cutName);
  // The first such parameter in the link, whether it comes as a query or as a page's object.
  const first = names.find((name) => differing.has(name));
  if (first !== undefined) throw new Invalid(first);
  const digest = values.get(PARAM.digest);
  if (digest !== undefined && lastOwnParam(names) === PARAM.digest)
    values.set(PARAM.digest, digest.replace(TRAILING_PUNCTUATION, ""));
  return { get: (name) => values.get(name), names };
}

class Invalid extends Error {
  constructor(readonly param: string) {
    super(param);
  }
}

function invert<T extends string>(table: Record<T, string>): Map<string, T> {
  return new Map(Object.entries(table).map(([value, letter]) => [letter as string, value as T]));
}

const ORIGINS = invert(ORIGIN_LETTERS);
const LOCATIONS = invert(LOCATION_LETTERS);
const TENURES = invert(TENURE_LETTERS);
const SUBTYPES = invert(SUBTYPE_LETTERS);
const CONTENTS = invert(CONTENT_LETTERS);
const COVERAGES = invert(COVERAGE_LETTERS);
const ISP_ACCESSES = invert(ISP_ACCESS_LETTERS);
const VERDICT_BY_LETTER = invert(VERDICT_LETTERS);
const CODES = new Map(SERVICE_CODES.map((code) => [codeDigits(code), code]));

/** Plain decimal notation as `String(number)` writes it; no hex, no "Infinity", no spaces. */
const NUMBER_TEXT = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/;
const RULES_VERSION_TEXT = /^[0-9A-Za-z.-]{1,32}$/;
/** Every parameter this format reads, so that a link without `v` can be told from a bare URL. */
const ANSWER_PARAM = /^(?:[oprs]|[tcfgi]\d\d)$/;

function isOwnParam(name: string): boolean {
  return (
    ANSWER_PARAM.test(name) ||
    name === PARAM.version ||
    name === PARAM.rulesVersion ||
    name === PARAM.digest
  );
}

/**
 * The last parameter of this format in the link: where a link ends that a chat app or a
 * line break cut short (WeChat's `from` and the like may still follow it).
 */
function lastOwnParam(names: readonly string[]): string | undefined {
  return names.filter(isOwnParam).at(-1);
}

function one<T>(table: Map<string, T>, text: string, param: string): T {
  const value = table.get(text);
  if (value === undefined) throw new Invalid(param);
  return value;
}

function many<T>(table: Map<string, T>, text: string, param: string, max: number): T[] {
  if (text === EMPTY_LIST) return [];
  if (text.length === 0 || text.length > max) throw new Invalid(param);
  const values = [...text].map((letter) => one(table, letter, param));
  if (new Set(values).size !== values.length) throw new Invalid(param);
  return values;
}

function facilities(text: string, param: string): FacilityDraft[] {
  if (text === EMPTY_LIST) return [];
  if (text.length === 0 || text.length % 2 !== 0 || text.length > 2 * MAX_FACILITIES)
    throw new Invalid(param);
  const list: FacilityDraft[] = [];
  for (let i = 0; i < text.length; i += 2) {
    list.push({
      location: one(LOCATIONS, text.charAt(i), param),
      tenure: one(TENURES, text.charAt(i + 1), param),
    });
  }
  return list;
}

function service(code: ServiceCode, get: (name: string) => string | undefined): ServiceDraft {
  const digits = codeDigits(code);
  const draft: ServiceDraft = { code };
  const subtypes = get(PARAM.subtypes + digits);
  if (subtypes !== undefined) {
    const param = PARAM.subtypes + digits;
    const allowed: readonly string[] = subtypesOf(code);
    draft.subtypes = many(SUBTYPES, subtypes, param, allowed.length);
    if (draft.subtypes.length === 0 || draft.subtypes.some((s) => !allowed.includes(s)))
      throw new Invalid(param);
  }
  const content = get(PARAM.content + digits);
  if (content !== undefined)
    draft.content = many(CONTENTS, content, PARAM.content + digits, CONTENTS.size);
  const facilityText = get(PARAM.facilities + digits);
  if (facilityText !== undefined)
    draft.facilities = facilities(facilityText, PARAM.facilities + digits);
  const coverage = get(PARAM.coverage + digits);
  if (coverage !== undefined) draft.coverage = one(COVERAGES, coverage, PARAM.coverage + digits);
  const ispAccess = get(PARAM.ispAccess + digits);
  if (ispAccess !== undefined) {
    if (code !== "B14") throw new Invalid(PARAM.ispAccess + digits);
    draft.ispAccess = one(ISP_ACCESSES, ispAccess, PARAM.ispAccess + digits);
  }
  return draft;
}

function decodeV1({ get, names }: Reader): DecodedLink {
  const draft: AnswersDraft = {};
  const origin = get(PARAM.origin);
  const shareText = get(PARAM.share);
  if (origin !== undefined || shareText !== undefined) {
    draft.investor = {};
    if (origin !== undefined) draft.investor.origin = one(ORIGINS, origin, PARAM.origin);
    if (shareText !== undefined) {
      const share = NUMBER_TEXT.test(shareText) ? Number(shareText) : Number.NaN;
      if (!ForeignShareSchema.safeParse(share).success) throw new Invalid(PARAM.share);
      // Links made before -0 was written as 0 read as 0 too.
      draft.investor.foreignSharePercent = Object.is(share, -0) ? 0 : share;
    }
  }
  const registeredIn = get(PARAM.registeredIn);
  if (registeredIn !== undefined)
    draft.company = { registeredIn: one(LOCATIONS, registeredIn, PARAM.registeredIn) };
  const codes = get(PARAM.services);
  if (codes !== undefined) {
    const list =
      codes === EMPTY_LIST
        ? []
        : codes.split(".").map((digits) => one(CODES, digits, PARAM.services));
    if (list.length > MAX_SERVICES || new Set(list).size !== list.length)
      throw new Invalid(PARAM.services);
    draft.services = list.map((code) => service(code, get));
  }
  // Every link the tool makes ends with the rules version and then the digest, so a link cut
  // short loses those first: cut inside them, it still holds every answer, and is read as a
  // link without them rather than refused as changed by hand.
  const last = lastOwnParam(names);
  let rulesVersion = get(PARAM.rulesVersion);
  if (rulesVersion === "" && last === PARAM.rulesVersion) rulesVersion = undefined;
  if (rulesVersion !== undefined && !RULES_VERSION_TEXT.test(rulesVersion))
    throw new Invalid(PARAM.rulesVersion);
  const digestText = get(PARAM.digest);
  let digest: Verdict[] | undefined;
  if (digestText !== undefined) {
    digest = [...digestText].map((letter) => one(VERDICT_BY_LETTER, letter, PARAM.digest));
    const expected = draft.services?.length ?? -1;
    const cut = last === PARAM.digest && digest.length < expected;
    if (cut) digest = undefined;
    else if (digest.length !== expected) throw new Invalid(PARAM.digest);
  }
  return {
    ok: true,
    draft,
    ...(rulesVersion !== undefined && { rulesVersion }),
    ...(digest && { digest }),
    ...(rulesVersion !== undefined && last === PARAM.rulesVersion && { endsInRulesVersion: true }),
  };
}

/**
 * Could this bad value be the start of a good one, cut short? A cut leaves a value's first
 * characters: nothing at all, a share cut after its decimal point or its exponent's `e`,
 * services cut inside a code or after its dot, facilities cut between a location and its
 * tenure. Every other value (one letter, or a list of letters of which each is whole) is
 * good when cut.
 */
function couldBeCut(param: string, text: string): boolean {
  if (text === "") return true;
  // `String` writes a share under a millionth with an exponent (`1e-7`, which the API
  // accepts), so a cut can also end at its `e` or its `e-`.
  if (param === PARAM.share) return /^\d{1,3}\.$|^\d(?:\.\d+)?e-?$/.test(text);
  if (param === PARAM.services) {
    const codes = text.split(".");
    const tail = codes.pop() ?? "";
    return (
      tail.length < 2 &&
      codes.every((digits) => CODES.has(digits)) &&
      [...CODES.keys()].some((digits) => digits.startsWith(tail))
    );
  }
  if (param.startsWith(PARAM.facilities) && text.length % 2 === 1) {
    const whole = text.slice(0, -1);
    try {
      if (whole !== "") facilities(whole, param);
    } catch {
      return false;
    }
    return LOCATIONS.has(text.slice(-1));
  }
  return false;
}

/**
 * Reads a share link or a wizard URL. Never throws: a damaged link comes back as a problem
 * the page can explain. Parameters this format does not know (`utm_*`, WeChat's `from`, …)
 * are ignored, and so are the per-service parameters of services not in the plan; so is
 * `ignored`, to read a link without the value it was cut inside or that was damaged.
 */
export function decodeLink(query: QueryInput, ignored: readonly string[] = []): DecodedLink {
  let read: Reader = { get: () => undefined, names: [] };
  try {
    read = reader(query, ignored);
    const version = read.get(PARAM.version);
    // An empty version (`?v=`, `?v`: all a chat app kept of a link cut right after its
    // address) is no version, not a format this copy of the tool does not know.
    if (version === undefined || version === "") {
      return read.names.some((name) => name !== PARAM.version && isOwnParam(name))
        ? { ok: false, problem: { kind: "missing-version" } }
        : { ok: true, draft: {} };
    }
    if (version !== FORMAT_VERSION)
      return { ok: false, problem: { kind: "unsupported-version", version: version.slice(0, 16) } };
    return decodeV1(read);
  } catch (error) {
    if (!(error instanceof Invalid))
      return { ok: false, problem: { kind: "invalid-value", param: "" } };
    const { param } = error;
    const atCut =
      param === lastOwnParam(read.names) &&
      ANSWER_PARAM.test(param) &&
      read.get(PARAM.rulesVersion) === undefined &&
      read.get(PARAM.digest) === undefined &&
      couldBeCut(param, read.get(param) ?? "");
    return { ok: false, problem: { kind: "invalid-value", param, ...(atCut && { atCut }) } };
  }
}

/**
 * A link's last answer (`p=4`, `s=11`, `f12=ho`, …), where it was cut if it was: undefined
 * when it ends with its rules version or digest, holds no answer, or cannot be read.
 */
export function lastAnswerOf(query: QueryInput): { param: string; value: string } | undefined {
  try {
    const read = reader(query);
    const param = lastOwnParam(read.names);
    const value = param === undefined ? undefined : read.get(param);
    return param !== undefined && value !== undefined && ANSWER_PARAM.test(param)
      ? { param, value }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The answers of a link with one damaged answer, read without it, to be kept while that
 * question is asked again; undefined when none can be read (or more than one is damaged).
 */
export function answersBesideDamage(
  query: QueryInput,
  problem: LinkProblem,
): AnswersDraft | undefined {
  if (problem.kind !== "invalid-value" || problem.param === "") return undefined;
  // Without its services, a link's verdict digest has nothing to match.
  const ignored =
    problem.param === PARAM.services ? [problem.param, PARAM.digest] : [problem.param];
  const without = decodeLink(query, ignored);
  return without.ok && Object.keys(without.draft).length > 0 ? without.draft : undefined;
}

/**
 * The answers of a link cut short inside its last answer (`atCut`), read without that
 * answer; undefined for a link that reads whole or is damaged otherwise.
 */
export function answersBeforeCut(
  query: QueryInput,
  problem: LinkProblem,
): AnswersDraft | undefined {
  if (problem.kind !== "invalid-value" || !problem.atCut) return undefined;
  const before = decodeLink(query, [problem.param]);
  return before.ok ? before.draft : undefined;
}
