/**
 * The files the app serves at its root, from `public/` and app/'s metadata files. Any other
 * one-segment address with a dot (`/sitemap.xml`, `/apple-touch-icon.png`, which crawlers
 * and phones ask for unprompted) matched the `[locale]` segment as a language, and got
 * Next's own 404: blank without JavaScript, unstyled with it, and an inline style the CSP
 * refused. proxy.ts answers it with a 404 page of its own instead, in the reader's language,
 * as it answers any address it refuses (lib/routing/refuse.ts). (A rewrite to the app's 404
 * route was proxied as an outside address once the request came through HTTPS.)
 */
import { ROOT_FILES } from "./known-addresses";

export function isMissingRootFile(pathname: string): boolean {
  return /^\/[^/]*\.[^/]*$/.test(pathname) && !ROOT_FILES.has(pathname);
}
