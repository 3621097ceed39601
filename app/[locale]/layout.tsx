import "../globals.css";

import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { HTML_LANG, routing } from "@/lib/i18n/routing";
import { publicOrigin } from "@/lib/present/origin";
import { isPresenting } from "@/lib/present/switches";
import { URL_HEADER } from "@/lib/security/headers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    // Absolute addresses in metadata come from PUBLIC_ORIGIN, never from the request's Host.
    metadataBase: new URL(publicOrigin()),
    // "%s" is Next's placeholder for the page's own title; the separator is the language's
    // own (an en dash in English, a Chinese dash, without spaces, in Chinese).
    title: {
      default: t("title"),
      template: t("titleTemplate", { page: "%s", product: t("title") }),
    },
    description: t("description"),
  };
}

/**
 * The root layout. No client provider: client components get their strings as props, so
 * no page ships the message catalogue or an i18n runtime to the browser.
 */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  // Every page is rendered per request: the CSP nonce that proxy.ts puts on the
  // request is only applied to Next's scripts at render time, so a prerendered page
  // would ship scripts the browser then blocks.
  await connection();

  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const url = (await headers()).get(URL_HEADER);
  const presenting = isPresenting(url);

  return (
    // Presenter mode: larger type for a screen in a meeting room (app/globals.css).
    <html lang={HTML_LANG[locale]} className={presenting ? "presenter" : undefined}>
      <body className="flex min-h-screen flex-col bg-white antialiased">
        <SiteHeader locale={locale} url={url} presenting={presenting} />
        <main
          id="main"
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 print:py-0"
          tabIndex={-1}
        >
          {children}
        </main>
        <SiteFooter locale={locale} presenting={presenting} />
      </body>
    </html>
  );
}
