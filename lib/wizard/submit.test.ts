import { describe, expect, it } from "vitest";

import { decodeLink, encodeDraft } from "@/lib/answers/codec";
import type { AnswersDraft, ServiceDraft } from "@/lib/answers/draft";
import type { StepId } from "@/lib/flow";

import { stepPage, type StepView } from "./step-view";
import { type Submission, submitStep } from "./submit";

type Field = [name: string, value: string];

/**
 * The query a browser sends when the step's form is submitted with GET: the hidden fields
 * carrying the answers so far (and `return=check`), the `submitted` marker, then the fields.
 */
function formQuery(
  draft: AnswersDraft,
  fields: Field[],
  options: { returnToCheck?: boolean } = {},
): URLSearchParams {
  const query = encodeDraft(draft);
  if (options.returnToCheck) query.append("return", "check");
  query.append("submitted", "1");
  for (const [name, value] of fields) query.append(name, value);
  return query;
}

function submit(
  step: StepId,
  draft: AnswersDraft,
  fields: Field[],
  options: { returnToCheck?: boolean } = {},
): Submission {
  return submitStep("en", step, formQuery(draft, fields, options));
}

/** Where a valid answer leads; fails the test if the answer was not accepted. */
function redirectOf(submission: Submission): string {
  expect(submission).toMatchObject({ kind: "redirect" });
  return submission.kind === "redirect" ? submission.location : "";
}

function pathOf(location: string): string {
  return location.split("?")[0] ?? "";
}

/** The answers a location carries. */
function draftAt(location: string): AnswersDraft {
  const decoded = decodeLink(new URL(location, "http://x").searchParams);
  expect(decoded.ok).toBe(true);
  return decoded.ok ? decoded.draft : {};
}

function errorsOf(submission: Submission) {
  expect(submission.kind).toBe("invalid");
  return submission.kind === "invalid" ? submission.errors : [];
}

function plan(share: number, services: ServiceDraft[]): AnswersDraft {
  return {
    investor: { origin: "other", foreignSharePercent: share },
    company: { registeredIn: "hainan" },
    services,
  };
}

const INVESTOR: AnswersDraft = { investor: { origin: "hong-kong", foreignSharePercent: 100 } };
const COMPANY: AnswersDraft = { ...INVESTOR, company: { registeredIn: "hainan" } };

