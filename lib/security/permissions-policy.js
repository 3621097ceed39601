// Plain JavaScript so that next.config.js (loaded by Node without a TypeScript step)
// and lib/security/headers.ts share one list.

/**
 * Powerful features the app never uses, all denied to every origin. Only features
 * Chromium recognises: an unknown name (e.g. the obsolete `interest-cohort`) makes it
 * log a console error on every page.
 */
export const DENIED_FEATURES = /** @type {const} */ ([
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]);

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");

/** Headers that suit any response, including static files the proxy never sees. */
export const BASE_SECURITY_HEADERS = /** @type {const} */ ({
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": PERMISSIONS_POLICY,
});

/**
 * What Next.js answers under `/_next/` without the proxy: its files, which no policy affects,
 * and its 404 page, which is read without scripts (they would need the proxy's nonce) and
 * may be framed by no one.
 */
export const ASSET_SECURITY_HEADERS = /** @type {const} */ ({
  "Content-Security-Policy":
    "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
});
