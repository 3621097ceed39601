import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";

import { toAnswerIssues } from "./issues";
import { AnswersSchema, ERROR_KEYS } from "./schema";

const VALID = {
  investor: { origin: "other", foreignSharePercent: 100 },
  company: { registeredIn: "shenzhen" },
  services: [
    { code: "B12", facilities: [{ location: "shenzhen", tenure: "owned" }] },
    { code: "B25", subtypes: ["publishing-delivery"], content: ["online-music"], facilities: [] },
    { code: "B14", coverage: "pilot-area", ispAccess: "basic-operator", facilities: [] },
  ],
};

function issuesOf(input: unknown) {
  const parsed = AnswersSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : toAnswerIssues(parsed.error);
}

function withService(patch: Record<string, unknown>, index = 0) {
  const services = VALID.services.map((s, i) => (i === index ? { ...s, ...patch } : s));
  return { ...VALID, services };
}

describe("the answers schema", () => {
  it("accepts the contract's answers", () => {
    expect(AnswersSchema.safeParse(VALID).success).toBe(true);
  });

  it.each([
    ["a body that is not an object", [], "", "notObject"],
    ["null", null, "", "notObject"],
    [
      "a missing investor",
      { company: VALID.company, services: VALID.services },
      "investor",
      "required",
    ],
    ["an unknown top-level field", { ...VALID, notes: "x" }, "notes", "unknownField"],
    [
      "an unknown nested field",
      { ...VALID, investor: { ...VALID.investor, name: "ACME" } },
      "investor.name",
      "unknownField",
    ],
    [
      "an unknown origin",
      { ...VALID, investor: { ...VALID.investor, origin: "usa" } },
      "investor.origin",
      "origin",
    ],
    [
      "a share above 100",
      { ...VALID, investor: { ...VALID.investor, foreignSharePercent: 101 } },
      "investor.foreignSharePercent",
      "shareRange",
    ],
    [
      "a negative share",
      { ...VALID, investor: { ...VALID.investor, foreignSharePercent: -0.01 } },
      "investor.foreignSharePercent",
      "shareRange",
    ],
    [
      "a share given as text",
      { ...VALID, investor: { ...VALID.investor, foreignSharePercent: "49" } },
      "investor.foreignSharePercent",
      "shareNotNumber",
    ],
    [
      "a missing share",
      { ...VALID, investor: { origin: "other" } },
      "investor.foreignSharePercent",
      "required",
    ],
    [
      "an unknown registration place",
      { ...VALID, company: { registeredIn: "guangzhou" } },
      "company.registeredIn",
      "location",
    ],
    ["no services", { ...VALID, services: [] }, "services", "servicesMin"],
    ["services that are not a list", { ...VALID, services: {} }, "services", "notArray"],
    ["an unknown service code", withService({ code: "B99" }), "services.0.code", "code"],
    [
      "sub-types on a code that has none",
      withService({ subtypes: ["edi"] }),
      "services.0.subtypes",
      "subtypesNotAllowed",
    ],
    [
      "no sub-types for B25",
      withService({ subtypes: [] }, 1),
      "services.1.subtypes",
      "subtypesRequired",
    ],
    [
      "missing sub-types for B25",
      withService({ subtypes: undefined }, 1),
      "services.1.subtypes",
      "subtypesRequired",
    ],
    [
      "an unknown sub-type",
      withService({ subtypes: ["video"] }, 1),
      "services.1.subtypes.0",
      "subtype",
    ],
    [
      "a B21 sub-type on B25",
      withService({ subtypes: ["edi"] }, 1),
      "services.1.subtypes.0",
      "subtypeWrongCode",
    ],
    [
      "a sub-type twice",
      withService({ subtypes: ["search", "search"] }, 1),
      "services.1.subtypes.1",
      "duplicateSubtype",
    ],
    ["unknown content", withService({ content: ["games"] }, 1), "services.1.content.0", "content"],
    [
      "content twice",
      withService({ content: ["news", "news"] }, 1),
      "services.1.content.1",
      "duplicateContent",
    ],
    [
      "facilities that are not a list",
      withService({ facilities: "beijing" }),
      "services.0.facilities",
      "notArray",
    ],
    [
      "missing facilities",
      withService({ facilities: undefined }),
      "services.0.facilities",
      "required",
    ],
    [
      "51 facilities",
      withService({ facilities: Array(51).fill({ location: "beijing", tenure: "owned" }) }),
      "services.0.facilities",
      "facilitiesMax",
    ],
    [
      "an unknown facility location",
      withService({ facilities: [{ location: "moon", tenure: "owned" }] }),
      "services.0.facilities.0.location",
      "facilityLocation",
    ],
    [
      "an unknown tenure",
      withService({ facilities: [{ location: "beijing", tenure: "rented" }] }),
      "services.0.facilities.0.tenure",
      "tenure",
    ],
    ["an unknown coverage", withService({ coverage: "global" }), "services.0.coverage", "coverage"],
    [
      "ISP without coverage",
      withService({ coverage: undefined }, 2),
      "services.2.coverage",
      "coverageRequired",
    ],
    [
      "ISP without an access method",
      withService({ ispAccess: undefined }, 2),
      "services.2.ispAccess",
      "ispAccessRequired",
    ],
    [
      "an access method on another service",
      withService({ ispAccess: "basic-operator" }),
      "services.0.ispAccess",
      "ispAccessNotAllowed",
    ],
    [
      "an unknown access method",
      withService({ ispAccess: "satellite" }, 2),
      "services.2.ispAccess",
      "ispAccess",
    ],
    [
      "a service code twice",
      { ...VALID, services: [VALID.services[0], VALID.services[0]] },
      "services.1.code",
      "duplicateCode",
    ],
    [
      "more than 10 services",
      {
        ...VALID,
        services: Array.from({ length: 11 }, (_, i) => ({ code: `B${i}`, facilities: [] })),
      },
      "services",
      "servicesMax",
    ],
  ])("names the bad field for %s", (_, input, path, key) => {
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path, key }));
  });

  it("reports every bad field at once, with dotted paths", () => {
    const issues = issuesOf({
      investor: { origin: "x", foreignSharePercent: 500 },
      company: { registeredIn: "y" },
      services: [{ code: "B12", facilities: [{ location: "z", tenure: "owned" }] }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      "investor.origin",
      "investor.foreignSharePercent",
      "company.registeredIn",
      "services.0.facilities.0.location",
    ]);
  });

  it.each([
    [
      "a service twice, one of them with a wrong facility",
      [
        { code: "B22", facilities: [] },
        { code: "B22", facilities: [{ location: "beijing", tenure: "rented" }] },
      ],
      [
        ["services.1.facilities.0.tenure", "tenure"],
        ["services.1.code", "duplicateCode"],
      ],
    ],
    [
      "sub-types and access on B22, beside a wrong location",
      [
        {
          code: "B22",
          subtypes: ["edi"],
          ispAccess: "own-network",
          facilities: [{ location: "mars", tenure: "owned" }],
        },
      ],
      [
        ["services.0.facilities.0.location", "facilityLocation"],
        ["services.0.subtypes", "subtypesNotAllowed"],
        ["services.0.ispAccess", "ispAccessNotAllowed"],
      ],
    ],
    [
      "B21 without sub-types, beside a wrong tenure",
      [{ code: "B21", facilities: [{ location: "beijing", tenure: "x" }] }],
      [
        ["services.0.facilities.0.tenure", "tenure"],
        ["services.0.subtypes", "subtypesRequired"],
      ],
    ],
    [
      "B14 without coverage or access, beside an unknown field",
      [{ code: "B14", facilities: [], notes: "x" }],
      [
        ["services.0.notes", "unknownField"],
        ["services.0.coverage", "coverageRequired"],
        ["services.0.ispAccess", "ispAccessRequired"],
      ],
    ],
    [
      "a repeated sub-type beside a wrong one",
      [{ code: "B21", subtypes: ["edi", "nope", "edi"], facilities: [] }],
      [
        ["services.0.subtypes.1", "subtype"],
        ["services.0.subtypes.2", "duplicateSubtype"],
      ],
    ],
  ])("names the fields across a service even beside another error: %s", (_, services, named) => {
    const issues = issuesOf({ ...VALID, services }).map((i) => [i.path, i.key]);
    expect(issues).toEqual(named);
  });

  it("names a field that should not be there for that alone, not for its form too", () => {
    const issues = issuesOf({
      ...VALID,
      services: [{ code: "B22", subtypes: "edi", ispAccess: 7, facilities: [] }],
    });
    expect(issues.map((i) => [i.path, i.key])).toEqual([
      ["services.0.subtypes", "subtypesNotAllowed"],
      ["services.0.ispAccess", "ispAccessNotAllowed"],
    ]);
  });

  it("says nothing across fields of a service it cannot read", () => {
    const issues = issuesOf({ ...VALID, services: ["B12", { code: "B99", subtypes: ["edi"] }] });
    expect(issues.map((i) => [i.path, i.key])).toEqual([
      ["services.0", "notObject"],
      ["services.1.code", "code"],
      ["services.1.facilities", "required"],
    ]);
  });

  it("has a message in the catalogue for every error it can give", () => {
    const errors: Record<string, string> = en.errors;
    for (const key of ERROR_KEYS) expect(errors[key], key).toBeTruthy();
  });

  it("accepts 0, 100 and decimals, and optional fields left out", () => {
    for (const share of [0, 100, 49.99, 50.01]) {
      expect(
        AnswersSchema.safeParse({
          ...VALID,
          investor: { origin: "hong-kong", foreignSharePercent: share },
        }).success,
      ).toBe(true);
    }
    expect(
      AnswersSchema.safeParse({ ...VALID, services: [{ code: "B22", facilities: [] }] }).success,
    ).toBe(true);
  });
});
