/**
 * Whether an address names something the app serves: a page (in either language, or
 * without a prefix, which next-intl sends to one), a file at the root, or a link-preview
 * image. A method a page does not take is refused with 405 only where there is a page to
 * refuse it for; elsewhere the answer is the 404 that GET gets (RFC 9110 §15.5.6: 405 says
 * the target resource exists).
 */
import { VERDICTS } from "@/lib/answers/verdict";
import { parseStepId } from "@/lib/flow";
import { routing } from "@/lib/i18n/routing";
import { NEUTRAL_IMAGE } from "@/lib/present/preview";

import { journeyPathInItsCase } from "./letter-case";

/** Kept in step with `public/` and app/'s metadata files by root-files.test.ts. */
export const ROOT_FILES: ReadonlySet<string> = new Set([
  "/favicon.ico",
  "/icon.svg",
  "/robots.txt",
]);

const PREVIEW_IMAGES: ReadonlySet<string> = new Set(
  routing.locales.flatMap((locale) =>
    [...VERDICTS, NEUTRAL_IMAGE].map((name) => `/og/${locale}-${name}.png`),
  ),
);

const LOCALE = `(?:/(?:${routing.locales.join("|")}))?`;
/** A page's path; a question's segment (`check` or a step id) is captured to be checked. */
const PAGE = new RegExp(`^${LOCALE}(?:/rules|/result|/compare|/plan/([^/]+))?/?$`);

/** A decoded path's page or file, allowing the other capitals the journey's redirects take. */
export function isKnownAddress(decodedPathname: string): boolean {
  const path = decodedPathname.length > 1 ? decodedPathname.replace(/\/+$/, "") : decodedPathname;
  if (ROOT_FILES.has(path) || PREVIEW_IMAGES.has(path)) return true;
  const canonical = journeyPathInItsCase(path) ?? path;
  const page = PAGE.exec(canonical);
  if (!page) return false;
  const [, step] = page;
  return step === undefined || step === "check" || parseStepId(step) !== null;
}
