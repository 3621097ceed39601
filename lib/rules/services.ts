/**
 * The CAT-2015 services the assessment distinguishes (RULES.md §3) and the facts about each
 * that the rules turn on: the CAT-2015 name, whether China's WTO commitments opened it, and
 * the nationwide baseline maximum of NL-2024.
 */
import { SERVICE_CODES, type ServiceCode, type Subtype, subtypesOf } from "@/lib/answers/options";

export type Share = 0 | 50 | 100;

export type ServiceInfo = {
  code: ServiceCode;
  nameZh: string;
  /** Inside the services China's WTO commitments opened (NL-2024 confines foreign-invested telecom companies to them). */
  inWtoCommitments: boolean;
  /** The baseline maximum of a service without sub-types; see `baselineMax` for B21 and B25. */
  baseline: Share;
  /** Opened by the pilot (MIIT-2024-107 item 二); for B21 and B25 see `PILOT_SUBTYPES`. */
  inPilot: boolean;
};

export const SERVICE_INFO = {
  B11: {
    code: "B11",
    nameZh: "互联网数据中心业务（含互联网资源协作服务）",
    inWtoCommitments: false,
    baseline: 0,
    inPilot: true,
  },
  B12: {
    code: "B12",
    nameZh: "内容分发网络业务",
    inWtoCommitments: false,
    baseline: 0,
    inPilot: true,
  },
  B13: {
    code: "B13",
    nameZh: "国内互联网虚拟专用网业务",
    inWtoCommitments: false,
    baseline: 0,
    inPilot: false,
  },
  B14: {
    code: "B14",
    nameZh: "互联网接入服务业务",
    inWtoCommitments: false,
    baseline: 0,
    inPilot: true,
  },
  B21: {
    code: "B21",
    nameZh: "在线数据处理与交易处理业务",
    inWtoCommitments: true,
    baseline: 50,
    inPilot: true,
  },
  B22: {
    code: "B22",
    nameZh: "国内多方通信服务业务",
    inWtoCommitments: true,
    baseline: 100,
    inPilot: false,
  },
  B23: {
    code: "B23",
    nameZh: "存储转发类业务",
    inWtoCommitments: true,
    baseline: 100,
    inPilot: false,
  },
  B24: {
    code: "B24",
    nameZh: "呼叫中心业务",
    inWtoCommitments: true,
    baseline: 100,
    inPilot: false,
  },
  B25: { code: "B25", nameZh: "信息服务业务", inWtoCommitments: true, baseline: 50, inPilot: true },
  B26: {
    code: "B26",
    nameZh: "编码和规程转换业务",
    inWtoCommitments: true,
    baseline: 50,
    inPilot: false,
  },
} as const satisfies Record<ServiceCode, ServiceInfo>;

export const SUBTYPE_NAME_ZH = {
  ecommerce: "经营类电子商务",
  "transaction-processing": "交易处理业务",
  edi: "电子数据交换业务",
  "device-data": "网络/电子设备数据处理业务",
  "publishing-delivery": "信息发布平台和递送服务",
  search: "信息搜索查询服务",
  community: "信息社区平台服务",
  "instant-messaging": "信息即时交互服务",
  "protection-processing": "信息保护和处理服务",
} as const satisfies Record<Subtype, string>;

/** Sub-types the pilot opens: all of B21; of B25 only these two (MIIT-2024-107 item 二). */
export const PILOT_SUBTYPES: readonly Subtype[] = [
  "ecommerce",
  "transaction-processing",
  "edi",
  "device-data",
  "publishing-delivery",
  "protection-processing",
];

export { SERVICE_CODES, subtypesOf };
