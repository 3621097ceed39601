import type { Result } from "@/lib/answers/result-schema";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Translate } from "@/lib/i18n/render";
import { listOf } from "@/lib/present/locale";
import type { Verdict } from "@/lib/rules";

import { VerdictBadge } from "./badges";
import { serviceSectionId } from "./service-section";

const TONE = {
  permitted: "border-go bg-ok-bg text-ok-ink",
  "permitted-with-conditions": "border-warn bg-cond-bg text-cond-ink",
  "not-permitted": "border-stop bg-bad-bg text-bad-ink",
} as const satisfies Record<Verdict, string>;

/** The answer first: the verdict as the page's heading, the company's maximum share, the services. */
export function VerdictBanner({
  result,
  share,
  outsideMainland,
  locale,
  t,
}: {
  result: Result;
  share: number;
  /**
   * Registered outside the mainland: neither the share nor any one service stands in the way,
   * so the lead and the maximum name the registration instead.
   */
  outsideMainland: boolean;
  locale: AppLocale;
  t: Translate;
}) {
  const failing = result.services.filter((s) => s.verdict === "not-permitted").length;
  const limiting = listOf(
    locale,
    result.limitingServices.map((code) => t(`labels.service.${code}`)),
  );
  // A plan that does not need the pilot at its share is not told of the pilot's conditions by
  // its lead, yet its services on the pilot route reach 100% only through them (at 0%, with
  // facilities never asked, that is all the maximum rests on).
  const throughPilot =
    result.overall === "permitted" && result.maxForeignSharePercent === 100
      ? result.services
          .filter((service) => service.route === "pilot")
          .map((service) => t(`labels.service.${service.code}`))
      : [];
  return (
    <>
      <div className={`border-l-8 p-6 print:p-3 ${TONE[result.overall]}`}>
        <h1 className="text-3xl font-bold print:text-2xl">
          {t(`result.verdict.${result.overall}`, { share })}
        </h1>
        <p className="mt-3 text-lg print:mt-1">
          {outsideMainland
            ? t("result.lead.outsideMainland", { remedies: result.remedies.length })
            : t(`result.lead.${result.overall}`, {
                count: failing,
                share,
                remedies: result.remedies.length,
              })}
        </p>
        <p className="mt-3 text-lg print:mt-1">
          {outsideMainland
            ? t("result.maxShareOutsideMainland")
            : throughPilot.length > 0
              ? t("result.maxShareThroughPilot", { services: listOf(locale, throughPilot) })
              : t("result.maxShare", { max: result.maxForeignSharePercent, services: limiting })}
        </p>
        {/*
         * A long value ("No foreign shareholding", in presenter mode's larger type on a phone)
         * wraps inside its column rather than running past the screen's edge (WCAG 1.4.10): the
         * columns may shrink below their longest word, which the body's overflow-wrap breaks.
         */}
        <dl className="mt-4 flex flex-wrap gap-x-10 gap-y-3 print:mt-2">
          <div className="min-w-0">
            <dt>{t("result.shares.planned")}</dt>
            <dd className="text-3xl font-bold print:text-2xl">
              {t("result.shares.value", { share })}
            </dd>
          </div>
          <div className="min-w-0">
            <dt>{t("result.shares.max")}</dt>
            <dd className="text-3xl font-bold print:text-2xl">
              {t("result.shares.maxValue", { share: result.maxForeignSharePercent })}
            </dd>
          </div>
        </dl>
      </div>
      <nav aria-label={t("result.glance.label")} className="mt-6 print:mt-2">
        <ul className="divide-y divide-line border-y border-line">
          {result.services.map((service) => (
            <li
              key={service.code}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2 print:py-0.5"
            >
              <a href={`#${serviceSectionId(service.code)}`} className="inline-block min-h-6">
                {t(`steps.services.options.${service.code}.label`)}
              </a>
              {/* At the right whether it shares the line or, on a phone, wraps under it. */}
              <span className="ml-auto">
                <VerdictBadge verdict={service.verdict} t={t} />
              </span>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4 text-muted print:mt-2">{t("result.verifyNote")}</p>
    </>
  );
}
