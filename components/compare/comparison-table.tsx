import { RouteBadge, RuleId, VerdictBadge, VerifyMark } from "@/components/result/badges";
import type { Result } from "@/lib/answers/result-schema";
import { planOutcomeDiffers, type ServiceRow } from "@/lib/compare/differences";
import type { Translate } from "@/lib/i18n/render";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOf } from "@/lib/present/locale";

/**
 * A row whose outcome differs: a bar at its start and a light tint, light enough that every
 * badge on it keeps its own background and its contrast (WCAG 1.4.3), with a border so that
 * a pale badge still reads as one.
 */
const DIFFERS_ROW = "bg-diff-bg";
const DIFFERS_HEADER = "border-l-4 border-l-warn";

/**
 * Narrower side padding on a phone, so that two plans fit a 360 px screen beside the
 * services instead of the second plan's column running off its edge.
 */
const CELL = "px-1 py-2 sm:px-2";

const CAPTION_ID = "comparison-caption";

/**
 * Two plans on a phone: each row a grid, its header across the screen above the plans'
 * cells, so each plan has half the screen instead of a third beside the services' column
 * (at 360 px a third broke "shareholding" and ran the second plan off the screen). The
 * services' column header is then only for screen readers. A `display` other than a
 * table's drops a table's meaning in some browsers, so every part of the table also says
 * its role.
 */
type Stacking = {
  row: string;
  rowHeader: string;
  columnHeader: string;
  /** The bar of a row that differs runs down the whole row, header and cells. */
  differsRow: string;
};
const ON_A_PHONE: Stacking = {
  row: "max-sm:grid max-sm:grid-cols-2",
  rowHeader: "max-sm:col-span-full max-sm:border-l-0",
  columnHeader: "max-sm:sr-only",
  differsRow: "max-sm:border-l-4 max-sm:border-l-warn",
};
/**
 * Presenter mode's larger type, and its rule IDs, need more room: up to a tablet's width
 * (at 640 px the services' column beside two plans ran 120 px off the screen).
 */
const PRESENTING: Stacking = {
  row: "max-md:grid max-md:grid-cols-2",
  rowHeader: "max-md:col-span-full max-md:border-l-0",
  columnHeader: "max-md:sr-only",
  differsRow: "max-md:border-l-4 max-md:border-l-warn",
};

/**
 * The services' column stays in view while the plans scroll sideways beneath it, on a
 * background of its own so that they do not show through.
 */
const STICKY = "sticky left-0 z-10";

/** "Whole plan" or a service: its name, and whether the plans differ in it. */
function RowHeader({
  name,
  differs,
  stacking,
  t,
}: {
  name: string;
  differs: boolean;
  stacking: Stacking | undefined;
  t: Translate;
}) {
  return (
    <th
      scope="row"
      role="rowheader"
      className={`${CELL} ${STICKY} align-top ${differs ? `${DIFFERS_HEADER} bg-diff-bg` : "bg-white"} ${stacking?.rowHeader ?? ""}`}
    >
      {name}
      {differs && (
        <span className="mt-1 block text-sm font-bold text-cond-ink">
          {t("compare.table.differs")}
        </span>
      )}
    </th>
  );
}

/** A maximum share in the result page's words: its label, then its value. */
function MaxShare({ label, max, t }: { label: string; max: number; t: Translate }) {
  return (
    <dl className="mt-1 text-sm">
      <dt>{label}</dt>
      <dd className="font-bold">{t("result.shares.maxValue", { share: max })}</dd>
    </dl>
  );
}

const OUTCOME_LABEL: Record<string, string> = {
  "not-met": "labels.outcome.not-met",
  condition: "labels.outcome.condition",
  met: "labels.outcome.met",
  info: "labels.outcome.info",
};

/**
 * Per service, each plan's verdict, route and maximum share; the rules that differ marked,
 * each "verify with counsel" where its finding is unsettled, as on a result, and (presenter
 * mode) with its ID.
 */