describe("submitStep: a valid answer goes on to the next step with the answer in its address", () => {
  const cases: Array<{
    name: string;
    step: StepId;
    draft: AnswersDraft;
    fields: Field[];
    location: string;
  }> = [
    {
      name: "Hong Kong as the origin leads to the share question",
      step: "origin",
      draft: {},
      fields: [["origin", "hong-kong"]],
      location: "/en/plan/share?v=1&o=h",
    },
    {
      name: "a share of 49.5 leads to the registration question",
      step: "share",
      draft: { investor: { origin: "hong-kong" } },
      fields: [["share", "49.5"]],
      location: "/en/plan/registration?v=1&o=h&p=49.5",
    },
    {
      name: "a share of 37.123 is kept exactly",
      step: "share",
      draft: { investor: { origin: "hong-kong" } },
      fields: [["share", "37.123"]],
      location: "/en/plan/registration?v=1&o=h&p=37.123",
    },
    {
      name: "Hainan as the registration leads to the services question",
      step: "registration",
      draft: INVESTOR,
      fields: [["registeredIn", "hainan"]],
      location: "/en/plan/services?v=1&o=h&p=100&r=h",
    },
    {
      name: "B22 alone as the services leads to Check your answers",
      step: "services",
      draft: COMPANY,
      fields: [["services", "B22"]],
      location: "/en/plan/check?v=1&o=h&p=100&r=h&s=22",
    },
    {
      name: "services ticked out of order are kept in the catalogue's order",
      step: "services",
      draft: COMPANY,
      fields: [
        ["services", "B25"],
        ["services", "B12"],
      ],
      location: "/en/plan/subtypes-B25?v=1&o=h&p=100&r=h&s=12.25",
    },
    {
      name: "B21's EDI at 100% leads to B21's facilities",
      step: "subtypes-B21",
      draft: plan(100, [{ code: "B21" }]),
      fields: [["subtypes", "edi"]],
      location: "/en/plan/facilities-B21?v=1&o=o&p=100&r=h&s=21&t21=d",
    },
    {
      name: "B21's e-commerce alone at 100% is done (no facilities asked)",
      step: "subtypes-B21",
      draft: plan(100, [{ code: "B21" }]),
      fields: [["subtypes", "ecommerce"]],
      location: "/en/plan/check?v=1&o=o&p=100&r=h&s=21&t21=e",
    },
    {
      name: "B25's publishing and search lead to the content question",
      step: "subtypes-B25",
      draft: plan(100, [{ code: "B25" }]),
      fields: [
        ["subtypes", "publishing-delivery"],
        ["subtypes", "search"],
      ],
      location: "/en/plan/content-B25?v=1&o=o&p=100&r=h&s=25&t25=ps",
    },
    {
      name: "“None of these” content is an explicitly empty list",
      step: "content-B25",
      draft: plan(100, [{ code: "B25", subtypes: ["publishing-delivery"] }]),
      fields: [["content", "none"]],
      location: "/en/plan/facilities-B25?v=1&o=o&p=100&r=h&s=25&t25=p&c25=-",
    },
    {
      name: "online music and news are recorded as content",
      step: "content-B25",
      draft: plan(100, [{ code: "B25", subtypes: ["publishing-delivery"] }]),
      fields: [
        ["content", "news"],
        ["content", "online-music"],
      ],
      location: "/en/plan/facilities-B25?v=1&o=o&p=100&r=h&s=25&t25=p&c25=nm",
    },
    {
      name: "a node owned in Hainan and one leased elsewhere are both recorded",
      step: "facilities-B12",
      draft: plan(100, [{ code: "B12" }]),
      fields: [
        ["facilities.0.location", "hainan"],
        ["facilities.0.tenure", "owned"],
        ["facilities.1.location", "mainland-other"],
        ["facilities.1.tenure", "leased"],
      ],
      location: "/en/plan/check?v=1&o=o&p=100&r=h&s=12&f12=homl",
    },
    {
      name: "no facilities at all is an answer: an explicitly empty list",
      step: "facilities-B12",
      draft: plan(100, [{ code: "B12" }]),
      fields: [],
      location: "/en/plan/check?v=1&o=o&p=100&r=h&s=12&f12=-",
    },
    {
      name: "an ISP's coverage leads to its access question",
      step: "coverage-B14",
      draft: plan(0, [{ code: "B14" }]),
      fields: [["coverage", "pilot-area"]],
      location: "/en/plan/access-B14?v=1&o=o&p=0&r=h&s=14&g14=a",
    },
    {
      name: "an ISP's access method ends at Check your answers",
      step: "access-B14",
      draft: plan(0, [{ code: "B14", coverage: "nationwide" }]),
      fields: [["ispAccess", "basic-operator"]],
      location: "/en/plan/check?v=1&o=o&p=0&r=h&s=14&g14=n&i14=b",
    },
  ];

  it.each(cases)("$name", ({ step, draft, fields, location }) => {
    expect(submit(step, draft, fields)).toEqual({ kind: "redirect", location });
  });
});

describe("submitStep: the share as people type it", () => {
  it.each([
    ["-0", 0],
    ["49", 49],
    ["49.5", 49.5],
    ["49,5", 49.5],
    // A comma before three digits is asked again (below), but not after a leading 0.
    ["0,125", 0.125],
    ["49,50", 49.5],
    ["49 %", 49],
    [" 100 ", 100],
    ["0", 0],
    ["４９．５％", 49.5],
    ["１００", 100],
    ["049.50", 49.5],
    [".5", 0.5],
    ["50.000", 50],
  ])("%j is read as %d", (text, share) => {
    const location = redirectOf(
      submit("share", { investor: { origin: "other" } }, [["share", text]]),
    );
    expect(pathOf(location)).toBe("/en/plan/registration");
    expect(draftAt(location).investor?.foreignSharePercent).toBe(share);
  });
});

describe("submitStep: a share whose comma could be a thousands separator", () => {
  it.each(["1,000", "49,999", "100,000", "１，０００", " 50,000 %"])(
    "%j is asked again with a decimal point, not read as a decimal",
    (text) => {
      expect(submit("share", { investor: { origin: "other" } }, [["share", text]])).toMatchObject({
        kind: "invalid",
        errors: [{ field: "share", key: "shareComma" }],
      });
    },
  );
});

describe("submitStep: a share, once accepted, is shown and accepted again unchanged", () => {
  it.each(["0", "100", "49.5", "37.123", "49.99", "0.5", "0.0000001", "0.000001"])(
    "%s",
    (typed) => {
      const first = redirectOf(
        submit("share", { investor: { origin: "other" } }, [["share", typed]]),
      );
      const draft = draftAt(first);
      // Back to the share question (browser Back or a Change link): the form shows the answer…
      const page = stepPage("en", "share", encodeDraft(draft));
      expect(page.kind).toBe("step");
      const shown = page.kind === "step" ? String(page.values.share) : "";
      expect(Number(shown)).toBe(Number(typed));
      // …and Continue without touching it keeps the same answer.
      const again = submit("share", draft, [["share", shown]]);
      expect(again).toMatchObject({ kind: "redirect" });
      expect(draftAt(redirectOf(again)).investor?.foreignSharePercent).toBe(Number(typed));
    },
  );
});

