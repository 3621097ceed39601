import type { Location } from "@/lib/answers/options";
import type { Translate } from "@/lib/i18n/render";
import type { Placement, PlanMapItem, ServicePlanMap } from "@/lib/present/plan-map";
import { PILOT_AREA_INFO } from "@/lib/rules";

import { IN_PILOT, NOT_IN_PILOT, UNSETTLED_EDGE } from "@/components/pilot-area-style";

/**
 * Where a service's company and facilities sit against its pilot area, drawn as labelled
 * boxes: the pilot area, and beside it what is outside it or not decided. Boxes and words
 * only, never a map. Each box is a real list named by its label, so the picture and what
 * a screen reader hears say the same.
 */
/** In the start page's key: in the pilot, not in it; what is not decided yet, dotted. */
const BOX = {
  inside: IN_PILOT,
  outside: NOT_IN_PILOT,
  undecided: "border-2 border-dotted border-muted",
} as const satisfies Record<Placement, string>;

function itemText(item: PlanMapItem, t: Translate): string {
  const location = t(`labels.locationPhrase.${item.location}`);
  return item.kind === "registration"
    ? t("result.map.registration", { location })
    : t("result.map.facility", {
        number: item.number,
        tenure: t(`labels.tenure.${item.tenure}`),
        location,
      });
}

function Box({
  id,
  placement,
  label,
  unsettled,
  items,
  t,
}: {
  id: string;
  placement: Placement;
  label: string;
  /** Why the area's edge is drawn dashed: what of its boundary is not settled. */
  unsettled?: string;
  items: PlanMapItem[];
  t: Translate;
}) {
  return (
    <div className={`min-w-60 flex-1 p-4 ${BOX[placement]} ${unsettled ? UNSETTLED_EDGE : ""}`}>
      <p id={id} className="mb-2 font-bold">
        {label}
      </p>
      {unsettled && <p className="mb-2 text-sm">{unsettled}</p>}
      <ul aria-labelledby={id} className="space-y-2">
        {items.map((item) => (
          <li
            key={item.kind === "registration" ? "registration" : `facility-${item.number}`}
            className={`border border-line bg-white px-2 py-1 ${item.kind === "registration" ? "font-semibold" : ""}`}
          >
            {itemText(item, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Why no pilot area is drawn, as it is: a registration outside every pilot area rules them all
 * out; while it is undecided, either the facilities are in several areas or none is in one.
 */
function noAreaText(map: ServicePlanMap, registeredIn: Location, t: Translate): string {
  if (registeredIn !== "undecided")
    return t("result.map.explainNoArea", {
      registeredIn: t(`labels.locationPhrase.${registeredIn}`),
    });
  return t(map.split ? "result.map.explainSplit" : "result.map.explainNotYet");
}

export function PlanMapFigure({
  map,
  registeredIn,
  t,
  idPrefix,
}: {
  map: ServicePlanMap;
  registeredIn: Location;
  t: Translate;
  idPrefix: string;
}) {
  const area = map.area ? t(`labels.area.${map.area}`) : null;
  const of = (placement: Placement) => map.items.filter((i) => i.placement === placement);
  const outside = of("outside");
  const undecided = of("undecided");
  const hasFacilities = map.items.some((i) => i.kind === "facility");
  return (
    // Named by its caption outright: Chromium's accessibility tree does not take a figure's
    // name from its figcaption, and would hand a screen reader an unnamed figure.
    <figure aria-labelledby={`${idPrefix}-caption`} className="mt-3">
      <figcaption id={`${idPrefix}-caption`} className="mb-3">
        {area ? t("result.map.explain", { area }) : noAreaText(map, registeredIn, t)}
      </figcaption>
      <div className="flex flex-wrap items-stretch gap-4">
        {area && (
          <Box
            id={`${idPrefix}-inside`}
            placement="inside"
            label={t("result.map.inside", { area })}
            {...(map.area &&
              PILOT_AREA_INFO[map.area].boundaryUnconfirmed && {
                unsettled: t(`start.schematic.areas.${map.area}.unsettled`),
              })}
            items={of("inside")}
            t={t}
          />
        )}
        {outside.length > 0 && (
          <Box
            id={`${idPrefix}-outside`}
            placement="outside"
            label={area ? t("result.map.outside", { area }) : t("result.map.outsideAll")}
            items={outside}
            t={t}
          />
        )}
        {undecided.length > 0 && (
          <Box
            id={`${idPrefix}-undecided`}
            placement="undecided"
            label={t("result.map.undecided")}
            items={undecided}
            t={t}
          />
        )}
      </div>
      {!hasFacilities && <p className="mt-2 text-muted">{t("result.map.noFacilities")}</p>}
    </figure>
  );
}
