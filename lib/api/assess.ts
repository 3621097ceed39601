/**
 * POST /api/assess (API.md "HTTP"), on the Fetch API's Request and Response alone, so it
 * can be tested without a server. Bad input always gets a 4xx with a clear message.
 */
import type * as z from "zod/mini";

import { AnswersSchema } from "@/lib/answers/schema";
import { dottedPath, toAnswerIssues, type AnswerIssue } from "@/lib/answers/issues";
import { type ApiErrorSchema, MAX_API_ISSUES } from "@/lib/answers/result-schema";
import { renderMessage, sentences, type Translate } from "@/lib/i18n/render";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import type { AppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { toResult } from "@/lib/result/build";
import { assess } from "@/lib/rules";

import { duplicateMembers } from "./duplicate-members";

export const MAX_BODY_BYTES = 64 * 1024;

const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
};

export function json(
  body: unknown,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** Every `error` an API answer can carry: the OpenAPI document's Error schema says the same. */
export type ApiErrorKind = z.infer<typeof ApiErrorSchema>["error"];

/**
 * The headers of an answer written in the reader's language: which one, and that another
 * Accept-Language may get another (RFC 9110 §12.5.5).
 */
export function languageHeaders(locale: AppLocale): Record<string, string> {
  return { "content-language": locale, vary: "Accept-Language" };
}

/** An API error: its kind, a sentence saying what to do, and the headers that go with it. */
export function apiError(
  error: ApiErrorKind,
  message: string,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return json({ error, message }, status, headers);
}

type MediaType = "json" | "json-other-charset" | "other";

/**
 * `application/json`, with or without parameters, any case, is JSON. RFC 8259 §8.1 has JSON
 * exchanged in UTF-8 only: `charset=utf-8` is JSON, another charset is JSON this address
 * cannot read (its own message says so).
 */
export function mediaTypeOf(value: string | null): MediaType {
  if (!value) return "other";
  const [type = "", ...params] = value.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return "other";
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replaceAll('"', "");
  return charset === undefined || charset === "utf-8" || charset === "utf8"
    ? "json"
    : "json-other-charset";
}

/**
 * Whether the body is sent as is: no `Content-Encoding`, or only `identity`. A compressed
 * body is refused rather than inflated, so that 64 KiB stays the limit of what is read.
 */
export function isIdentityEncoding(value: string | null): boolean {
  if (!value) return true;
  return value.split(",").every((coding) => {
    const name = coding.trim().toLowerCase();
    return name === "" || name === "identity";
  });
}

type Body = { ok: true; text: string } | { ok: false; status: 400 | 413 };

/** Reads at most MAX_BODY_BYTES, whatever Content-Length claims (or whether it is sent). */
export async function readBody(request: Request): Promise<Body> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400 };
  }
}

/** The message of an issue; where the field takes one of a list, the list, since the API shows none. */
function issueMessage(t: Translate, issue: AnswerIssue): string {
  const message = renderMessage(t, `errors.${issue.key}`, issue.params);
  if (!issue.values) return message;
  // Quoted as both catalogues quote a field's name (errors.unknownField).
  const values = issue.values.map((value) => `“${value}”`);
  return sentences([
    message,
    t("api.allowedValues", { values: values.join(t("api.valueSeparator")) }),
  ]);
}

/**
 * The issues of a body that is JSON but not valid answers, in the order found: members named
 * twice first (which of the two was meant cannot be known), then the schema's on other paths.
 */
function answerIssues(t: Translate, text: string, input: unknown) {
  const issues: Array<{ path: string; message: string }> = [];
  const named = new Set<string>();
  for (const path of duplicateMembers(text, MAX_API_ISSUES + 1)) {
    const dotted = dottedPath(path);
    named.add(dotted);
    issues.push({
      path: dotted,
      message: t("api.duplicateMember", { field: String(path.at(-1)) }),
    });
  }
  const parsed = AnswersSchema.safeParse(input);
  if (parsed.success && issues.length === 0) return { answers: parsed.data };
  if (!parsed.success) {
    for (const issue of toAnswerIssues(parsed.error, input)) {
      if (named.has(issue.path)) continue;
      issues.push({ path: issue.path, message: issueMessage(t, issue) });
      // 64 KiB of unknown keys would otherwise be thousands of issues (and half a megabyte).
      if (issues.length > MAX_API_ISSUES) break;
    }
  }
  return { issues };
}

export async function handleAssess(request: Request): Promise<Response> {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const t = translatorFor(locale);
  const language = languageHeaders(locale);
  const mediaType = mediaTypeOf(request.headers.get("content-type"));
  if (mediaType !== "json") {
    const message =
      mediaType === "json-other-charset"
        ? t("api.unsupportedCharset")
        : t("api.unsupportedMediaType");
    return apiError("unsupported-media-type", message, 415, language);
  }
  if (!isIdentityEncoding(request.headers.get("content-encoding"))) {
    // RFC 7694: a 415 for a content coding names the ones the server takes.
    return apiError("unsupported-media-type", t("api.unsupportedEncoding"), 415, {
      ...language,
      "accept-encoding": "identity",
    });
  }
  const body = await readBody(request);
  if (!body.ok) {
    return body.status === 413
      ? apiError("payload-too-large", t("api.tooLarge"), 413, language)
      : apiError("invalid-json", t("api.invalidJson"), 400, language);
  }
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch {
    return apiError("invalid-json", t("api.invalidJson"), 400, language);
  }
  const checked = answerIssues(t, body.text, input);
  if (!checked.answers) {
    const truncated = checked.issues.length > MAX_API_ISSUES;
    return json(
      {
        error: "invalid-answers" satisfies ApiErrorKind,
        issues: checked.issues.slice(0, MAX_API_ISSUES),
        ...(truncated && { truncated }),
      },
      400,
      language,
    );
  }
  const answers = checked.answers;
  return json(toResult(answers, assess(answers), t), 200, language);
}

/** The methods each API route answers, as its `Allow` header says; any other gets 405. */
export const API_ALLOW = {
  "/api/assess": "POST",
  "/api/rules": "GET, HEAD",
  "/api/openapi.json": "GET, HEAD",
  "/api/health": "GET, HEAD",
} as const satisfies Record<string, string>;

export type ApiPath = keyof typeof API_ALLOW;

export function methodNotAllowed(acceptLanguage: string | null, allow: string): Response {
  const locale = negotiateLocale(acceptLanguage);
  const t = translatorFor(locale);
  // The assessment takes answers; every other route is only read.
  const message = allow === "POST" ? t("api.methodNotAllowed") : t("api.methodNotAllowedRead");
  return apiError("method-not-allowed", message, 405, { ...languageHeaders(locale), allow });
}
