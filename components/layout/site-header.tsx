import { type AppLocale, routing } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { contentLocale } from "@/lib/present/locale";
import { languageHref, presenterHref } from "@/lib/present/switches";
import { startHref } from "@/lib/wizard/urls";

const LANGUAGE_NAMES: Record<AppLocale, { name: string; lang: string }> = {
  en: { name: "English", lang: "en" },
  zh: { name: "中文", lang: "zh-CN" },
};

/**
 * The product's name, linking home (in presenter mode still, when presenting); the switch to
 * the other language and the presenter-mode switch, both keeping the answers; and a skip link
 * for keyboard users. Through the app's own translator, so that the 404 page, which no
 * `[locale]` layout wraps, has it too.
 */
export function SiteHeader({
  locale,
  url,
  presenting,
}: {
  locale: AppLocale;
  /** The page's own path and query (proxy.ts forwards it). */
  url: string | null;
  presenting: boolean;
}) {
  const layout = translatorFor(contentLocale(locale));
  const t = (key: string) => layout(`layout.${key}`);
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-focus focus:p-2 focus:text-ink"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b-8 border-link bg-ink text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <div>
            <a
              href={startHref(locale, { present: presenting })}
              className="text-xl font-bold text-white no-underline visited:text-white hover:text-white hover:underline"
            >
              {t("productName")}
            </a>
            <p className="text-sm">{t("tagline")}</p>
          </div>
          <nav aria-label={t("switches")} className="no-print">
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
              <li>
                <a
                  href={languageHref(url, other)}
                  data-switch={`language:${other}`}
                  lang={LANGUAGE_NAMES[other].lang}
                  hrefLang={LANGUAGE_NAMES[other].lang}
                  className="inline-block min-h-6 text-white visited:text-white hover:text-white"
                >
                  {LANGUAGE_NAMES[other].name}
                  <span className="sr-only" lang={LANGUAGE_NAMES[locale].lang}>
                    {" "}
                    {t("switchLanguage")}
                  </span>
                </a>
              </li>
              <li>
                <a
                  href={presenterHref(url, !presenting)}
                  data-switch={`presenter:${presenting ? "off" : "on"}`}
                  className="inline-block min-h-6 text-white visited:text-white hover:text-white"
                >
                  {presenting ? t("presenterOff") : t("presenterOn")}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
    </>
  );
}
