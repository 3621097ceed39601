import type { Translate } from "@/lib/i18n/render";

/**
 * Every result link the product makes ends with its rules version and verdict digest (the
 * codec writes them last). A link without them still holds a valid plan, and may be one a
 * person wrote by hand, but it may also have been cut short on the way, losing answers that
 * would change the result: the reader is told to check the answers before relying on it.
 */
export function UnsealedNotice({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="unsealed-title" className="mb-8 border-4 border-warn p-4">
      <h2 id="unsealed-title" className="text-xl font-bold">
        {t("result.unsealed.title")}
      </h2>
      <p className="mt-2">{t("result.unsealed.body")}</p>
      <p className="mt-2">
        <a href="#answers-title">{t("result.unsealed.answersLink")}</a>
      </p>
    </section>
  );
}
