/**
 * HTTP fuzz cases, each with the statuses the contract allows for it, and the check of a
 * response against them. Used by e2e/fuzz.spec.ts (a seeded sample against the test
 * server), by the vitest fuzz tests (the API handler called in-process) and by
 * `npm run bench:fuzz` (thousands of cases against a server of its own).
 *
 * The expected statuses come from the contract (README "The API", API.md), not from the
 * handler's code: 405 for another method, 415 for another content type, 413 over 64 KiB,
 * 400 for bad JSON or bad answers, 200 otherwise; pages 200, a redirect, 400 or 404.
 * Never a 5xx.
 */
import fc from "fast-check";

import { readResultLink } from "../../lib/answers/result-link";
import { AnswersSchema } from "../../lib/answers/schema";
import { duplicateMembers } from "../../lib/api/duplicate-members";
import { RULES_FACTS } from "../../lib/rules/link-facts";

import { answersArb, linkQueryArb, mutatedAnswersArb } from "./arbitraries";

export const MAX_BODY_BYTES = 64 * 1024;

export type HttpCase = {
  kind: "api" | "result" | "check" | "step" | "path";
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  /** The statuses the contract allows. */
  expected: readonly number[];
  /** For the API: the `error` code a 4xx must carry. */
  error?: string;
  /** For the API's 200: how many services the result must have. */
  services?: number;
};

/** Content types, and whether the API must read them as JSON. */
const CONTENT_TYPES: ReadonlyArray<[string | undefined, boolean]> = [
  ["application/json", true],
  ["application/json; charset=utf-8", true],
  ["Application/JSON; Charset=UTF-8", true],
  ['application/json; charset="utf-8"', true],
  ["application/json;charset=utf8", true],
  ["application/json; charset=latin1", false],
  ["application/jsonx", false],
  ["text/json", false],
  ["text/plain", false],
  ["application/x-www-form-urlencoded", false],
  ["multipart/form-data; boundary=x", false],
  ["application/merge-patch+json", false],
  [undefined, false],
];

const ACCEPT_LANGUAGES = [
  "en",
  "zh-CN,zh;q=0.9",
  "fr",
  "*",
  "",
  "zh-Hant-TW",
  "en;q=x,,;",
  "zh;q=2",
];

const utf8 = (text: string) => new TextEncoder().encode(text);

function apiCase(
  body: Uint8Array<ArrayBuffer> | undefined,
  contentType: [string | undefined, boolean],
  method: string,
  language: string,
  answersValid: () => boolean | "invalid-json",
): HttpCase {
  const headers: Record<string, string> = { "accept-language": language };
  const [type, isJson] = contentType;
  if (type !== undefined) headers["content-type"] = type;
  const base = { kind: "api" as const, method, path: "/api/assess", headers };
  if (method !== "POST") return { ...base, expected: [405], error: "method-not-allowed" };
  const withBody = body ? { ...base, body } : base;
  if (!isJson) return { ...withBody, expected: [415], error: "unsupported-media-type" };
  if ((body?.byteLength ?? 0) > MAX_BODY_BYTES)
    return { ...withBody, expected: [413], error: "payload-too-large" };
  const valid = answersValid();
  if (valid === "invalid-json") return { ...withBody, expected: [400], error: "invalid-json" };
  return valid
    ? { ...withBody, expected: [200] }
    : { ...withBody, expected: [400], error: "invalid-answers" };
}

function parses(text: string): boolean | "invalid-json" {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "invalid-json";
  }
  // A member named twice is refused whatever the schema says of the value JSON.parse kept.
  return AnswersSchema.safeParse(value).success && duplicateMembers(text, 1).length === 0;
}

/** Bytes that are not UTF-8 at all. */
const invalidUtf8Arb = fc
  .uint8Array({ minLength: 1, maxLength: 40 })
  .map((bytes) => new Uint8Array([0x7b, 0xff, 0xfe, ...bytes, 0xc3]));

/** Text made from valid JSON that no longer parses. */
const brokenJsonArb = fc
  .tuple(answersArb, fc.nat(), fc.constantFrom("", "{", "}", ",", '"', "\\", "\u0000", "NaN", "'"))
  .map(([answers, at, insert]) => {
    const text = JSON.stringify(answers);
    const cut = at % text.length;
    return `${text.slice(0, cut)}${insert}`;
  });

