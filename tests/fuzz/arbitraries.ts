/**
 * Generators for fuzzing every door of the app (schema, share-link codec, assess(), the HTTP
 * routes): valid answers over every option value, and mutations of them, of share links and
 * of request bodies. Shared by the seeded property tests (`npm test`) and the fuzz bench
 * (`npm run bench:fuzz`), which draw the same kinds of case in different numbers.
 *
 * Imports nothing that is server-only, so that the Playwright spec can use it too.
 */
import fc from "fast-check";

import { encodeDraft, encodeResultQuery } from "../../lib/answers/codec";
import {
  CONTENT_CATEGORIES,
  COVERAGES,
  ISP_ACCESS,
  LOCATIONS,
  MAX_FACILITIES,
  ORIGINS,
  SERVICE_CODES,
  TENURES,
  hasSubtypes,
  subtypesOf,
  type ServiceCode,
} from "../../lib/answers/options";
import type { Answers, Facility, Service } from "../../lib/answers/schema";
import { RULES_FACTS } from "../../lib/rules/link-facts";

// ------------------------------------------------------------------ valid answers

/** Whole numbers, one or two decimals, any double in range, and the edges. */
export const shareArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0, 1e-7, 49.99, 49.999999, 50, 50.01, 33.333333333333336, 99.99999999999999, 100),
);

/** Plain objects, as JSON.parse makes them (fast-check may otherwise drop the prototype). */
const PLAIN = { noNullPrototype: true } as const;

export const facilityArb: fc.Arbitrary<Facility> = fc.record(
  { location: fc.constantFrom(...LOCATIONS), tenure: fc.constantFrom(...TENURES) },
  PLAIN,
);

/** Mostly a few facilities, sometimes up to the limit of 50. */
export const facilitiesArb: fc.Arbitrary<Facility[]> = fc.oneof(
  { arbitrary: fc.array(facilityArb, { maxLength: 4 }), weight: 6 },
  { arbitrary: fc.array(facilityArb, { maxLength: MAX_FACILITIES }), weight: 2 },
  {
    arbitrary: fc.array(facilityArb, { minLength: MAX_FACILITIES, maxLength: MAX_FACILITIES }),
    weight: 1,
  },
);

/** A valid service of this code: sub-types where the code has them, ISP answers for B14. */
export function serviceArb(code: ServiceCode): fc.Arbitrary<Service> {
  const subtypes = hasSubtypes(code)
    ? fc.shuffledSubarray([...subtypesOf(code)], { minLength: 1 })
    : fc.constant(undefined);
  const content = fc.option(fc.shuffledSubarray([...CONTENT_CATEGORIES]), { nil: undefined });
  const coverage =
    code === "B14"
      ? fc.constantFrom(...COVERAGES)
      : fc.option(fc.constantFrom(...COVERAGES), { nil: undefined });
  const ispAccess = code === "B14" ? fc.constantFrom(...ISP_ACCESS) : fc.constant(undefined);
  return fc
    .record({ subtypes, content, facilities: facilitiesArb, coverage, ispAccess }, PLAIN)
    .map((parts) => {
      // Absent, not `undefined`: JSON and the share link cannot tell the difference.
      const service: Service = { code, facilities: parts.facilities };
      if (parts.subtypes !== undefined) service.subtypes = parts.subtypes;
      if (parts.content !== undefined) service.content = parts.content;
      if (parts.coverage !== undefined) service.coverage = parts.coverage;
      if (parts.ispAccess !== undefined) service.ispAccess = parts.ispAccess;
      return service;
    });
}

/** Complete, valid answers: every option value, 1–10 services in any order, 0–50 facilities. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    investor: fc.record(
      { origin: fc.constantFrom(...ORIGINS), foreignSharePercent: shareArb },
      PLAIN,
    ),
    company: fc.record({ registeredIn: fc.constantFrom(...LOCATIONS) }, PLAIN),
    services: fc
      .shuffledSubarray([...SERVICE_CODES], { minLength: 1, maxLength: SERVICE_CODES.length })
      .chain((codes) => fc.tuple(...codes.map(serviceArb))),
  },
  PLAIN,
);

/** The query of the result link of valid answers, as the app makes it. */
export function resultQueryOf(answers: Answers): string {
  return encodeResultQuery(answers, RULES_FACTS.current, RULES_FACTS.verdictsOf(answers));
}

// ------------------------------------------------------------------ hostile JSON values

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys that have tripped object handling elsewhere, and keys the schema does not know. */
export const hostileKeyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "",
    "colour",
    "code",
    "services",
    "0",
    "-1",
    "length",
  ),
  fc.string({ maxLength: 12 }),
);

