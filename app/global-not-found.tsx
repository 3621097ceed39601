import "./globals.css";

import type { Metadata } from "next";
import { headers } from "next/headers";
import { hasLocale } from "next-intl";

import { NotFoundMessage } from "@/components/not-found-message";
import { type AppLocale, HTML_LANG, routing } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

/** next-intl's proxy step forwards the locale it matched (or negotiated) in this header. */
async function requestLocale(): Promise<AppLocale> {
  const requested = (await headers()).get("x-next-intl-locale");
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await requestLocale());
  return { title: `${t("notFound.metaTitle")} – ${t("meta.title")}` };
}

/**
 * The 404 page for URLs no route matches (`/en/unknown`, `/api/unknown`). Unlike a
 * `notFound()` thrown from a page, which Next.js 16 serves as an empty error shell
 * filled in by client JavaScript, this one is rendered on the server, per request, so
 * it works without JavaScript and its scripts carry the CSP nonce.
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-white text-ink antialiased">
        <main className="mx-auto max-w-3xl px-4 py-8">
          <NotFoundMessage locale={locale} />
        </main>
      </body>
    </html>
  );
}
