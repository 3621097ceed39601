import type { Location } from "@/lib/answers/options";
import type { Result } from "@/lib/answers/result-schema";
import type { Translate } from "@/lib/i18n/render";
import { translatorFor } from "@/lib/i18n/translator";
import { SERVICE_INFO } from "@/lib/rules";
import type { ServicePlanMap } from "@/lib/present/plan-map";

import { RouteBadge, VerdictBadge } from "./badges";
import { FindingGroups } from "./finding-list";
import { PlanMapFigure } from "./plan-map";
import { PageSection } from "@/components/layout/page-section";

type ServiceResult = Result["services"][number];

export function serviceSectionId(code: string): string {
  return `service-${code}`;
}

/**
 * The share above which a service needs the pilot, when its route is the pilot but the
 * planned share does not need it: "Through the 2024 pilot" beside "Permitted" read as if
 * the company had to apply, which only the findings below contradicted.
 */
function pilotNeededAbove(service: ServiceResult): number | undefined {
  if (service.route !== "pilot" || service.verdict !== "permitted") return undefined;
  const max = service.findings.find((f) => f.ruleId === "PILOT-MIIT-APPROVAL")?.params["max"];
  return typeof max === "number" ? max : undefined;
}

/** One service: its verdict, route and maximum share at a glance, where it sits, and why. */
export function ServiceSection({
  service,
  share,
  map,
  registeredIn,
  showRuleIds = false,
  zh = false,
  idPrefix = "",
  t,
}: {
  service: ServiceResult;
  share: number;
  /** Present when the pilot can decide this service, so where things are matters. */
  map?: ServicePlanMap;
  registeredIn: Location;
  showRuleIds?: boolean;
  zh?: boolean;
  /** Where a page shows several plans' services (a printed comparison), each plan's own. */
  idPrefix?: string;
  t: Translate;
}) {
  const id = `${idPrefix}${serviceSectionId(service.code)}`;
  const pilotAbove = pilotNeededAbove(service);
  return (
    <PageSection
      id={id}
      titleId={`${id}-title`}
      title={t(`steps.services.options.${service.code}.label`)}
    >
      {/* The CAT-2015 name in the other language, as advisors cite it. */}
      <p lang={zh ? "en" : "zh-CN"} className="mt-1 text-muted">
        {zh
          ? translatorFor("en")(`steps.services.options.${service.code}.label`)
          : SERVICE_INFO[service.code].nameZh}
      </p>
      {/*
       * Labels take at most half the width, wrapping beyond it: on a phone a long label
       * (按当前方案，该业务外资股比上限) left its value a column one or two characters wide.
       * The values' column may shrink below its longest word, which then wraps, so that
       * presenter mode's larger type with a reader's wider text spacing still fits a phone.
       */}
      <dl className="mt-4 grid grid-cols-[fit-content(50%)_minmax(0,1fr)] items-center gap-x-6 gap-y-2 print:mt-2 print:break-inside-avoid print:gap-y-0.5">
        <dt className="font-bold">{t("result.service.verdict")}</dt>
        <dd>
          <VerdictBadge verdict={service.verdict} t={t} />
        </dd>
        <dt className="font-bold">{t("result.service.route")}</dt>
        <dd>
          <RouteBadge route={service.route} t={t} />
        </dd>
        {/* A second value of the route, on a row of its own so the label stays by the badge. */}
        {pilotAbove !== undefined && (
          <dd className="col-start-2 -mt-1 text-muted">
            {t("result.service.pilotNotNeeded", { max: pilotAbove })}
          </dd>
        )}
        <dt className="font-bold">{t("result.shares.serviceMax")}</dt>
        <dd>{t("result.shares.maxValue", { share: service.maxForeignSharePercent })}</dd>
        {/* On paper the verdict's banner says it once for the plan. */}
        <dt className="font-bold print:hidden">{t("result.shares.planned")}</dt>
        <dd className="print:hidden">{t("result.shares.value", { share })}</dd>
      </dl>
      {/* Not on paper: the memo states the answers first, and the findings what is outside. */}
      {map && (
        <div className="print:hidden">
          <h3 className="mt-6 text-xl font-bold">{t("result.map.title")}</h3>
          <PlanMapFigure map={map} registeredIn={registeredIn} t={t} idPrefix={`${id}-map`} />
        </div>
      )}
      <FindingGroups
        findings={service.findings}
        t={t}
        idPrefix={id}
        showRuleIds={showRuleIds}
        zh={zh}
      />
    </PageSection>
  );
}
