/**
 * The properties the fuzzers check, as functions that return what is wrong (or undefined),
 * so that the seeded tests can assert them and the fuzz bench can count failures. Each
 * catches anything thrown: nothing here may throw, whatever the input.
 */
import { isDeepStrictEqual } from "node:util";

import { NextRequest } from "next/server";

import { decodeLink, encodeDraft } from "@/lib/answers/codec";
import { toAnswerIssues } from "@/lib/answers/issues";
import { readResultLink } from "@/lib/answers/result-link";
import { type Answers, AnswersSchema } from "@/lib/answers/schema";
import { handleAssess } from "@/lib/api/assess";
import { CONTENT_LOCALES } from "@/lib/i18n/negotiate";
import { renderMessage } from "@/lib/i18n/render";
import { translatorFor } from "@/lib/i18n/translator";
import { toResult } from "@/lib/result/build";
import { routeRequest } from "@/lib/routing/guard";
import { refuseRequest } from "@/lib/routing/refuse";
import { isPilotArea } from "@/lib/answers/options";
import { verdictRank } from "@/lib/answers/verdict";
import { applyPatch, assess, RULES_FACTS } from "@/lib/rules";

import { resultQueryOf, toPageQuery } from "./arbitraries";
import { type HttpCase, httpProblem } from "./http";

/** The languages results and errors are written in (the Chinese catalogue is not yet complete). */
const LOCALES = CONTENT_LOCALES;

