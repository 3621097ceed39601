import type { Translate } from "@/lib/i18n/render";

import { CopyLinkButton } from "./copy-link-button";

/** The share link as a plain link that works without JavaScript, the copy button, the warning. */
export function SharePanel({ href, t }: { href: string; t: Translate }) {
  return (
    <section aria-labelledby="share-title" className="no-print mt-12 border-t-2 border-line pt-6">
      <h2 id="share-title" className="text-2xl font-bold">
        {t("result.share.title")}
      </h2>
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
        <a href={href} className="inline-block min-h-6 font-bold">
          {t("result.share.link")}
        </a>
        <CopyLinkButton
          href={href}
          label={t("result.share.copy")}
          copiedText={t("result.share.copied")}
          failedText={t("result.share.copyFailed")}
        />
      </div>
      <p className="mt-4 border-l-4 border-warn bg-cond-bg p-3 text-cond-ink">
        {t("result.share.warning")}
      </p>
      <p className="mt-2 text-muted">{t("result.share.language")}</p>
    </section>
  );
}
