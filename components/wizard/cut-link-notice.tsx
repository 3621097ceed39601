import type { Translate } from "@/lib/i18n/render";
import type { CutKind } from "@/lib/wizard/urls";

/**
 * On the page a cut-short address was sent to (ADR 0001 §8), which the reader did not open
 * and is told why they see: a result link that held no whole plan, sent to its first open
 * question or to its last answer's, which the cut may have shortened; a step's or Check
 * your answers' address cut inside its last answer, sent on from the answers before the cut
 * (`where` says which page that is); or a link's damaged answer. Every link the product
 * makes ends with its rules version and verdict digest, so a cut one has most likely met an
 * app that shortened a long address.
 */
export function CutLinkNotice({
  t,
  kind,
  where,
  laterQuestion,
}: {
  t: Translate;
  kind: CutKind;
  where: "question" | "check";
  /** The title of a later question whose answer, the link's last, the cut may have shortened. */
  laterQuestion?: string;
}) {
  const [title, body] =
    kind === "result"
      ? ["wizard.cutLink.title", "wizard.cutLink.body"]
      : kind === "lastAnswer"
        ? ["wizard.cutLink.title", "wizard.cutLink.bodyLastAnswer"]
        : kind === "damaged"
          ? ["wizard.damagedAnswer.title", "wizard.damagedAnswer.body"]
          : [
              "wizard.cutAddress.title",
              where === "check" ? "wizard.cutAddress.bodyCheck" : "wizard.cutAddress.body",
            ];
  return (
    <section aria-labelledby="cut-link-title" className="mb-6 border-4 border-warn p-4">
      <h2 id="cut-link-title" className="text-xl font-bold">
        {t(title)}
      </h2>
      <p className="mt-2">{t(body)}</p>
      {laterQuestion !== undefined && (
        <p className="mt-2">{t("wizard.cutLink.laterAnswer", { question: laterQuestion })}</p>
      )}
    </section>
  );
}
