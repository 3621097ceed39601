/**
 * The site's public origin for absolute addresses (QR codes, printed links, link previews).
 * It comes from the PUBLIC_ORIGIN setting, never from the request's Host header, which a
 * client controls.
 */
const FALLBACK = "http://localhost:3000";

export function publicOrigin(): string {
  const configured = process.env.PUBLIC_ORIGIN;
  if (!configured) return FALLBACK;
  try {
    const url = new URL(configured);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

export function absoluteUrl(path: string): string {
  return new URL(path, publicOrigin()).href;
}
