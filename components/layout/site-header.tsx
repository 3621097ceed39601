import { getTranslations } from "next-intl/server";

/** The product's name, linking home, and a skip link for keyboard users. */
export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("layout");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b-8 border-link bg-ink text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <a
            href={`/${locale}`}
            className="text-xl font-bold text-white no-underline visited:text-white hover:text-white hover:underline"
          >
            {t("productName")}
          </a>
          <p className="text-sm text-white">{t("tagline")}</p>
        </div>
      </header>
    </>
  );
}