describe("submitStep: a wrong answer is returned with its field and error", () => {
  const cases: Array<{
    name: string;
    step: StepId;
    draft: AnswersDraft;
    fields: Field[];
    errors: Array<{ field: string; key: string }>;
  }> = [
    {
      name: "no origin chosen is required",
      step: "origin",
      draft: {},
      fields: [],
      errors: [{ field: "origin", key: "required" }],
    },
    {
      name: "an empty origin (an unchosen radio) is required",
      step: "origin",
      draft: {},
      fields: [["origin", ""]],
      errors: [{ field: "origin", key: "required" }],
    },
    {
      name: "an origin not in the list is refused",
      step: "origin",
      draft: {},
      fields: [["origin", "usa"]],
      errors: [{ field: "origin", key: "origin" }],
    },
    {
      name: "a share of abc is not a number",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "abc"]],
      errors: [{ field: "share", key: "shareNotNumber" }],
    },
    {
      name: "an empty share is required",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", ""]],
      errors: [{ field: "share", key: "required" }],
    },
    {
      name: "a share of spaces only is required",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "   "]],
      errors: [{ field: "share", key: "required" }],
    },
    {
      name: "a missing share field is required",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [],
      errors: [{ field: "share", key: "required" }],
    },
    {
      name: "a share of 150 is out of range",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "150"]],
      errors: [{ field: "share", key: "shareRange" }],
    },
    {
      name: "a share of 100.01 is out of range",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "100.01"]],
      errors: [{ field: "share", key: "shareRange" }],
    },
    {
      name: "a share just above 50% with more digits than a number holds is not read as 50",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "50.000000000000000001"]],
      errors: [{ field: "share", key: "sharePrecision" }],
    },
    {
      name: "nor one just below it",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "49.999999999999999999"]],
      errors: [{ field: "share", key: "sharePrecision" }],
    },
    {
      name: "a negative share is out of range",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "-5"]],
      errors: [{ field: "share", key: "shareRange" }],
    },
    {
      name: "a share of -1 typed with a full-width minus is out of range",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "－１"]],
      errors: [{ field: "share", key: "shareRange" }],
    },
    {
      name: "a share of 5,000 digits is out of range",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "9".repeat(5000)]],
      errors: [{ field: "share", key: "shareRange" }],
    },
    {
      name: "a lone minus sign is not a number",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "-"]],
      errors: [{ field: "share", key: "shareNotNumber" }],
    },
    {
      name: "a share in hexadecimal is not a number",
      step: "share",
      draft: { investor: { origin: "other" } },
      fields: [["share", "0x20"]],
      errors: [{ field: "share", key: "shareNotNumber" }],
    },
    {
      name: "no registration chosen is required",
      step: "registration",
      draft: INVESTOR,
      fields: [["registeredIn", ""]],
      errors: [{ field: "registeredIn", key: "required" }],
    },
    {
      name: "a registration place not in the list is refused",
      step: "registration",
      draft: INVESTOR,
      fields: [["registeredIn", "tokyo"]],
      errors: [{ field: "registeredIn", key: "location" }],
    },
    {
      name: "no service ticked is required",
      step: "services",
      draft: COMPANY,
      fields: [],
      errors: [{ field: "services", key: "required" }],
    },
    {
      name: "a service code not in the catalogue is refused",
      step: "services",
      draft: COMPANY,
      fields: [["services", "B99"]],
      errors: [{ field: "services.0", key: "code" }],
    },
    {
      name: "no kind of B21 ticked is required",
      step: "subtypes-B21",
      draft: plan(100, [{ code: "B21" }]),
      fields: [],
      errors: [{ field: "subtypes", key: "required" }],
    },
    {
      name: "a kind of B25 sent for B21 is refused",
      step: "subtypes-B21",
      draft: plan(100, [{ code: "B21" }]),
      fields: [["subtypes", "search"]],
      errors: [{ field: "subtypes.0", key: "subtypeWrongCode" }],
    },
    {
      name: "no content ticked (not even “None of these”) is required",
      step: "content-B25",
      draft: plan(100, [{ code: "B25", subtypes: ["search"] }]),
      fields: [],
      errors: [{ field: "content", key: "required" }],
    },
    {
      name: "“None of these” with a kind of content contradicts itself",
      step: "content-B25",
      draft: plan(100, [{ code: "B25", subtypes: ["search"] }]),
      fields: [
        ["content", "news"],
        ["content", "none"],
      ],
      errors: [{ field: "content", key: "contentNoneAndSome" }],
    },
    {
      name: "a facility with a place but no tenure asks for the tenure",
      step: "facilities-B12",
      draft: plan(100, [{ code: "B12" }]),
      fields: [
        ["facilities.0.location", "hainan"],
        ["facilities.0.tenure", ""],
      ],
      errors: [{ field: "facilities.0.tenure", key: "tenure" }],
    },
    {
      name: "a facility with a tenure but no place asks for the place",
      step: "facilities-B12",
      draft: plan(100, [{ code: "B12" }]),
      fields: [
        ["facilities.0.location", ""],
        ["facilities.0.tenure", "leased"],
      ],
      errors: [{ field: "facilities.0.location", key: "facilityLocation" }],
    },
    {
      name: "no coverage chosen is required",
      step: "coverage-B14",
      draft: plan(0, [{ code: "B14" }]),
      fields: [["coverage", ""]],
      errors: [{ field: "coverage", key: "required" }],
    },
    {
      name: "no access method chosen is required",
      step: "access-B14",
      draft: plan(0, [{ code: "B14", coverage: "pilot-area" }]),
      fields: [],
      errors: [{ field: "ispAccess", key: "required" }],
    },
  ];

  it.each(cases)("$name", ({ step, draft, fields, errors }) => {
    expect(errorsOf(submit(step, draft, fields))).toEqual(errors);
  });

  it("keeps what was typed and the answers so far, so the page can show them again", () => {
    const draft: AnswersDraft = { investor: { origin: "taiwan" } };
    expect(submit("share", draft, [["share", "150"]])).toMatchObject({
      kind: "invalid",
      values: { share: "150" },
      draft,
    });
  });
});

