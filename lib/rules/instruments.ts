/**
 * The instruments the rules cite (RULES.md §1), as structured, dated data.
 *
 * A URL appears only where the official text's address is known; none is guessed. Titles
 * are the instruments' own Chinese titles and English renderings (unofficial).
 */

export type InstrumentId =
  | "MIIT-2024-107"
  | "MIIT-2024-107-ANNEX"
  | "PILOT-LAUNCH-2024"
  | "NL-2024"
  | "CAT-2015"
  | "FITE-2022"
  | "LIC-42"
  | "MIIT-2015-196"
  | "HAINAN-FTP-NL-2020"
  | "FTZ-NL"
  | "HAINAN-GUIDE-2024"
  | "CEPA-222"
  | "SC-2025-SERVICES"
  | "FIL-2019"
  | "FISR-2020";

export type Instrument = {
  id: InstrumentId;
  title: string;
  titleZh: string;
  /** ISO date: issued or effective, as `dateMeaning` says. */
  date: string;
  dateMeaning: "issued" | "effective" | "approved";
  url?: string;
  /** No official title was confirmed: the titles describe the instrument, and pages say so. */
  titleIsDescriptive?: true;
  /**
   * Its text was not available when the rules were checked (RULES.md §7): the rules citing it
   * follow the circular and published summaries, and pages say so instead of linking a page
   * that is not its text.
   */
  textNotSeen?: true;
};

