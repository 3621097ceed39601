/**
 * The header's switches: the same page in the other language, and presenter mode on or off.
 * Both keep the answers (they live in the query), so switching loses nothing. Pure and
 * small: a question form imports it too, to carry what the user has entered but not yet
 * submitted (see `components/wizard/question-form.tsx`).
 */
import type { AppLocale } from "@/lib/i18n/routing";
import { ACTION_PARAM, ENTERED_PARAM, PRESENT_PARAM, SUBMITTED_PARAM } from "@/lib/wizard/params";

function parse(pathAndQuery: string): URL {
  return new URL(pathAndQuery, "http://x");
}

function href(url: URL): string {
  const text = url.searchParams.toString();
  return text ? `${url.pathname}?${text}` : url.pathname;
}

/**
 * A switch shows the page, it does not resubmit it. A question's answer that was submitted
 * and refused (no JavaScript) is still in the query: it is kept, to be shown again
 * unvalidated, as browser Back shows it.
 */
function withoutSubmission(url: URL): URL {
  const submitted = url.searchParams.has(SUBMITTED_PARAM);
  url.searchParams.delete(SUBMITTED_PARAM);
  url.searchParams.delete(ACTION_PARAM);
  if (submitted && url.pathname.includes("/plan/")) url.searchParams.set(ENTERED_PARAM, "1");
  return url;
}

export function isPresenting(pathAndQuery: string | null): boolean {
  return pathAndQuery !== null && parse(pathAndQuery).searchParams.get(PRESENT_PARAM) === "1";
}

export function languageHref(pathAndQuery: string | null, target: AppLocale): string {
  const url = withoutSubmission(parse(pathAndQuery ?? "/"));
  const [, , ...rest] = url.pathname.split("/");
  url.pathname = `/${[target, ...rest].join("/")}`.replace(/\/$/, "");
  return href(url);
}

export function presenterHref(pathAndQuery: string | null, on: boolean): string {
  const url = withoutSubmission(parse(pathAndQuery ?? "/"));
  if (on) url.searchParams.set(PRESENT_PARAM, "1");
  else url.searchParams.delete(PRESENT_PARAM);
  return href(url);
}
