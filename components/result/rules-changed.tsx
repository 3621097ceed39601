import type { Translate } from "@/lib/i18n/render";
import { dateValue } from "@/lib/present/locale";
import type { RulesChange } from "@/lib/present/rules-change";
import { RULES_VERSION } from "@/lib/rules";

/**
 * Told first on a link made under older rules: what today's rules decide differently, and why.
 * A comparison tells it in each plan's card, so there it has its own heading level and ID.
 */
export function RulesChangedNotice({
  change,
  t,
  titleId = "rules-changed-title",
  level = 2,
}: {
  change: RulesChange;
  t: Translate;
  titleId?: string;
  level?: 2 | 3;
}) {
  if (change.kind === "current") return null;
  const Heading = level === 2 ? "h2" : "h3";
  if (change.kind === "same") {
    return (
      <p className="mb-6 text-muted">
        {t("result.rulesChanged.same", { version: change.version, current: RULES_VERSION })}
      </p>
    );
  }
  return (
    <section aria-labelledby={titleId} className="mb-8 border-4 border-warn p-4">
      <Heading id={titleId} className="text-xl font-bold">
        {t("result.rulesChanged.title")}
      </Heading>
      {change.kind === "unknown" ? (
        // No digest: the link does not say what it was told, so no comparison is claimed.
        <p className="mt-2">
          {t("result.rulesChanged.noDigest", { version: change.version, current: RULES_VERSION })}
        </p>
      ) : (
        <>
          <p className="mt-2">
            {t("result.rulesChanged.intro", { version: change.version, current: RULES_VERSION })}
          </p>
          <ul className="mt-2 list-disc pl-6">
            {change.services.map(({ code, before, now }) => (
              <li key={code}>
                {t("result.rulesChanged.item", {
                  service: t(`labels.service.${code}`),
                  before: t(`labels.verdict.${before}`),
                  now: t(`labels.verdict.${now}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 font-bold">{t("result.rulesChanged.changes")}</p>
      <ul className="mt-1 space-y-2">
        {change.releases.map((release) => (
          <li key={release.version}>
            <p>
              {t("result.rulesChanged.release", {
                version: release.version,
                date: dateValue(release.date),
              })}
            </p>
            <ul className="list-disc pl-6">
              {release.changes.map((key) => (
                <li key={key}>{t(`changelog.${key}`)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