describe("submitStep: changing an answer from Check your answers", () => {
  const complete = plan(100, [
    { code: "B12", facilities: [{ location: "hainan", tenure: "owned" }] },
  ]);

  it("goes back to Check your answers when nothing new applies", () => {
    const location = redirectOf(
      submit("registration", complete, [["registeredIn", "beijing"]], { returnToCheck: true }),
    );
    expect(location).toBe("/en/plan/check?v=1&o=o&p=100&r=b&s=12&f12=ho");
  });

  it("goes back to Check your answers from the first question too", () => {
    const location = redirectOf(
      submit("origin", complete, [["origin", "macao"]], { returnToCheck: true }),
    );
    expect(pathOf(location)).toBe("/en/plan/check");
    expect(draftAt(location).investor?.origin).toBe("macao");
  });

  it("goes to the new question, keeping return=check, when adding B14 makes ISP questions apply", () => {
    const location = redirectOf(
      submit(
        "services",
        complete,
        [
          ["services", "B12"],
          ["services", "B14"],
        ],
        { returnToCheck: true },
      ),
    );
    expect(location).toBe("/en/plan/facilities-B14?v=1&o=o&p=100&r=h&s=12.14&f12=ho&return=check");
  });

  it("goes to the new question, keeping return=check, when a higher share makes facilities apply", () => {
    const atZero = plan(0, [{ code: "B12" }]);
    const location = redirectOf(
      submit("share", atZero, [["share", "100"]], { returnToCheck: true }),
    );
    expect(location).toBe("/en/plan/facilities-B12?v=1&o=o&p=100&r=h&s=12&return=check");
  });

  it("without return=check, a changed answer goes on to the next question as usual", () => {
    const location = redirectOf(submit("registration", complete, [["registeredIn", "beijing"]]));
    expect(pathOf(location)).toBe("/en/plan/services");
    expect(location).not.toContain("return=check");
  });

  it("return=check does not survive a damaged value of return", () => {
    const query = formQuery(complete, [["registeredIn", "beijing"]]);
    query.set("return", "https://evil.example");
    const location = redirectOf(submitStep("en", "registration", query));
    expect(pathOf(location)).toBe("/en/plan/services");
  });
});

describe("submitStep: changing the services", () => {
  const before = plan(100, [
    { code: "B12", facilities: [{ location: "hainan", tenure: "owned" }] },
    { code: "B25", subtypes: ["publishing-delivery"], content: ["online-music"], facilities: [] },
  ]);

  it("keeps what was said about services that stay and drops the others", () => {
    const location = redirectOf(
      submit("services", before, [
        ["services", "B14"],
        ["services", "B12"],
      ]),
    );
    expect(draftAt(location).services).toEqual([
      { code: "B12", facilities: [{ location: "hainan", tenure: "owned" }] },
      { code: "B14" },
    ]);
    expect(location).not.toMatch(/[?&](t25|c25|f25)=/);
  });

  it("keeps the sub-types and content of B25 when B12 is dropped", () => {
    const location = redirectOf(submit("services", before, [["services", "B25"]]));
    expect(draftAt(location).services).toEqual([
      { code: "B25", subtypes: ["publishing-delivery"], content: ["online-music"], facilities: [] },
    ]);
    expect(pathOf(location)).toBe("/en/plan/subtypes-B25");
  });
});