export const INSTRUMENTS = {
  "MIIT-2024-107": {
    id: "MIIT-2024-107",
    title:
      "MIIT Circular on Launching the Pilot Program for Expanding the Opening-up of Value-Added Telecommunications Services (MIIT Tongxinhan [2024] No. 107)",
    titleZh:
      "工业和信息化部关于开展增值电信业务扩大对外开放试点工作的通告（工信部通信函〔2024〕107号）",
    date: "2024-04-08",
    dateMeaning: "issued",
    url: "https://www.gov.cn/zhengce/zhengceku/202404/content_6944441.htm",
  },
  "MIIT-2024-107-ANNEX": {
    id: "MIIT-2024-107-ANNEX",
    title:
      "Pilot Plan for Expanding the Opening-up of Value-Added Telecommunications Services (annex to Circular No. 107)",
    titleZh: "增值电信业务扩大对外开放试点方案（工信部通信函〔2024〕107号附件）",
    date: "2024-04-08",
    dateMeaning: "issued",
    // Not published with the circular's text (RULES.md §7): the page of Circular 107 is not
    // its official text, and the rules citing it rest on official and published summaries.
    textNotSeen: true,
  },
  "PILOT-LAUNCH-2024": {
    id: "PILOT-LAUNCH-2024",
    title:
      "MIIT approval of the implementation plans of the four pilot areas (launch of the pilot)",
    titleZh: "工业和信息化部批复四地增值电信业务扩大对外开放试点实施方案",
    date: "2024-10-23",
    dateMeaning: "approved",
    titleIsDescriptive: true,
  },
  "NL-2024": {
    id: "NL-2024",
    title:
      "Special Administrative Measures (Negative List) for Foreign Investment Access (2024 Edition), NDRC and MOFCOM Order No. 23",
    titleZh:
      "外商投资准入特别管理措施（负面清单）（2024年版）（国家发展和改革委员会、商务部令第23号）",
    date: "2024-11-01",
    dateMeaning: "effective",
  },
  "CAT-2015": {
    id: "CAT-2015",
    title: "Telecommunications Business Classification Catalogue (2015 Edition)",
    titleZh: "电信业务分类目录（2015年版）",
    date: "2016-03-01",
    dateMeaning: "effective",
  },
  "FITE-2022": {
    id: "FITE-2022",
    title:
      "Provisions on the Administration of Foreign-Invested Telecommunications Enterprises, as revised by State Council Decree No. 752",
    titleZh: "外商投资电信企业管理规定（国务院令第752号修订）",
    date: "2022-05-01",
    dateMeaning: "effective",
  },
  "LIC-42": {
    id: "LIC-42",
    title:
      "Measures for the Administration of Telecommunications Business Operating Licences (MIIT Order No. 42)",
    titleZh: "电信业务经营许可管理办法（工业和信息化部令第42号）",
    date: "2017-09-01",
    dateMeaning: "effective",
  },
  "MIIT-2015-196": {
    id: "MIIT-2015-196",
    title:
      "MIIT Notice on Lifting the Restrictions on Foreign Shareholding in Online Data Processing and Transaction Processing (Operating E-commerce) Business (MIIT Tong [2015] No. 196)",
    titleZh:
      "工业和信息化部关于放开在线数据处理与交易处理业务（经营类电子商务）外资股比限制的通告（工信部通〔2015〕196号）",
    date: "2015-06-19",
    dateMeaning: "issued",
  },
  "HAINAN-FTP-NL-2020": {
    id: "HAINAN-FTP-NL-2020",
    title:
      "Special Administrative Measures (Negative List) for Foreign Investment Access to Hainan Free Trade Port (2020 Edition)",
    titleZh: "海南自由贸易港外商投资准入特别管理措施（负面清单）（2020年版）",
    date: "2021-02-01",
    dateMeaning: "effective",
  },
  "FTZ-NL": {
    id: "FTZ-NL",
    title:
      "Special Administrative Measures (Negative List) for Foreign Investment Access to Pilot Free Trade Zones, and the Shanghai FTZ value-added telecoms opening measures extended to all pilot free trade zones",
    titleZh:
      "自由贸易试验区外商投资准入特别管理措施（负面清单）及《中国（上海）自由贸易试验区外商投资经营增值电信业务试点管理办法》",
    date: "2018-07-30",
    dateMeaning: "effective",
    titleIsDescriptive: true,
  },
  "HAINAN-GUIDE-2024": {
    id: "HAINAN-GUIDE-2024",
    title:
      "Hainan Free Trade Port guidelines for online applications under the pilot for expanding the opening-up of value-added telecommunications services",
    titleZh: "海南自由贸易港增值电信业务扩大对外开放试点线上申请指引",
    date: "2024-11-27",
    dateMeaning: "issued",
  },
  "CEPA-222": {
    id: "CEPA-222",
    title:
      "MIIT Notice No. 222 on the provision of telecommunications services in the Mainland by Hong Kong and Macao service suppliers (CEPA)",
    titleZh: "工业和信息化部关于香港、澳门服务提供者在内地提供电信服务的第222号通告（CEPA）",
    date: "2016-06-30",
    dateMeaning: "issued",
    titleIsDescriptive: true,
  },
  "SC-2025-SERVICES": {
    id: "SC-2025-SERVICES",
    title:
      "Work plan for accelerating the comprehensive pilot programme of expanding opening-up of the services sector, approved by the State Council (Shangzihan [2025] No. 84)",
    titleZh: "加快推进服务业扩大开放综合试点工作方案（商资函〔2025〕84号）",
    date: "2025-04-11",
    dateMeaning: "issued",
  },
  // Not in RULES.md §1, which names the foreign investment security review without a source
  // (ADR 0002 §21): the law that sets up the review, and the measures that say what it covers.
  "FIL-2019": {
    id: "FIL-2019",
    title: "Foreign Investment Law of the People’s Republic of China",
    titleZh: "中华人民共和国外商投资法",
    date: "2020-01-01",
    dateMeaning: "effective",
  },
  "FISR-2020": {
    id: "FISR-2020",
    title: "Measures for the Security Review of Foreign Investment, NDRC and MOFCOM Order No. 37",
    titleZh: "外商投资安全审查办法（国家发展和改革委员会、商务部令第37号）",
    date: "2021-01-18",
    dateMeaning: "effective",
  },
} as const satisfies Record<InstrumentId, Instrument>;
