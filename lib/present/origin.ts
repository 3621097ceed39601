/**
 * The site's public origin for absolute addresses (QR codes, printed links, the copied link,
 * link previews). It comes from the PUBLIC_ORIGIN setting, never from the request's Host
 * header, which a client controls.
 */
const FALLBACK = "http://localhost:3000";

/** The configured origin, or why it cannot be used (the server then writes FALLBACK). */
function configuredOrigin(
  configured: string | undefined,
): { origin: string } | { problem: "unset" | "invalid" } {
  if (!configured) return { problem: "unset" };
  try {
    const url = new URL(configured);
    return url.protocol === "https:" || url.protocol === "http:"
      ? { origin: url.origin }
      : { problem: "invalid" };
  } catch {
    return { problem: "invalid" };
  }
}

export function publicOrigin(): string {
  const configured = configuredOrigin(process.env.PUBLIC_ORIGIN);
  return "origin" in configured ? configured.origin : FALLBACK;
}

export function absoluteUrl(path: string): string {
  return new URL(path, publicOrigin()).href;
}

/**
 * The warning a production server logs once at start-up when PUBLIC_ORIGIN cannot be used:
 * every shared, copied, printed and scanned link would then point at FALLBACK.
 */
export function publicOriginWarning(configured: string | undefined): string | undefined {
  const checked = configuredOrigin(configured);
  if ("origin" in checked) return undefined;
  const why =
    checked.problem === "unset"
      ? "PUBLIC_ORIGIN is not set"
      : `PUBLIC_ORIGIN (${JSON.stringify(configured)}) is not an http(s) address`;
  return (
    `${why}: the links this server shares, copies, prints and puts in QR codes and link ` +
    `previews will point at ${FALLBACK}. Set PUBLIC_ORIGIN to the site's public address, ` +
    `e.g. PUBLIC_ORIGIN=https://check.example.com.`
  );
}