describe("submitStep: a checkbox value sent twice counts once", () => {
  // A hand-edited or replayed no-JS form can repeat a box's value; the answer is the same.
  const b25 = plan(25, [{ code: "B25" }]);
  const b21 = plan(25, [{ code: "B21" }]);

  it.each<{ name: string; step: StepId; draft: AnswersDraft; fields: Field[]; next: string }>([
    {
      name: "content",
      step: "content-B25",
      draft: plan(100, [{ code: "B25", subtypes: ["publishing-delivery"] }]),
      fields: [
        ["content", "news"],
        ["content", "news"],
      ],
      next: "c25=n",
    },
    {
      name: "B25 sub-types",
      step: "subtypes-B25",
      draft: b25,
      fields: [
        ["subtypes", "search"],
        ["subtypes", "search"],
      ],
      next: "t25=s",
    },
    {
      name: "B21 sub-types, order kept",
      step: "subtypes-B21",
      draft: b21,
      fields: [
        ["subtypes", "edi"],
        ["subtypes", "ecommerce"],
        ["subtypes", "edi"],
      ],
      next: "t21=de",
    },
    {
      name: "services",
      step: "services",
      draft: COMPANY,
      fields: [
        ["services", "B12"],
        ["services", "B12"],
      ],
      next: "s=12",
    },
  ])("$name", ({ step, draft, fields, next }) => {
    const location = redirectOf(submit(step, draft, fields));
    expect(location).toContain(next);
    expect(decodeLink(new URL(location, "http://x").searchParams).ok).toBe(true);
  });
});

describe("submitStep: a field sent twice keeps its first value, as the share link does", () => {
  it("the total foreign share", () => {
    const location = redirectOf(
      submit("share", { investor: { origin: "other" } }, [
        ["share", "30"],
        ["share", "80"],
      ]),
    );
    expect(draftAt(location).investor?.foreignSharePercent).toBe(30);
  });

  it("a facility's location and tenure", () => {
    const location = redirectOf(
      submit("facilities-B12", plan(100, [{ code: "B12" }]), [
        ["facilities.0.location", "beijing"],
        ["facilities.0.tenure", "owned"],
        ["facilities.0.location", "mainland-other"],
        ["facilities.0.tenure", "leased"],
      ]),
    );
    expect(draftAt(location).services?.[0]?.facilities).toEqual([
      { location: "beijing", tenure: "owned" },
    ]);
  });
});

