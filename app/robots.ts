import type { MetadataRoute } from "next";

import { routing } from "@/lib/i18n/routing";

/**
 * The start and rules pages may be crawled; the journey's pages may not: their addresses
 * carry a plan's answers (they are also sent with `X-Robots-Tag: noindex`), and the
 * unprefixed share-link forms redirect to them.
 */
export default function robots(): MetadataRoute.Robots {
  const journey = ["plan/", "result", "compare"];
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        ...journey.map((page) => `/${page}`),
        ...routing.locales.flatMap((locale) => journey.map((page) => `/${locale}/${page}`)),
        "/api/",
      ],
    },
  };
}
