/**
 * The four pilot areas as Circular No. 107, item 一, names them (RULES.md §2).
 *
 * 在北京市服务业扩大开放综合示范区、上海自由贸易试验区临港新片区及社会主义现代化建设引领区、
 * 海南自由贸易港、深圳中国特色社会主义先行示范区率先开展试点。
 * — The pilot starts in these four areas. (MIIT-2024-107, item 一, verbatim.)
 *
 * Assumptions, flagged as UNCONFIRMED in RULES.md: Hainan is Hainan Island (whether Sansha
 * is included is unsettled); Shenzhen is the whole city. Shanghai is NOT the whole city:
 * only Pudong New Area and the Lin-gang Special Area (which reaches beyond Pudong into
 * Fengxian and Xiaoyangshan Island); the rest of Shanghai answers `mainland-other`.
 */
import { PILOT_AREAS, type PilotArea } from "@/lib/answers/options";

export type PilotAreaInfo = {
  id: PilotArea;
  nameZh: string;
  /** The area's extent is itself uncertain, so a finding about it says "verify with counsel". */
  boundaryUnconfirmed: boolean;
};

export const PILOT_AREA_INFO = {
  beijing: { id: "beijing", nameZh: "北京市服务业扩大开放综合示范区", boundaryUnconfirmed: false },
  shanghai: {
    id: "shanghai",
    nameZh: "上海自由贸易试验区临港新片区及社会主义现代化建设引领区",
    boundaryUnconfirmed: false,
  },
  hainan: { id: "hainan", nameZh: "海南自由贸易港", boundaryUnconfirmed: true },
  shenzhen: { id: "shenzhen", nameZh: "深圳中国特色社会主义先行示范区", boundaryUnconfirmed: true },
} as const satisfies Record<PilotArea, PilotAreaInfo>;

export { PILOT_AREAS };
