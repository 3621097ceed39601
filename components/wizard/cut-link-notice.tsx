import type { Translate } from "@/lib/i18n/render";

/**
 * On the question a result link was sent to because it held no whole plan (ADR 0001 §8):
 * the reader opened a result and sees a question, and is told why. Such a link has lost its
 * ending (every link the product makes ends with its rules version and verdict digest), most
 * likely to an app that cut a long address short.
 */
export function CutLinkNotice({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="cut-link-title" className="mb-6 border-4 border-warn p-4">
      <h2 id="cut-link-title" className="text-xl font-bold">
        {t("wizard.cutLink.title")}
      </h2>
      <p className="mt-2">{t("wizard.cutLink.body")}</p>
    </section>
  );
}
