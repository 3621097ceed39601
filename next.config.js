import createNextIntlPlugin from "next-intl/plugin";

import {
  ASSET_SECURITY_HEADERS,
  BASE_SECURITY_HEADERS,
} from "./lib/security/permissions-policy.js";
import { runAfterProductionCompile } from "./scripts/build/compile-hints.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // app/global-not-found.tsx: a server-rendered 404 for URLs that match no route.
  experimental: { globalNotFound: true },
  // Marks the browser chunks for eager compilation off the main thread: see the module.
  compiler: { runAfterProductionCompile },
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // No page uses next/image: its optimizer would only render pages as images on request
  // (`/_next/image?url=/en`), logging an error each time.
  images: { unoptimized: true },
  // Responses the proxy never sees (Next's own `/_next/...` assets) still get the
  // headers that suit any content. Pages and API routes get these plus
  // the per-request CSP and the rest from proxy.ts, whose values win.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
      {
        source: "/_next/:path*",
        headers: Object.entries(ASSET_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
