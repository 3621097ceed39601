import type { PilotArea } from "@/lib/answers/options";
import type { Translate } from "@/lib/i18n/render";
import { PILOT_AREA_INFO, PILOT_AREAS } from "@/lib/rules";

import { IN_PILOT, NOT_IN_PILOT, UNSETTLED_EDGE } from "@/components/pilot-area-style";

/*
 * A schematic, deliberately not a map: the areas are boxes in the order Circular No. 107
 * lists them, and no shape or position stands for geography. A published map of China,
 * or of several provinces, needs official approval (审图号); a schematic does not.
 *
 * Everything the boxes show is text, so the figure's content is its own text alternative;
 * the caption sums it up for readers who want only the gist.
 */

const TITLE_ID = "pilot-areas-title";
const DESCRIPTION_ID = "pilot-areas-description";

export function PilotAreasSchematic({ t }: { t: Translate }) {
  return (
    <figure aria-labelledby={TITLE_ID} aria-describedby={DESCRIPTION_ID} className="my-6">
      <figcaption className="mb-4">
        <p id={TITLE_ID} className="text-lg font-bold">
          {t("start.schematic.title")}
        </p>
        <p id={DESCRIPTION_ID} className="mt-1 max-w-3xl">
          {t("start.schematic.description")}
        </p>
      </figcaption>

      <Legend t={t} />

      <ul className="mt-4 space-y-4">
        {PILOT_AREAS.map((area) => (
          <AreaBox key={area} area={area} t={t} />
        ))}
      </ul>
    </figure>
  );
}

function Legend({ t }: { t: Translate }) {
  const items = [
    { key: "in", swatch: IN_PILOT },
    { key: "out", swatch: NOT_IN_PILOT },
    { key: "unsettled", swatch: `${IN_PILOT} ${UNSETTLED_EDGE}` },
  ] as const;
  return (
    <div className="text-sm">
      <p className="font-bold">{t("start.schematic.legendHeading")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {items.map(({ key, swatch }) => (
          <li key={key} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-5 w-8 shrink-0 ${swatch}`} />
            {t(`start.schematic.legend.${key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AreaBox({ area, t }: { area: PilotArea; t: Translate }) {
  const info = PILOT_AREA_INFO[area];
  const key = `start.schematic.areas.${area}`;
  return (
    <li className="border-2 border-ink bg-white p-4 md:grid md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] md:gap-6">
      <div>
        <h3 className="text-xl font-bold">{t(`${key}.name`)}</h3>
        <p lang="zh-CN" className="mt-1">
          {info.nameZh}
        </p>
        {/* In Chinese the circular's name is the Chinese name already shown above. */}
        {t(`${key}.officialName`) !== info.nameZh && (
          <p className="mt-1 text-sm text-muted">{t(`${key}.officialName`)}</p>
        )}
      </div>
      <div className="mt-3 md:mt-0">
        {/* RULES.md §2: Shanghai is the one area only partly in the pilot. */}
        {area === "shanghai" ? (
          <div className={`p-3 ${NOT_IN_PILOT}`}>
            <p className="text-sm font-bold">{t(`${key}.whole`)}</p>
            <div className="my-3">
              <InPilot area={area} t={t} />
            </div>
            <p className="font-bold">{t("start.schematic.notInPilot")}</p>
            <p>{t(`${key}.outOfPilot`)}</p>
          </div>
        ) : (
          <InPilot area={area} t={t} />
        )}
      </div>
    </li>
  );
}

function InPilot({ area, t }: { area: PilotArea; t: Translate }) {
  const unsettled = PILOT_AREA_INFO[area].boundaryUnconfirmed;
  const key = `start.schematic.areas.${area}`;
  return (
    <div className={`p-3 ${IN_PILOT} ${unsettled ? UNSETTLED_EDGE : ""}`}>
      <p className="font-bold">{t("start.schematic.inPilot")}</p>
      <p>{t(`${key}.inPilot`)}</p>
      {unsettled && <p className="mt-2 text-sm">{t(`${key}.unsettled`)}</p>}
    </div>
  );
}
