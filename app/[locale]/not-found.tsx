import { getLocale } from "next-intl/server";

import { NotFoundMessage } from "@/components/not-found-message";
import { isAppLocale } from "@/lib/i18n/translator";

/**
 * Shown when a page under `[locale]` calls `notFound()`. Next.js 16 sends that as an
 * `<html id="__next_error__">` shell and renders this component only once client
 * JavaScript runs, so pages avoid `notFound()` where they can: unmatched URLs get
 * app/global-not-found.tsx, and an unknown step renders NotFoundMessage itself (with the
 * 404 set by lib/routing/guard.ts). It renders inside the locale layout, so only its
 * content: the layout supplies `<main>`.
 */
export default async function NotFound() {
  const requested = await getLocale();
  return (
    <div className="max-w-3xl">
      <NotFoundMessage locale={isAppLocale(requested) ? requested : "en"} />
    </div>
  );
}
