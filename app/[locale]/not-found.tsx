import { getLocale } from "next-intl/server";

// Placeholder text until the message catalogue has a not-found namespace.
const TEXT = { en: "Page not found", zh: "页面未找到" } as const;

/**
 * Shown when a page under `[locale]` calls `notFound()`. Next.js 16 sends that as an
 * `<html id="__next_error__">` shell and renders this component only once client
 * JavaScript runs; unmatched URLs get app/global-not-found.tsx instead.
 */
export default async function NotFound() {
  const locale = await getLocale();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">{locale === "zh" ? TEXT.zh : TEXT.en}</h1>
    </main>
  );
}
