import type { Metadata } from "next";

import { VerifyMark } from "@/components/result/badges";
import { CitationList, SourcesList } from "@/components/result/citation";
import type { Translate } from "@/lib/i18n/render";
import { type AppLocale, routing } from "@/lib/i18n/routing";
import { isAppLocale, translatorFor } from "@/lib/i18n/translator";
import { contentLocale, dateValue } from "@/lib/present/locale";
import {
  OTHER_ROUTE_RULE_IDS,
  RULES,
  RULES_CHECKED_ON,
  RULES_HISTORY,
  RULES_VERSION,
  RULE_IDS,
  type RuleId,
} from "@/lib/rules";
import { PageSection } from "@/components/layout/page-section";

/**
 * The rules the check applies, for the reader who audits it (an advisor, a client's
 * counsel): the decision procedure in words, every rule with what it requires and when the
 * check applies it, its ID, its sources and its "verify with counsel" mark, and what changed
 * from one rules version to the next. The same catalogue as `GET /api/rules`, nothing of any
 * plan.
 */

type Props = { params: Promise<{ locale: string }> };

function locales(locale: string): { page: AppLocale; content: AppLocale } {
  const page = isAppLocale(locale) ? locale : routing.defaultLocale;
  return { page, content: contentLocale(page) };
}

/** RULES.md §5, in its order: the first step that applies sets the route and the maximum. */
const DECISION_STEPS = ["prohibited", "entity", "open", "pilot", "baseline"] as const;

const GROUPS: ReadonlyArray<{ key: string; ids: readonly RuleId[] }> = [
  {
    key: "service",
    ids: RULE_IDS.filter(
      (id) => RULES[id].level === "service" && !OTHER_ROUTE_RULE_IDS.includes(id),
    ),
  },
  { key: "plan", ids: RULE_IDS.filter((id) => RULES[id].level === "plan") },
  { key: "otherRoutes", ids: OTHER_ROUTE_RULE_IDS },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = translatorFor(locales((await params).locale).content);
  // The layout's title template adds the product's name.
  return { title: t("rulesPage.metaTitle") };
}

export default async function RulesPage({ params }: Props) {
  const { page, content } = locales((await params).locale);
  const t = translatorFor(content);
  const zh = content === "zh";

  return (
    <div lang={content === page ? undefined : content} className="max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">{t("rulesPage.title")}</h1>
      <p className="mt-4 text-lg">{t("rulesPage.lead")}</p>
      <p className="mt-4">
        {t("start.rules.checked", {
          checkedOn: dateValue(RULES_CHECKED_ON),
          version: RULES_VERSION,
        })}
      </p>
      <p className="mt-2">{t("rulesPage.verify")}</p>
      <p className="mt-2">
        <a href="/api/rules" className="inline-block min-h-6">
          {t("rulesPage.json")}
        </a>
      </p>

      <PageSection titleId="decision-title" title={t("rulesPage.decision.heading")}>
        <p className="mt-2">{t("rulesPage.decision.intro")}</p>
        <ol className="mt-4 list-decimal space-y-2 pl-6">
          {DECISION_STEPS.map((key) => (
            <li key={key}>{t(`rulesPage.decision.steps.${key}`)}</li>
          ))}
        </ol>
        <p className="mt-4">{t("rulesPage.decision.after")}</p>
      </PageSection>

      {GROUPS.map(({ key, ids }) => (
        <RuleGroup key={key} group={key} ids={ids} zh={zh} t={t} />
      ))}

      <PageSection titleId="changes-title" title={t("rulesPage.changes.heading")}>
        <p className="mt-2">{t("rulesPage.changes.intro")}</p>
        <ol className="mt-4 space-y-4">
          {[...RULES_HISTORY].reverse().map((release) => (
            <li key={release.version}>
              <h3 className="font-bold">
                {t("result.rulesChanged.release", {
                  version: release.version,
                  date: dateValue(release.date),
                })}
              </h3>
              <ul className="mt-1 list-disc pl-6">
                {release.changes.map((change) => (
                  <li key={change}>{t(`changelog.${change}`)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </PageSection>

      <SourcesList
        citations={RULE_IDS.flatMap((id) => RULES[id].citations)}
        zh={zh}
        t={t}
        introKey="rulesPage.sourcesIntro"
      />
    </div>
  );
}

function RuleGroup({
  group,
  ids,
  zh,
  t,
}: {
  group: string;
  ids: readonly RuleId[];
  zh: boolean;
  t: Translate;
}) {
  const titleId = `rules-${group}-title`;
  return (
    <PageSection titleId={titleId} title={t(`rulesPage.groups.${group}.heading`)}>
      <p className="mt-2">{t(`rulesPage.groups.${group}.intro`)}</p>
      <ul className="mt-4 space-y-5">
        {ids.map((id) => {
          const rule = RULES[id];
          return (
            <li key={id} id={`rule-${id}`} className="border-l-4 border-line pl-4">
              <h3 className="font-bold">
                {t(`rules.${id}.title`)}
                {rule.unconfirmed && <VerifyMark t={t} />}
              </h3>
              <p className="mt-1">{t(`rules.${id}.summary`)}</p>
              <p className="mt-1 text-sm text-muted">
                {t("rulesPage.ruleId")} <code lang="en">{id}</code>
              </p>
              <CitationList citations={[...rule.citations]} zh={zh} t={t} />
            </li>
          );
        })}
      </ul>
    </PageSection>
  );
}