function nested(depth: number, leaf: Json, asArray: boolean): Json {
  let value: Json = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Values that are wrong in type, range or size wherever they land. */
export const hostileValueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    -0.000001,
    100.000001,
    101,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    "",
    " ",
    "100",
    "50%",
    "NaN",
    "Infinity",
    "B11",
    "b11",
    "hainan",
    "owned",
    "nationwide",
    "other",
    "\u0000",
    "\ud800",
    "{}",
    [],
    {},
    [null],
    ["B11", "B11"],
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(...LOCATIONS, ...SERVICE_CODES, ...ORIGINS, ...TENURES, ...CONTENT_CATEGORIES),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  // Huge strings: some under the API's 64 KiB limit, some over.
  fc.integer({ min: 1_000, max: 80_000 }).map((n) => "x".repeat(n)),
  // Deep nesting.
  fc
    .record({ depth: fc.integer({ min: 10, max: 1_000 }), array: fc.boolean() })
    .map(({ depth, array }) => nested(depth, "x", array)),
);

/** One change to a JSON document, at a path chosen by `at` among all of its paths. */
export type Mutation =
  | { op: "delete"; at: number }
  | { op: "replace"; at: number; value: Json }
  | { op: "add"; at: number; key: string; value: Json }
  | { op: "duplicate"; at: number }
  | { op: "grow"; at: number; length: number }
  | { op: "flip"; at: number }
  | { op: "wrap"; at: number; depth: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: hostileValueArb }),
  fc.record({
    op: fc.constant("add" as const),
    at: fc.nat(),
    key: hostileKeyArb,
    value: hostileValueArb,
  }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("grow" as const),
    at: fc.nat(),
    length: fc.constantFrom(10, 11, 12, 50, 51, 60, 200),
  }),
  fc.record({ op: fc.constant("flip" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("wrap" as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 4 }),
  }),
);

type Path = Array<string | number>;

function pathsOf(value: Json, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], into));
  else if (value !== null && typeof value === "object")
    for (const key of Object.keys(value)) pathsOf(value[key] as Json, [...path, key], into);
  return into;
}

/** Sets an own, enumerable property, even `__proto__` (which `=` would not create). */
function setOwn(target: { [key: string]: Json }, key: string, value: Json) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function get(root: Json, path: Path): Json {
  let value: Json = root;
  for (const key of path) value = (value as Record<string, Json>)[key] as Json;
  return value;
}

function flip(value: Json): Json {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value === "" ? 0 : [value];
  if (typeof value === "boolean") return value ? 1 : 0;
  if (Array.isArray(value)) return value.length > 0 ? (value[0] as Json) : {};
  if (value === null) return "null";
  return Object.values(value);
}

/** Mutated documents stay under this many characters of JSON (the API's limit is 64 KiB). */
const MAX_DOCUMENT_CHARS = 100_000;

/** Applies mutations to a copy of `document`; the root itself may be replaced. */
export function mutate(document: Json, mutations: readonly Mutation[]): Json {
  let root = JSON.parse(JSON.stringify(document)) as Json;
  for (const mutation of mutations) {
    const before = JSON.stringify(root);
    const paths = pathsOf(root);
    const path = paths[mutation.at % paths.length] ?? [];
    const target = get(root, path);
    const replace = (value: Json) => {
      if (path.length === 0) {
        root = value;
        return;
      }
      const parent = get(root, path.slice(0, -1)) as Record<string, Json>;
      setOwn(parent, String(path.at(-1)), value);
    };
    switch (mutation.op) {
      case "delete": {
        if (path.length === 0) {
          root = null;
          break;
        }
        const parent = get(root, path.slice(0, -1));
        const key = path.at(-1)!;
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      }
      case "replace":
        replace(mutation.value);
        break;
      case "add":
        if (Array.isArray(target)) target.push(mutation.value);
        else if (target !== null && typeof target === "object")
          setOwn(target, mutation.key, mutation.value);
        else replace({ [mutation.key]: mutation.value });
        break;
      case "duplicate":
        if (Array.isArray(target) && target.length > 0)
          target.push(JSON.parse(JSON.stringify(target[target.length - 1])) as Json);
        else replace([target, target]);
        break;
      case "grow":
        if (Array.isArray(target) && target.length > 0)
          replace(
            Array.from({ length: mutation.length }, (_, i) => target[i % target.length] as Json),
          );
        break;
      case "flip":
        replace(flip(target));
        break;
      case "wrap":
        replace(nested(mutation.depth, target, mutation.depth % 2 === 0));
        break;
    }
    // Growing a list of huge strings could make documents of many megabytes: undo that.
    if ((JSON.stringify(root)?.length ?? 0) > MAX_DOCUMENT_CHARS) root = JSON.parse(before) as Json;
  }
  return root;
}

/** Answers with one to four mutations: most are invalid, a few stay valid by chance. */
export const mutatedAnswersArb: fc.Arbitrary<unknown> = fc
  .tuple(answersArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([answers, mutations]) => mutate(answers as unknown as Json, mutations));

// ------------------------------------------------------------------ share links