function attempt(check: () => string | undefined): string | undefined {
  try {
    return check();
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** Valid answers pass the schema and come back unchanged through every form of the link. */
export function roundTripProblem(answers: unknown): string | undefined {
  return attempt(() => {
    const parsed = AnswersSchema.safeParse(answers);
    if (!parsed.success) return `the generator made invalid answers: ${parsed.error.message}`;
    const decoded = decodeLink(encodeDraft(parsed.data));
    if (!isDeepStrictEqual(decoded, { ok: true, draft: answers })) {
      return `decodeLink(encodeDraft(answers)) gave ${JSON.stringify(decoded)}`;
    }
    const query = resultQueryOf(parsed.data);
    const params = new URL(`/en/result?${query}`, "https://fuzz.test").searchParams;
    const link = readResultLink(params, RULES_FACTS);
    if (!link.ok || !isDeepStrictEqual(link.answers, answers)) {
      return `the result link ${query} read back as ${JSON.stringify(link)}`;
    }
    if (link.rulesVersion !== RULES_FACTS.current) return `rules version ${link.rulesVersion}`;
    const fromPage = decodeLink(toPageQuery(params));
    if (!fromPage.ok || !isDeepStrictEqual(fromPage.draft, answers)) {
      return `as page searchParams, the link read back as ${JSON.stringify(fromPage)}`;
    }
    return undefined;
  });
}

/** Any query: decoding never throws, agrees between both query forms, and is canonical. */
export function linkProblem(query: string): string | undefined {
  return attempt(() => {
    const params = new URL(`/en/result?${query}`, "https://fuzz.test").searchParams;
    const decoded = decodeLink(params);
    if (typeof decoded.ok !== "boolean") return "decodeLink returned no verdict";
    const fromPage = decodeLink(toPageQuery(params));
    if (!isDeepStrictEqual(fromPage, decoded)) {
      return `page searchParams decode differently: ${JSON.stringify(fromPage)} vs ${JSON.stringify(decoded)}`;
    }
    if (decoded.ok) {
      const again = decodeLink(encodeDraft(decoded.draft));
      if (!again.ok || !isDeepStrictEqual(again.draft, decoded.draft)) {
        return `re-encoding the decoded draft gave ${JSON.stringify(again)}`;
      }
    }
    const link = readResultLink(params, RULES_FACTS);
    if (link.ok) {
      if (!AnswersSchema.safeParse(link.answers).success) return "an ok link with invalid answers";
      assess(link.answers);
    }
    for (const path of [
      "/en/result",
      "/zh/plan/check",
      "/en/plan/share",
      "/en/plan/facilities-B11",
    ]) {
      const decision = routeRequest(new NextRequest(`https://fuzz.test${path}?${query}`));
      const status = decision.response?.status;
      if (status !== undefined && status !== 200 && status !== 303 && status !== 400) {
        return `the proxy answered ${path} with ${status}`;
      }
    }
    return undefined;
  });
}

/**
 * A result link cut short at any character (as a chat app or an e-mail client may cut a
 * long address) is taken up, never refused as damaged (ADR 0001 §8): it opens, or it is
 * sent on once to a page that opens. Only a cut that leaves no answer is refused.
 */
export function cutLinkProblem(answers: Answers): string | undefined {
  return attempt(() => {
    const query = resultQueryOf(answers);
    for (let length = "v=1&".length + 1; length < query.length; length += 1) {
      const cut = query.slice(0, length);
      let address = `https://fuzz.test/en/result?${cut}`;
      for (let hops = 0; ; hops += 1) {
        const { response } = routeRequest(new NextRequest(address));
        if (response === undefined || response.status === 200) break;
        const location = response.headers.get("location");
        if (response.status !== 303 || location === null)
          return `${cut} was answered ${response.status} after ${hops} redirects, at ${address}`;
        if (hops === 1) return `${cut} was redirected more than once, to ${location}`;
        address = new URL(location, address).toString();
      }
    }
    return undefined;
  });
}

/** Any JSON body: the schema decides; valid answers assess and render, invalid ones explain. */
export function bodyProblem(body: unknown): string | undefined {
  return attempt(() => {
    const parsed = AnswersSchema.safeParse(body);
    if (parsed.success) {
      const assessment = assess(parsed.data);
      for (const locale of LOCALES) {
        const result = toResult(parsed.data, assessment, translatorFor(locale));
        if (result.services.length !== parsed.data.services.length) return "services lost";
        JSON.stringify(result);
      }
      return undefined;
    }
    const issues = toAnswerIssues(parsed.error);
    if (issues.length === 0) return "invalid answers without an issue";
    for (const locale of LOCALES) {
      const t = translatorFor(locale);
      for (const issue of issues) {
        const message = renderMessage(t, `errors.${issue.key}`, issue.params);
        if (message.length < 5) return `issue ${issue.path} has the message "${message}"`;
      }
    }
    return undefined;
  });
}

/** Step parameters that name the pilot area a remedy puts the company in. */
const AREA_STEPS = new Set([
  "remedies.register",
  "remedies.moveFacilities",
  "remedies.ispLocalUsers",
]);

/**
 * Every remedy of valid answers does what it says (RULES.md §5): its changes give valid
 * answers with the verdicts it promises, improve its own service (or separate it), worsen
 * none, and name the area the company ends up in; a combined remedy does more than any one
 * service's remedy whose changes it makes.
 */
export function remedyProblem(answers: unknown): string | undefined {
  return attempt(() => {
    const parsed = AnswersSchema.safeParse(answers);
    if (!parsed.success) return `the generator made invalid answers: ${parsed.error.message}`;
    const before = assess(parsed.data);
    const was = new Map(before.services.map((s) => [s.code, s.verdict]));
    for (const remedy of before.remedies) {
      const label = `${remedy.serviceCode ?? "combined"} ${JSON.stringify(remedy.changes)}`;
      const changed = applyPatch(parsed.data, remedy.changes);
      if (!AnswersSchema.safeParse(changed).success) return `${label} gives invalid answers`;
      const after = assess(changed, { remedies: false });
      if (after.overall !== remedy.resultingOverall) return `${label} gives ${after.overall}`;
      for (const service of after.services) {
        const prior = was.get(service.code);
        if (prior === undefined) return `${label} adds ${service.code}`;
        const own = service.code === remedy.serviceCode;
        if (own && service.verdict !== remedy.resultingServiceVerdict)
          return `${label} gives ${service.code} ${service.verdict}`;
        if (
          own
            ? verdictRank(service.verdict) >= verdictRank(prior)
            : verdictRank(service.verdict) > verdictRank(prior)
        )
          return `${label} does not improve, or worsens, ${service.code}`;
      }
      const registeredIn = changed.company.registeredIn;
      for (const step of remedy.steps) {
        const area = step.params["area"];
        if (AREA_STEPS.has(step.messageKey) && isPilotArea(registeredIn) && area !== registeredIn)
          return `${label} names ${String(area)} in ${step.messageKey}, the company is in ${registeredIn}`;
      }
    }
    const combined = before.remedies.find((r) => r.serviceCode === undefined);
    if (combined) {
      const keys = new Set(combined.changes.map((c) => JSON.stringify(c)));
      const rank = verdictRank(combined.resultingOverall);
      const covered = before.remedies.find(
        (r) =>
          r !== combined &&
          verdictRank(r.resultingOverall) <= rank &&
          r.changes.every((c) => keys.has(JSON.stringify(c))),
      );
      if (covered) return `the combined remedy adds nothing to ${covered.serviceCode}'s`;
    }
    return undefined;
  });
}

/** An HTTP case sent to the API's handler in-process (the route without a server). */
export async function handlerProblem(c: HttpCase): Promise<string | undefined> {
  try {
    const init: RequestInit = { method: c.method, headers: c.headers };
    if (c.body) init.body = c.body;
    const response = await handleAssessFor(new Request(`https://fuzz.test${c.path}`, init));
    return httpProblem(c, {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      body: await response.text(),
    });
  } catch (error) {
    return `threw ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** What proxy.ts and app/api/assess/route.ts do with each request. */
async function handleAssessFor(request: Request): Promise<Response> {
  const refusal = refuseRequest(
    {
      method: request.method,
      pathname: new URL(request.url).pathname,
      acceptLanguage: request.headers.get("accept-language"),
    },
    "fuzz",
  );
  return refusal ?? handleAssess(request);
}
