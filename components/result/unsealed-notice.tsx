import type { Translate } from "@/lib/i18n/render";

/**
 * Every result link the product makes ends with its rules version and verdict digest (the
 * codec writes them last). A link without them still holds a valid plan, and may be one a
 * person wrote by hand, but it may also have been cut short on the way, losing answers that
 * would change the result: the reader is told to check the answers before relying on it.
 * A comparison tells it in the plan's card, with its own heading level and ID.
 */
export function UnsealedNotice({
  t,
  titleId = "unsealed-title",
  level = 2,
  inComparison = false,
}: {
  t: Translate;
  titleId?: string;
  level?: 2 | 3;
  inComparison?: boolean;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={titleId} className="mb-8 border-4 border-warn p-4">
      <Heading id={titleId} className="text-xl font-bold">
        {t("result.unsealed.title")}
      </Heading>
      {inComparison ? (
        <p className="mt-2">{t("result.unsealed.planBody")}</p>
      ) : (
        <>
          <p className="mt-2">{t("result.unsealed.body")}</p>
          <p className="mt-2 no-print">
            <a href="#answers-title">{t("result.unsealed.answersLink")}</a>
          </p>
        </>
      )}
    </section>
  );
}