/** Valid answers with one member written twice, as a hand-edited body might have it. */
const duplicatedMemberArb = fc
  .tuple(answersArb, fc.constantFrom('"origin":"other",', '"code":"B22",', '"location":"beijing",'))
  .map(([answers, member]) => {
    const text = JSON.stringify(answers);
    const [name] = member.split(":");
    const at = text.indexOf(`${name}:`);
    return at < 0 ? text : `${text.slice(0, at)}${member}${text.slice(at)}`;
  });

const bodyArb: fc.Arbitrary<Uint8Array<ArrayBuffer> | undefined> = fc.oneof(
  { arbitrary: answersArb.map((a) => utf8(JSON.stringify(a))), weight: 3 },
  { arbitrary: duplicatedMemberArb.map(utf8), weight: 1 },
  {
    arbitrary: mutatedAnswersArb.map((a) => utf8(JSON.stringify(a) ?? "undefined")),
    weight: 8,
  },
  { arbitrary: brokenJsonArb.map(utf8), weight: 2 },
  {
    arbitrary: fc
      .oneof(fc.string({ maxLength: 50 }), fc.constantFrom("", "null", "[]", "{}", "1", '"x"'))
      .map(utf8),
    weight: 1,
  },
  { arbitrary: invalidUtf8Arb, weight: 1 },
  // Nesting far deeper than any object the schema knows, still under 64 KiB.
  {
    arbitrary: fc
      .record({
        depth: fc.integer({ min: 1_000, max: 30_000 }),
        open: fc.constantFrom("[", '{"a":'),
      })
      .map(({ depth, open }) =>
        utf8(
          open === "["
            ? `${"[".repeat(depth)}${"]".repeat(depth)}`
            : `${open.repeat(depth)}1${"}".repeat(depth)}`,
        ),
      ),
    weight: 1,
  },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

function decodes(bytes: Uint8Array | undefined): boolean | "invalid-json" {
  if (!bytes) return "invalid-json";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "invalid-json";
  }
  return parses(text);
}

export const apiCaseArb: fc.Arbitrary<HttpCase> = fc
  .record({
    body: bodyArb,
    contentType: fc.oneof(
      { arbitrary: fc.constantFrom(...CONTENT_TYPES.filter(([, json]) => json)), weight: 8 },
      { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 },
    ),
    method: fc.oneof(
      { arbitrary: fc.constant("POST"), weight: 12 },
      { arbitrary: fc.constantFrom("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"), weight: 1 },
    ),
    language: fc.constantFrom(...ACCEPT_LANGUAGES),
  })
  .map(({ body, contentType, method, language }) =>
    apiCase(method === "POST" ? body : undefined, contentType, method, language, () =>
      decodes(body),
    ),
  );

/** The services count a 200 must report, from the body that was sent. */
export function servicesSent(body: Uint8Array | undefined): number | undefined {
  if (!body) return undefined;
  try {
    const parsed = AnswersSchema.safeParse(JSON.parse(new TextDecoder().decode(body)));
    return parsed.success ? parsed.data.services.length : undefined;
  } catch {
    return undefined;
  }
}

const STEP_IDS = [
  "origin",
  "share",
  "registration",
  "services",
  "subtypes-B21",
  "subtypes-B25",
  "content-B25",
  "facilities-B11",
  "facilities-B14",
  "coverage-B14",
  "access-B14",
  "check",
];

/** Form fields a step page reads, with plausible and hostile values. */
const formFieldArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      "origin",
      "share",
      "registeredIn",
      "services",
      "subtypes",
      "content",
      "coverage",
      "ispAccess",
      "facilities.0.location",
      "facilities.0.tenure",
      "facilities.1.location",
      "facilities.99.tenure",
      "facilities.x.location",
      "action",
      "add",
      "entered",
      "return",
      "submitted",
    ),
    fc.oneof(
      fc.constantFrom(
        "other",
        "hong-kong",
        "49.5",
        "150",
        "-1",
        "1e3",
        "４９．５％",
        "B11",
        "B25",
        "hainan",
      ),
      fc.constantFrom(
        "owned",
        "none",
        "add",
        "remove-0",
        "remove-99",
        "check",
        "1",
        "",
        "%zz",
        "%",
      ),
      fc.string({ maxLength: 20 }),
    ),
  )
  .map(([name, value]) => `${name}=${value}`);

const localeArb = fc.oneof(
  { arbitrary: fc.constantFrom("en", "zh"), weight: 9 },
  { arbitrary: fc.constantFrom("fr", "EN", "zh-CN", "api"), weight: 1 },
);

