/**
 * The header's switches: the same page in the other language, and presenter mode on or off.
 * Both keep the answers (they live in the query), so switching loses nothing.
 */
import type { AppLocale } from "@/lib/i18n/routing";
import { PRESENT_PARAM } from "@/lib/wizard/urls";

/** Parameters that repeat a form submission: a switch shows the page, it does not resubmit. */
const SUBMISSION = ["submitted", "action"];

function parse(pathAndQuery: string): URL {
  return new URL(pathAndQuery, "http://x");
}

function href(url: URL): string {
  const text = url.searchParams.toString();
  return text ? `${url.pathname}?${text}` : url.pathname;
}

export function isPresenting(pathAndQuery: string | null): boolean {
  return pathAndQuery !== null && parse(pathAndQuery).searchParams.get(PRESENT_PARAM) === "1";
}

export function languageHref(pathAndQuery: string | null, target: AppLocale): string {
  const url = parse(pathAndQuery ?? "/");
  const [, , ...rest] = url.pathname.split("/");
  url.pathname = `/${[target, ...rest].join("/")}`.replace(/\/$/, "");
  for (const name of SUBMISSION) url.searchParams.delete(name);
  return href(url);
}

export function presenterHref(pathAndQuery: string | null, on: boolean): string {
  const url = parse(pathAndQuery ?? "/");
  for (const name of SUBMISSION) url.searchParams.delete(name);
  if (on) url.searchParams.set(PRESENT_PARAM, "1");
  else url.searchParams.delete(PRESENT_PARAM);
  return href(url);
}