describe("submitStep: the facilities editor without JavaScript", () => {
  const draft = plan(100, [{ code: "B12" }]);
  const rows: Field[] = [
    ["facilities.0.location", "hainan"],
    ["facilities.0.tenure", "owned"],
    ["facilities.1.location", "mainland-other"],
    ["facilities.1.tenure", "leased"],
    ["facilities.2.location", "beijing"],
    ["facilities.2.tenure", "other"],
  ];

  /** The rows a redirect carries for the page to show, as [location, tenure] pairs. */
  function rowsAt(location: string): Array<[string, string]> {
    const query = new URL(location, "http://x").searchParams;
    expect(query.get("entered")).toBe("1");
    const rows: Array<[string, string]> = [];
    for (let i = 0; query.has(`facilities.${i}.location`); i++)
      rows.push([
        query.get(`facilities.${i}.location`) ?? "",
        query.get(`facilities.${i}.tenure`) ?? "",
      ]);
    return rows;
  }

  it("“Add a facility” comes back to the same step with the rows so far and one more to fill", () => {
    const location = redirectOf(submit("facilities-B12", draft, [...rows, ["action", "add"]]));
    expect(pathOf(location)).toBe("/en/plan/facilities-B12");
    expect(draftAt(location)).toEqual(draft);
    expect(rowsAt(location)).toEqual([
      ["hainan", "owned"],
      ["mainland-other", "leased"],
      ["beijing", "other"],
      ["", ""],
    ]);
  });

  it("“Add a facility” on an empty list comes back with one row to fill", () => {
    const location = redirectOf(submit("facilities-B12", draft, [["action", "add"]]));
    expect(rowsAt(location)).toEqual([["", ""]]);
  });

  it("“Add a facility” adds a row each time, even while an empty row is waiting (as with JavaScript)", () => {
    const once = redirectOf(submit("facilities-B12", draft, [["action", "add"]]));
    const twice = redirectOf(
      submit("facilities-B12", draft, [
        ["facilities.0.location", ""],
        ["facilities.0.tenure", ""],
        ["action", "add"],
      ]),
    );
    expect(rowsAt(once)).toHaveLength(1);
    expect(rowsAt(twice)).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("“Add a facility” keeps a half-filled row as it is, without complaint", () => {
    const location = redirectOf(
      submit("facilities-B12", draft, [
        ["facilities.0.location", "beijing"],
        ["facilities.0.tenure", ""],
        ["action", "add"],
      ]),
    );
    expect(rowsAt(location)).toEqual([
      ["beijing", ""],
      ["", ""],
    ]);
  });

  it("“Add a facility” adds no row beyond the 50th", () => {
    const fifty: Field[] = Array.from({ length: 50 }, (_, i): Field[] => [
      [`facilities.${i}.location`, "hainan"],
      [`facilities.${i}.tenure`, "owned"],
    ]).flat();
    const location = redirectOf(submit("facilities-B12", draft, [...fifty, ["action", "add"]]));
    expect(rowsAt(location)).toHaveLength(50);
  });

  it("an index the form never sent makes no empty rows", () => {
    expect(
      errorsOf(submit("facilities-B12", draft, [["facilities.49.location", "hainan"]])),
    ).toEqual([{ field: "facilities.0.tenure", key: "tenure" }]);
  });

  it("“Add a facility” from Check your answers keeps return=check", () => {
    const location = redirectOf(
      submit("facilities-B12", draft, [...rows, ["action", "add"]], { returnToCheck: true }),
    );
    expect(new URL(location, "http://x").searchParams.get("return")).toBe("check");
    expect(rowsAt(location)).toHaveLength(4);
  });

  it("“Remove” on row 2 removes that row and keeps the others in order", () => {
    const location = redirectOf(submit("facilities-B12", draft, [...rows, ["action", "remove-1"]]));
    expect(pathOf(location)).toBe("/en/plan/facilities-B12");
    expect(rowsAt(location)).toEqual([
      ["hainan", "owned"],
      ["beijing", "other"],
    ]);
  });

  it("comes back scrolled to where the user acted: the new row, the row in the removed one's place, or “Add”", () => {
    const fragment = (extra: Field[], fields: Field[] = rows) =>
      new URL(redirectOf(submit("facilities-B12", draft, [...fields, ...extra])), "http://x").hash;
    expect(fragment([["action", "add"]])).toBe("#facility-3");
    expect(fragment([["action", "remove-1"]])).toBe("#facility-1");
    expect(fragment([["action", "remove-2"]])).toBe("#facility-1");
    expect(
      fragment(
        [["action", "remove-0"]],
        [
          ["facilities.0.location", "hainan"],
          ["facilities.0.tenure", "owned"],
        ],
      ),
    ).toBe("#facilities-add");
  });

  it("“Remove” on a half-filled row removes it without complaint", () => {
    const location = redirectOf(
      submit("facilities-B12", draft, [
        ["facilities.0.location", "hainan"],
        ["facilities.0.tenure", "owned"],
        ["facilities.1.location", "beijing"],
        ["facilities.1.tenure", ""],
        ["action", "remove-1"],
      ]),
    );
    expect(rowsAt(location)).toEqual([["hainan", "owned"]]);
  });

  it("“Continue” with an empty row asks for its place and tenure (as with JavaScript), rather than dropping it", () => {
    expect(
      errorsOf(
        submit("facilities-B12", draft, [
          ["facilities.0.location", "hainan"],
          ["facilities.0.tenure", "leased"],
          ["facilities.1.location", ""],
          ["facilities.1.tenure", ""],
        ]),
      ),
    ).toEqual([
      { field: "facilities.1.location", key: "facilityLocation" },
      { field: "facilities.1.tenure", key: "tenure" },
    ]);
  });
});

describe("submitStep: a step that cannot be answered", () => {
  it("a damaged value in the answers gives damaged, naming the parameter", () => {
    const query = new URLSearchParams("v=1&o=zz&submitted=1&share=49");
    expect(submitStep("en", "share", query)).toEqual({
      kind: "damaged",
      problem: { kind: "invalid-value", param: "o" },
    });
  });

  it("an unknown format version gives damaged", () => {
    const query = new URLSearchParams("v=9&o=o&submitted=1&share=49");
    expect(submitStep("en", "share", query)).toEqual({
      kind: "damaged",
      problem: { kind: "unsupported-version", version: "9" },
    });
  });

  it("answers without a version give damaged", () => {
    const query = new URLSearchParams("o=o&submitted=1&share=49");
    expect(submitStep("en", "share", query)).toMatchObject({ kind: "damaged" });
  });

  it("a question the plan is not asked is not a step", () => {
    expect(submit("facilities-B22", plan(100, [{ code: "B22" }]), [])).toEqual({
      kind: "not-a-step",
    });
  });
});

describe("stepPage", () => {
  function view(step: StepId, query: URLSearchParams): StepView {
    const page = stepPage("en", step, query);
    expect(page.kind).toBe("step");
    return page as StepView;
  }

  it("a step opened ahead of its turn sends the user to the first unanswered step", () => {
    expect(stepPage("en", "services", encodeDraft({ investor: { origin: "other" } }))).toEqual({
      kind: "elsewhere",
      location: "/en/plan/share?v=1&o=o",
    });
  });

  it("a step opened ahead of its turn from Check your answers keeps return=check", () => {
    const query = encodeDraft({ investor: { origin: "other" } });
    query.set("return", "check");
    expect(stepPage("en", "services", query)).toEqual({
      kind: "elsewhere",
      location: "/en/plan/share?v=1&o=o&return=check",
    });
  });

  it("a step that does not apply to the plan sends the user on (to the check page once all is answered)", () => {
    expect(stepPage("en", "facilities-B22", encodeDraft(plan(100, [{ code: "B22" }])))).toEqual({
      kind: "elsewhere",
      location: "/en/plan/check?v=1&o=o&p=100&r=h&s=22",
    });
  });

  it("a damaged address gives damaged", () => {
    expect(stepPage("en", "origin", new URLSearchParams("v=1&p=abc"))).toEqual({
      kind: "damaged",
      problem: { kind: "invalid-value", param: "p" },
    });
  });

  it("a plain visit shows the answer already given", () => {
    expect(view("share", encodeDraft(INVESTOR)).values).toEqual({ share: "100" });
    expect(view("origin", encodeDraft(INVESTOR)).values).toEqual({ origin: "hong-kong" });
  });

  it("a visit to an unanswered step shows empty fields", () => {
    expect(view("share", encodeDraft({ investor: { origin: "other" } })).values).toEqual({
      share: "",
    });
    expect(view("facilities-B12", encodeDraft(plan(100, [{ code: "B12" }]))).values).toEqual({
      facilities: [],
    });
  });

  it("content answered as none shows “None of these” ticked", () => {
    const draft = plan(100, [{ code: "B25", subtypes: ["search"], content: [] }]);
    expect(view("content-B25", encodeDraft(draft)).values).toEqual({ content: ["none"] });
  });

  it("entered=1 (browser Back to a page the user left) shows what was entered, not the answer", () => {
    const query = encodeDraft(INVESTOR);
    query.append("share", "42");
    query.append("entered", "1");
    const page = view("share", query);
    expect(page.values).toEqual({ share: "42" });
    expect(page.errors).toEqual([]);
  });

  it("entered=refused (a refused answer carried by a switch) shows it again with its errors", () => {
    const query = encodeDraft(INVESTOR);
    query.append("share", "abc");
    query.append("entered", "refused");
    const page = view("share", query);
    expect(page.values).toEqual({ share: "abc" });
    expect(page.errors).toEqual([{ field: "share", key: "shareNotNumber" }]);
    // Shown, not submitted: the answers are as they were.
    expect(page.draft).toEqual(INVESTOR);
  });

  it("entered=refused with an answer that has since been put right shows no error", () => {
    const query = encodeDraft(INVESTOR);
    query.append("share", "42");
    query.append("entered", "refused");
    const page = view("share", query);
    expect(page.values).toEqual({ share: "42" });
    expect(page.errors).toEqual([]);
  });

  it("entered=1 on the services checklist shows the boxes that were ticked", () => {
    const query = encodeDraft(COMPANY);
    query.append("services", "B12");
    query.append("services", "B14");
    query.append("entered", "1");
    expect(view("services", query).values).toEqual({ services: ["B12", "B14"] });
  });

  it("entered=1 on the facilities editor shows every row as entered, empty ones too", () => {
    const query = encodeDraft(plan(100, [{ code: "B12", facilities: [] }]));
    query.append("facilities.0.location", "hainan");
    query.append("facilities.0.tenure", "");
    query.append("facilities.1.location", "");
    query.append("facilities.1.tenure", "");
    query.append("entered", "1");
    expect(view("facilities-B12", query).values).toEqual({
      facilities: [
        { location: "hainan", tenure: "" },
        { location: "", tenure: "" },
      ],
    });
  });

  it("a wrong submission shows its errors and what was typed, on the same step", () => {
    const query = formQuery({ investor: { origin: "other" } }, [["share", "abc"]]);
    const page = view("share", query);
    expect(page.errors).toEqual([{ field: "share", key: "shareNotNumber" }]);
    expect(page.values).toEqual({ share: "abc" });
  });

  it("a valid submission sends the user on", () => {
    expect(
      stepPage("en", "share", formQuery({ investor: { origin: "other" } }, [["share", "7"]])),
    ).toEqual({
      kind: "elsewhere",
      location: "/en/plan/registration?v=1&o=o&p=7",
    });
  });

  it("the form carries the answers so far as hidden fields, and return=check when set", () => {
    const query = encodeDraft(INVESTOR);
    expect(view("registration", query).hidden).toEqual([
      ["v", "1"],
      ["o", "h"],
      ["p", "100"],
    ]);
    query.set("return", "check");
    expect(view("registration", query).hidden).toContainEqual(["return", "check"]);
    expect(view("registration", query).action).toBe("/en/plan/registration");
  });

  describe("back links", () => {
    it("the first question goes back to the start page", () => {
      expect(view("origin", encodeDraft({})).backHref).toBe("/en");
    });

    it("the first question of a plan under way goes back to the start page with its answers", () => {
      expect(view("origin", encodeDraft(INVESTOR)).backHref).toBe("/en?v=1&o=h&p=100");
    });

    it("a later question goes back to the previous one, with the answers so far", () => {
      expect(view("share", encodeDraft(INVESTOR)).backHref).toBe("/en/plan/origin?v=1&o=h&p=100");
    });

    it("the first per-service question goes back to the services question", () => {
      const draft = plan(100, [{ code: "B21" }]);
      expect(view("subtypes-B21", encodeDraft(draft)).backHref).toBe(
        "/en/plan/services?v=1&o=o&p=100&r=h&s=21",
      );
    });

    it("a question opened from Check your answers goes back there", () => {
      const draft = plan(100, [{ code: "B22" }]);
      const query = encodeDraft(draft);
      query.set("return", "check");
      const page = view("share", query);
      expect(page.backHref).toBe("/en/plan/check?v=1&o=o&p=100&r=h&s=22");
      expect(page.returnToCheck).toBe(true);
      expect(page.backToCheck).toBe(true);
    });

    it("a question a change made necessary goes back to the previous one, not to a Check your answers that would send the user straight here", () => {
      // B11 added from Check your answers: its facilities are not answered yet.
      const draft = plan(100, [{ code: "B11" }, { code: "B22" }]);
      const query = encodeDraft(draft);
      query.set("return", "check");
      const page = view("facilities-B11", query);
      expect(page.backHref).toBe("/en/plan/services?v=1&o=o&p=100&r=h&s=11.22&return=check");
      expect(page.returnToCheck).toBe(true);
      expect(page.backToCheck).toBe(false);
    });

    it("an earlier question of an incomplete plan opened on the way back to Check your answers goes back to the one before it", () => {
      const query = encodeDraft(plan(100, [{ code: "B11" }, { code: "B22" }]));
      query.set("return", "check");
      expect(view("services", query).backHref).toBe(
        "/en/plan/registration?v=1&o=o&p=100&r=h&s=11.22&return=check",
      );
    });
  });

  describe("progress", () => {
    const isp = plan(100, [{ code: "B14" }]);

    it.each([
      ["origin", 1, 5],
      ["share", 1, 5],
      ["registration", 2, 5],
      ["services", 3, 5],
      ["facilities-B14", 4, 5],
    ] as const)(
      "a wholly foreign-owned ISP's %s step is in section %d of %d",
      (step, current, total) => {
        const progress = view(step, encodeDraft(isp)).progress;
        expect([progress.current, progress.total]).toEqual([current, total]);
      },
    );

    it("the ISP's last step is in section 5 of 5, every other section done", () => {
      const draft = plan(100, [{ code: "B14", facilities: [], coverage: "pilot-area" }]);
      expect(view("access-B14", encodeDraft(draft)).progress).toEqual({
        current: 5,
        total: 5,
        sections: [
          { id: "investor", state: "done" },
          { id: "company", state: "done" },
          { id: "services", state: "done" },
          { id: "facilities", state: "done" },
          { id: "isp", state: "current" },
        ],
      });
    });

    it("a B22-only plan's services step is section 3 of 5, the last two not needed", () => {
      expect(view("services", encodeDraft(plan(100, [{ code: "B22" }]))).progress).toEqual({
        current: 3,
        total: 5,
        sections: [
          { id: "investor", state: "done" },
          { id: "company", state: "done" },
          { id: "services", state: "current" },
          { id: "facilities", state: "not-needed" },
          { id: "isp", state: "not-needed" },
        ],
      });
    });

    it("the first question of a plan not yet begun is section 1 of 5", () => {
      expect(view("origin", encodeDraft({})).progress).toEqual({
        current: 1,
        total: 5,
        sections: [
          { id: "investor", state: "current" },
          { id: "company", state: "todo" },
          { id: "services", state: "todo" },
          { id: "facilities", state: "todo" },
          { id: "isp", state: "todo" },
        ],
      });
    });
  });
});