/** Statuses any page address may answer with; the journey's own rules narrow them below. */
const ANY_PAGE = [200, 303, 307, 308, 400, 404];

export const pageCaseArb: fc.Arbitrary<HttpCase> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom("en", "zh"), linkQueryArb)
      .map(([locale, query]): HttpCase => {
        const path = `/${locale}/result?${query}`;
        const link = readResultLink(new URL(path, "http://fuzz.test").searchParams, RULES_FACTS);
        // An unfinished wizard's link goes on to its next question; a result link that lost
        // answers but kept its rules version or digest is damaged.
        const expected = link.ok
          ? [200]
          : link.problem === "incomplete" && link.draft && !link.sealed
            ? [303]
            : [400];
        return { kind: "result", method: "GET", path, headers: {}, expected };
      }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(localeArb, linkQueryArb).map(([locale, query]): HttpCase => ({
      kind: "check",
      method: "GET",
      path: `/${locale}/plan/check?${query}`,
      headers: {},
      expected: locale === "en" || locale === "zh" ? [200, 303, 400] : ANY_PAGE,
    })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom("en", "zh"),
        fc.constantFrom(...STEP_IDS),
        linkQueryArb,
        fc.array(formFieldArb, { maxLength: 4 }),
      )
      .map(([locale, step, query, fields]): HttpCase => ({
        kind: "step",
        method: "GET",
        path: `/${locale}/plan/${step}?${[query, ...fields].join("&")}`,
        headers: {},
        expected: [200, 303, 400],
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        localeArb,
        fc.constantFrom(
          "plan/",
          "plan/subtypes-B11",
          "plan/facilities-B99",
          "result/x",
          "",
          "plan",
        ),
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 30 }),
      )
      .map(([locale, prefix, segment, query]): HttpCase => ({
        kind: "path",
        method: "GET",
        path: `/${locale}/${prefix}${encodeURIComponent(segment)}?${query}`,
        headers: {},
        expected: ANY_PAGE,
      })),
  },
);

/** API and page cases in the proportion the benches and tests use. */
export const httpCaseArb: fc.Arbitrary<HttpCase> = fc.oneof(apiCaseArb, pageCaseArb);

export type HttpOutcome = { status: number; contentType: string; body: string };

/** What is wrong with a response to a case, or undefined if it is what the contract says. */
export function httpProblem(c: HttpCase, outcome: HttpOutcome): string | undefined {
  if (outcome.status >= 500) return `${outcome.status} (server error)`;
  if (!c.expected.includes(outcome.status)) {
    return `status ${outcome.status}, expected ${c.expected.join(" or ")}`;
  }
  if (c.kind !== "api" || c.method === "HEAD") return undefined;
  if (!outcome.contentType.startsWith("application/json")) {
    return `content-type ${outcome.contentType}`;
  }
  let body: { error?: unknown; issues?: unknown; services?: unknown; overall?: unknown };
  try {
    body = JSON.parse(outcome.body) as typeof body;
  } catch {
    return "body is not JSON";
  }
  if (outcome.status === 200) {
    const sent = servicesSent(c.body);
    if (typeof body.overall !== "string") return "200 without an overall verdict";
    if (!Array.isArray(body.services) || body.services.length !== sent) {
      return `200 with ${Array.isArray(body.services) ? body.services.length : "no"} services, sent ${sent}`;
    }
    return undefined;
  }
  if (body.error !== c.error) return `error ${String(body.error)}, expected ${c.error}`;
  if (c.error === "invalid-answers") {
    const issues = body.issues;
    if (!Array.isArray(issues) || issues.length === 0) return "invalid-answers without issues";
    for (const issue of issues as Array<{ path?: unknown; message?: unknown }>) {
      if (typeof issue.path !== "string") return `issue without a path: ${JSON.stringify(issue)}`;
      if (
        typeof issue.message !== "string" ||
        issue.message.length < 5 ||
        issue.message.startsWith("errors.")
      ) {
        return `issue without a message: ${JSON.stringify(issue)}`;
      }
    }
  }
  return undefined;
}

/** A short description of a case for a failure report (bodies cut to 300 characters). */
export function describeCase(c: HttpCase): string {
  const body = c.body ? new TextDecoder().decode(c.body) : "";
  const shown = body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body;
  return `${c.method} ${c.path.length > 300 ? `${c.path.slice(0, 300)}…` : c.path} ${JSON.stringify(c.headers)} ${shown}`;
}
