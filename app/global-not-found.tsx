import "./globals.css";

import type { Metadata } from "next";
import { headers } from "next/headers";
import { hasLocale } from "next-intl";

import { HTML_LANG, routing } from "@/lib/i18n/routing";

// Placeholder text until the message catalogue has a not-found namespace.
const TEXT = { en: "Page not found", zh: "页面未找到" } as const;

export const metadata: Metadata = { title: "404" };

/**
 * The 404 page for URLs no route matches (`/en/unknown`, `/api/unknown`). Unlike a
 * `notFound()` thrown from a page, which Next.js 16 serves as an empty error shell
 * filled in by client JavaScript, this one is rendered on the server, per request, so
 * it works without JavaScript and its scripts carry the CSP nonce.
 */
export default async function GlobalNotFound() {
  // next-intl's proxy step forwards the locale it matched (or negotiated) in this header.
  const requested = (await headers()).get("x-next-intl-locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-white text-neutral-900 antialiased">
        <main className="mx-auto max-w-3xl p-6">
          <h1 className="text-3xl font-bold">{TEXT[locale]}</h1>
        </main>
      </body>
    </html>
  );
}
