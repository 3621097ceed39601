/**
 * POST /api/assess (API.md "HTTP"), on the Fetch API's Request and Response alone, so it
 * can be tested without a server. Bad input always gets a 4xx with a clear message.
 */
import { AnswersSchema } from "@/lib/answers/schema";
import { toAnswerIssues } from "@/lib/answers/issues";
import { MAX_API_ISSUES } from "@/lib/answers/result-schema";
import { renderMessage } from "@/lib/i18n/render";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { translatorFor } from "@/lib/i18n/translator";
import { toResult } from "@/lib/result/build";
import { assess } from "@/lib/rules";

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

/** `application/json`, with or without parameters (`charset=utf-8` is JSON), any case. */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const [type = "", ...params] = value.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replaceAll('"', "");
  return charset === undefined || charset === "utf-8" || charset === "utf8";
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

export async function handleAssess(request: Request): Promise<Response> {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const t = translatorFor(locale);
  const language = { "content-language": locale };
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return json(
      { error: "unsupported-media-type", message: t("api.unsupportedMediaType") },
      415,
      language,
    );
  }
  if (!isIdentityEncoding(request.headers.get("content-encoding"))) {
    // RFC 7694: a 415 for a content coding names the ones the server takes.
    return json({ error: "unsupported-media-type", message: t("api.unsupportedEncoding") }, 415, {
      ...language,
      "accept-encoding": "identity",
    });
  }
  const body = await readBody(request);
  if (!body.ok) {
    return body.status === 413
      ? json({ error: "payload-too-large", message: t("api.tooLarge") }, 413, language)
      : json({ error: "invalid-json", message: t("api.invalidJson") }, 400, language);
  }
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch {
    return json({ error: "invalid-json", message: t("api.invalidJson") }, 400, language);
  }
  const parsed = AnswersSchema.safeParse(input);
  if (!parsed.success) {
    // 64 KiB of unknown keys would otherwise be thousands of issues (and half a megabyte).
    const all = toAnswerIssues(parsed.error);
    const issues = all.slice(0, MAX_API_ISSUES).map((issue) => ({
      path: issue.path,
      message: renderMessage(t, `errors.${issue.key}`, issue.params),
    }));
    const truncated = all.length > MAX_API_ISSUES;
    return json(
      { error: "invalid-answers", issues, ...(truncated && { truncated }) },
      400,
      language,
    );
  }
  const answers = parsed.data;
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
  const t = translatorFor(negotiateLocale(acceptLanguage));
  // The assessment takes answers; every other route is only read.
  const message = allow === "POST" ? t("api.methodNotAllowed") : t("api.methodNotAllowedRead");
  return json({ error: "method-not-allowed", message }, 405, { allow });
}