/** Text mutations of a query string: truncation, garbled percent-escapes, unknown params… */
export type LinkMutation =
  | { op: "truncate"; at: number }
  | { op: "drop-param"; at: number }
  | { op: "set-value"; at: number; value: string }
  | { op: "repeat-param"; at: number; value: string }
  | { op: "insert"; at: number; text: string }
  | { op: "add-param"; name: string; value: string }
  | { op: "swap-letters"; at: number; letter: string };

/** Letters the format uses, so mutations often stay plausible and reach deeper checks. */
const FORMAT_CHARS = "abcdefghilmnopqrstuvxz0123456789.-";

const linkValueArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...FORMAT_CHARS), maxLength: 12 }),
  fc.constantFrom("", "-", "1", "2", "0", "100", "-0", "1e2", "0x10", "Infinity", "NaN", " 1"),
  fc.constantFrom("2026.11.1", "1999.1.1", "a b", "x".repeat(40)),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.integer({ min: 100, max: 5_000 }).map((n) => "bo".repeat(n / 2)),
);

const garbleArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "%",
    "%2",
    "%zz",
    "%G1",
    "%00",
    "%FF",
    "%E0%A4",
    "%C3%28",
    "%ED%A0%80",
    "%25",
    "%26",
    "%3D",
    "&",
    "&&",
    "=",
    "==",
    "+",
    "#",
    "?",
    ";",
    "\u00e9",
    "\ud83d\ude00",
  ),
  fc
    .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 })
    .map((bytes) => bytes.map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")),
);

const paramNameArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "utm_source",
    "utm_campaign",
    "from",
    "isappinstalled",
    "lang",
    "__proto__",
    "constructor",
    "v",
    "o",
    "p",
    "r",
    "s",
    "rv",
    "d",
    "f11",
    "t25",
    "c25",
    "g14",
    "i14",
    "f99",
    "submitted",
    "return",
    "entered",
    "action",
    "add",
  ),
  fc.string({ unit: fc.constantFrom(...FORMAT_CHARS), minLength: 1, maxLength: 4 }),
);

export const linkMutationArb: fc.Arbitrary<LinkMutation> = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("drop-param" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("set-value" as const), at: fc.nat(), value: linkValueArb }),
  fc.record({ op: fc.constant("repeat-param" as const), at: fc.nat(), value: linkValueArb }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: garbleArb }),
  fc.record({ op: fc.constant("add-param" as const), name: paramNameArb, value: linkValueArb }),
  fc.record({
    op: fc.constant("swap-letters" as const),
    at: fc.nat(),
    letter: fc.constantFrom(...FORMAT_CHARS),
  }),
);

/**
 * Applies text mutations to a query string (without `?`). Values are inserted raw, as a
 * hand-edited or mangled link would carry them; the result may not be well-formed.
 */
export function mutateQuery(query: string, mutations: readonly LinkMutation[]): string {
  let text = query;
  for (const mutation of mutations) {
    const params = text.split("&");
    const index = "at" in mutation ? mutation.at % Math.max(params.length, 1) : 0;
    switch (mutation.op) {
      case "truncate":
        text = text.slice(0, mutation.at % (text.length + 1));
        break;
      case "drop-param":
        params.splice(index, 1);
        text = params.join("&");
        break;
      case "set-value": {
        const [name = ""] = (params[index] ?? "").split("=");
        params[index] = `${name}=${mutation.value}`;
        text = params.join("&");
        break;
      }
      case "repeat-param": {
        const [name = ""] = (params[index] ?? "").split("=");
        params.push(`${name}=${mutation.value}`);
        text = params.join("&");
        break;
      }
      case "insert": {
        const at = mutation.at % (text.length + 1);
        text = text.slice(0, at) + mutation.text + text.slice(at);
        break;
      }
      case "add-param":
        text = `${text}&${mutation.name}=${mutation.value}`;
        break;
      case "swap-letters": {
        if (text.length === 0) break;
        const at = mutation.at % text.length;
        text = text.slice(0, at) + mutation.letter + text.slice(at + 1);
        break;
      }
    }
  }
  return text;
}

/** A share link's query: valid (result link or draft) or mutated, or random text. */
export const linkQueryArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: answersArb.map(resultQueryOf), weight: 2 },
  {
    arbitrary: fc
      .tuple(answersArb, fc.array(linkMutationArb, { minLength: 1, maxLength: 4 }))
      .map(([answers, mutations]) => mutateQuery(resultQueryOf(answers), mutations)),
    weight: 6,
  },
  {
    arbitrary: fc
      .tuple(answersArb, fc.array(linkMutationArb, { minLength: 1, maxLength: 3 }))
      .map(([answers, mutations]) => mutateQuery(encodeDraft(answers).toString(), mutations)),
    weight: 2,
  },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
);

/** A URL's query as a page receives it (`searchParams`): repeated names become arrays. */
export function toPageQuery(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = Object.create(null) as Record<
    string,
    string | string[]
  >;
  for (const [name, value] of params) {
    const previous = query[name];
    query[name] =
      previous === undefined
        ? value
        : Array.isArray(previous)
          ? [...previous, value]
          : [previous, value];
  }
  return query;
}
