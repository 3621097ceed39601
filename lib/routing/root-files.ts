/**
 * The files the app serves at its root, from `public/` and app/'s metadata files. Any other
 * one-segment address with a dot (`/sitemap.xml`, `/apple-touch-icon.png`, which crawlers
 * and phones ask for unprompted) matched the `[locale]` segment as a language, and got
 * Next's own 404: blank without JavaScript, unstyled with it, and an inline style the CSP
 * refused. proxy.ts sends it where no route matches instead, to the app's own 404 page
 * (app/global-not-found.tsx), which the locale-prefixed addresses get.
 */
import type { AppLocale } from "@/lib/i18n/routing";

/** Kept in step with `public/` and app/'s metadata files by root-files.test.ts. */
export const ROOT_FILES: ReadonlySet<string> = new Set([
  "/favicon.ico",
  "/icon.svg",
  "/robots.txt",
]);

export function isMissingRootFile(pathname: string): boolean {
  return /^\/[^/]*\.[^/]*$/.test(pathname) && !ROOT_FILES.has(pathname);
}

/** Under a language, where `[locale]` has no page of that name. */
export function missingRootFileRoute(pathname: string, locale: AppLocale): string {
  return `/${locale}${pathname}`;
}