export function ComparisonTable({
  rows,
  results,
  names,
  locale,
  showRuleIds = false,
  t,
}: {
  rows: ServiceRow[];
  results: Result[];
  names: string[];
  locale: AppLocale;
  showRuleIds?: boolean;
  t: Translate;
}) {
  const planDiffers = planOutcomeDiffers(results);
  // Three or four plans on a phone scroll sideways in the region instead (each at least a
  // column wide enough to read).
  const stacking = names.length !== 2 ? undefined : showRuleIds ? PRESENTING : ON_A_PHONE;
  const rowClass = (differs: boolean) =>
    `border-b border-line ${differs ? DIFFERS_ROW : ""} ${stacking ? `${stacking.row} ${differs ? stacking.differsRow : ""}` : ""}`;
  return (
    // On a narrow screen (four plans on a phone, or zoomed in) the table scrolls sideways
    // inside this region, not the page (WCAG 1.4.10): a region named by the caption, which
    // the keyboard can focus and scroll (WCAG 2.1.1).
    <>
      {names.length > 2 && (
        <p className="mt-8 text-muted sm:hidden print:hidden">{t("compare.table.scrollHint")}</p>
      )}
      <div role="region" aria-labelledby={CAPTION_ID} tabIndex={0} className="mt-8 overflow-x-auto">
        <table role="table" className="w-full border-collapse text-left">
          <caption id={CAPTION_ID} className="mb-3 text-left text-xl font-bold">
            {t("compare.table.caption")}
          </caption>
          <thead role="rowgroup">
            <tr role="row" className={`border-b-2 border-ink ${stacking?.row ?? ""}`}>
              <th
                scope="col"
                role="columnheader"
                className={`${CELL} ${STICKY} bg-white ${stacking?.columnHeader ?? ""}`}
              >
                {t("compare.table.service")}
              </th>
              {/* Three or four plans on a phone scroll sideways in the region rather than
                squeeze each plan into a column a word or two wide. */}
              {names.map((name) => (
                <th key={name} scope="col" role="columnheader" className={`${CELL} min-w-28`}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            <tr role="row" className={rowClass(planDiffers)}>
              <RowHeader
                name={t("compare.table.overall")}
                differs={planDiffers}
                stacking={stacking}
                t={t}
              />
              {results.map((result, i) => (
                <td key={i} role="cell" className={`${CELL} align-top`}>
                  <VerdictBadge verdict={result.overall} outlined={planDiffers} t={t} />
                  <MaxShare
                    label={t("result.shares.max")}
                    max={result.maxForeignSharePercent}
                    t={t}
                  />
                </td>
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={row.code} role="row" className={rowClass(row.outcomeDiffers)}>
                <RowHeader
                  name={t(`steps.services.options.${row.code}.label`)}
                  differs={row.outcomeDiffers}
                  stacking={stacking}
                  t={t}
                />
                {row.services.map((service, i) => (
                  <td key={i} role="cell" className={`${CELL} align-top`}>
                    {service ? (
                      <>
                        <VerdictBadge
                          verdict={service.verdict}
                          outlined={row.outcomeDiffers}
                          t={t}
                        />
                        <div className="mt-1">
                          <RouteBadge route={service.route} outlined={row.outcomeDiffers} t={t} />
                        </div>
                        <MaxShare
                          label={t("result.shares.serviceMax")}
                          max={service.maxForeignSharePercent}
                          t={t}
                        />
                      </>
                    ) : (
                      <span className="text-muted">{t("compare.table.notInPlan")}</span>
                    )}
                    {/* A plan without the service has nothing to say of its rules. */}
                    {service && row.differences.length > 0 && (
                      // A long word in a rule title is hyphenated where the browser can, and
                      // broken only where it cannot fit the column at all.
                      <ul className="mt-2 space-y-1 text-sm hyphens-auto wrap-anywhere">
                        {row.differences.map((difference) => {
                          const outcomes = difference.outcomes[i] ?? [];
                          return (
                            <li key={difference.ruleId}>
                              <mark className="border-b-2 border-warn bg-transparent text-ink">
                                {t("compare.table.ruleOutcome", {
                                  rule: t(`rules.${difference.ruleId}.title`),
                                  outcomes:
                                    outcomes.length > 0
                                      ? listOf(
                                          locale,
                                          outcomes.map((o) =>
                                            t(OUTCOME_LABEL[o] ?? "labels.outcome.info"),
                                          ),
                                        )
                                      : t("compare.table.doesNotApply"),
                                })}
                              </mark>
                              {/* In a plan's half of the screen, an ID breaks at its hyphens
                                  rather than run into the other plan's. */}
                              {showRuleIds && <RuleId id={difference.ruleId} nowrap={!stacking} />}
                              {difference.unconfirmed[i] && <VerifyMark t={t} />}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
