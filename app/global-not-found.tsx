import "./globals.css";

import type { Metadata } from "next";
import { headers } from "next/headers";
import { hasLocale } from "next-intl";

import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundMessage } from "@/components/not-found-message";
import { type AppLocale, HTML_LANG, LOCALE_HEADER, routing } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { isPresenting } from "@/lib/present/switches";
import { URL_HEADER } from "@/lib/security/headers";

/** next-intl's proxy step forwards the locale it matched (or negotiated) in this header. */
async function requestLocale(): Promise<AppLocale> {
  const requested = (await headers()).get(LOCALE_HEADER);
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}

/**
 * The address the header's switches keep: the requested one under a locale (`/en/nope`),
 * else (`/api/nope`, which has no language of its own) the start page.
 */
async function switchableUrl(locale: AppLocale): Promise<string> {
  const url = (await headers()).get(URL_HEADER);
  const first = url?.split(/[/?]/)[1];
  return url && hasLocale(routing.locales, first) ? url : `/${locale}`;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await requestLocale());
  // Outside the locale layout, so its title template is applied here, in the same words.
  return {
    title: t("meta.titleTemplate", { page: t("notFound.metaTitle"), product: t("meta.title") }),
  };
}

/**
 * The 404 page for URLs no route matches (`/en/unknown`, `/api/unknown`). Unlike a
 * `notFound()` thrown from a page, which Next.js 16 serves as an empty error shell
 * filled in by client JavaScript, this one is rendered on the server, per request, so
 * it works without JavaScript and its scripts carry the CSP nonce.
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  const url = await switchableUrl(locale);
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-screen bg-white text-ink antialiased">
        {/* A switcher on every page: this one switches to the same missing page, said in the other language. */}
        <SiteHeader locale={locale} url={url} presenting={isPresenting(url)} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8">
          <NotFoundMessage locale={locale} />
        </main>
      </body>
    </html>
  );
}
