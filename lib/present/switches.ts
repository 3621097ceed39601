/**
 * The header's switches: the same page in the other language, and presenter mode on or off.
 * Both keep the answers (they live in the query), so switching loses nothing. Pure and
 * small: a question form imports it too, to carry what the user has entered but not yet
 * submitted (see `components/wizard/question-form.tsx`).
 */
import type { AppLocale } from "@/lib/i18n/routing";
import {
  ACTION_PARAM,
  ENTERED_PARAM,
  PRESENT_PARAM,
  REFUSED_ENTRIES,
  SUBMITTED_PARAM,
} from "@/lib/wizard/params";

/**
 * The path as a URL normalises it, and the query on its own: a URL's `searchParams` rewrites
 * and re-parses the whole address at every change, which was half of what the switches cost
 * on a result's long query.
 */
type Address = { pathname: string; query: URLSearchParams };

function parse(pathAndQuery: string): Address {
  const url = new URL(pathAndQuery, "http://x");
  return { pathname: url.pathname, query: new URLSearchParams(url.search) };
}

function href({ pathname, query }: Address): string {
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/**
 * A switch shows the page, it does not resubmit it. A question's answer that was submitted
 * and refused (no JavaScript) is still in the query: it is kept, to be shown again with its
 * errors and still unsubmitted.
 */
function withoutSubmission(address: Address): Address {
  const { pathname, query } = address;
  const submitted = query.has(SUBMITTED_PARAM);
  query.delete(SUBMITTED_PARAM);
  query.delete(ACTION_PARAM);
  if (submitted && pathname.includes("/plan/")) query.set(ENTERED_PARAM, REFUSED_ENTRIES);
  return address;
}

export function isPresenting(pathAndQuery: string | null): boolean {
  return pathAndQuery !== null && parse(pathAndQuery).query.get(PRESENT_PARAM) === "1";
}

export function languageHref(pathAndQuery: string | null, target: AppLocale): string {
  const { pathname, query } = withoutSubmission(parse(pathAndQuery ?? "/"));
  const [, , ...rest] = pathname.split("/");
  return href({ pathname: `/${[target, ...rest].join("/")}`.replace(/\/$/, ""), query });
}

export function presenterHref(pathAndQuery: string | null, on: boolean): string {
  const address = withoutSubmission(parse(pathAndQuery ?? "/"));
  if (on) address.query.set(PRESENT_PARAM, "1");
  else address.query.delete(PRESENT_PARAM);
  return href(address);
}
