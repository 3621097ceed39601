import { describe, expect, it } from "vitest";

import type { AnswersDraft, ServiceDraft } from "@/lib/answers/draft";

import {
  askedAnswers,
  canOpen,
  completeAnswers,
  firstIncompleteStep,
  nextStep,
  parseStepId,
  previousStep,
  SECTIONS,
  type Section,
  sectionProgress,
  stepsFor,
  type StepId,
} from ".";

const PLAN_STEPS = ["origin", "share", "registration", "services"];

/** A plan with the questions about the investor and the company answered. */
function plan(share: number, services: ServiceDraft[]): AnswersDraft {
  return {
    investor: { origin: "other", foreignSharePercent: share },
    company: { registeredIn: "shenzhen" },
    services,
  };
}

const ids = (draft: AnswersDraft) => stepsFor(draft).map((step) => step.id);

describe("stepsFor: which questions a plan is asked", () => {
  const cases: Array<{ name: string; draft: AnswersDraft; steps: string[] }> = [
    {
      name: "a plan with nothing answered yet is asked the four questions about the plan",
      draft: {},
      steps: PLAN_STEPS,
    },
    {
      name: "a B22-only plan is asked exactly origin, share, registration and services: no facilities, no ISP questions",
      draft: plan(100, [{ code: "B22" }]),
      steps: PLAN_STEPS,
    },
    {
      name: "a B21 plan is asked which kinds of B21 it runs",
      draft: plan(100, [{ code: "B21" }]),
      steps: [...PLAN_STEPS, "subtypes-B21"],
    },
    {
      name: "a B25 plan is asked its kinds of B25 and the content the company provides",
      draft: plan(100, [{ code: "B25" }]),
      steps: [...PLAN_STEPS, "subtypes-B25", "content-B25"],
    },
    {
      name: "a B21 plan whose answers already name content (made through the API) is asked about that content, so the wizard keeps it in view",
      draft: plan(30, [{ code: "B21", subtypes: ["device-data"], content: ["audiovisual"] }]),
      steps: [...PLAN_STEPS, "subtypes-B21", "content-B21"],
    },
    {
      name: "a B21 plan whose content is none is not asked about content",
      draft: plan(30, [{ code: "B21", subtypes: ["device-data"], content: [] }]),
      steps: [...PLAN_STEPS, "subtypes-B21"],
    },
    {
      name: "a B14 plan at 0% is asked the ISP's coverage and access method, and no facilities",
      draft: plan(0, [{ code: "B14" }]),
      steps: [...PLAN_STEPS, "coverage-B14", "access-B14"],
    },
    {
      name: "a wholly foreign-owned B14 plan is asked its facilities before the ISP questions",
      draft: plan(100, [{ code: "B14" }]),
      steps: [...PLAN_STEPS, "facilities-B14", "coverage-B14", "access-B14"],
    },
    {
      name: "a plan of several services asks each kind of question in turn, service by service",
      draft: plan(100, [
        { code: "B11" },
        { code: "B12" },
        { code: "B14" },
        { code: "B21", subtypes: ["edi"] },
        { code: "B25", subtypes: ["publishing-delivery"] },
      ]),
      steps: [
        ...PLAN_STEPS,
        "subtypes-B21",
        "subtypes-B25",
        "content-B25",
        "facilities-B11",
        "facilities-B12",
        "facilities-B14",
        "facilities-B21",
        "facilities-B25",
        "coverage-B14",
        "access-B14",
      ],
    },
  ];

  it.each(cases)("$name", ({ draft, steps }) => {
    expect(ids(draft)).toEqual(steps);
  });

  it("a B22-only plan is done in four questions", () => {
    expect(stepsFor(plan(100, [{ code: "B22" }]))).toHaveLength(4);
  });
});

describe("stepsFor: facilities are asked only where the pilot can decide the service", () => {
  const cases: Array<{ name: string; share: number; service: ServiceDraft; asked: boolean }> = [
    { name: "an IDC (B11) at 100% is asked", share: 100, service: { code: "B11" }, asked: true },
    { name: "an IDC (B11) at 0% is not asked", share: 0, service: { code: "B11" }, asked: false },
    {
      name: "a CDN (B12) at 0.01% is asked (its baseline is 0%)",
      share: 0.01,
      service: { code: "B12" },
      asked: true,
    },
    {
      name: "B21 EDI at 50% is not asked (the 50% baseline already allows it)",
      share: 50,
      service: { code: "B21", subtypes: ["edi"] },
      asked: false,
    },
    {
      name: "B21 EDI at 50.01% is asked",
      share: 50.01,
      service: { code: "B21", subtypes: ["edi"] },
      asked: true,
    },
    {
      name: "B21 e-commerce only is never asked, even at 100% (open nationwide)",
      share: 100,
      service: { code: "B21", subtypes: ["ecommerce"] },
      asked: false,
    },
    {
      name: "B21 e-commerce with EDI at 100% is asked",
      share: 100,
      service: { code: "B21", subtypes: ["ecommerce", "edi"] },
      asked: true,
    },
    {
      name: "B25 search only is never asked, even at 100% (outside the pilot)",
      share: 100,
      service: { code: "B25", subtypes: ["search"], content: [] },
      asked: false,
    },
    {
      name: "B25 publishing and delivery at 100% is asked",
      share: 100,
      service: { code: "B25", subtypes: ["publishing-delivery"], content: [] },
      asked: true,
    },
    {
      name: "B25 publishing and delivery at 50% is not asked",
      share: 50,
      service: { code: "B25", subtypes: ["publishing-delivery"], content: [] },
      asked: false,
    },
    {
      name: "a domestic IP-VPN (B13) at 100% is not asked (outside the pilot)",
      share: 100,
      service: { code: "B13" },
      asked: false,
    },
    {
      name: "B26 at 100% is not asked (outside the pilot)",
      share: 100,
      service: { code: "B26" },
      asked: false,
    },
    { name: "B22 at 100% is not asked", share: 100, service: { code: "B22" }, asked: false },
    { name: "B23 at 100% is not asked", share: 100, service: { code: "B23" }, asked: false },
    { name: "B24 at 100% is not asked", share: 100, service: { code: "B24" }, asked: false },
  ];

  it.each(cases)("$name", ({ share, service, asked }) => {
    expect(ids(plan(share, [service])).includes(`facilities-${service.code}`)).toBe(asked);
  });

  const never: Array<[string, ServiceDraft]> = [
    ["B21 e-commerce only (open nationwide)", { code: "B21", subtypes: ["ecommerce"] }],
    ["B25 search only (outside the pilot)", { code: "B25", subtypes: ["search"], content: [] }],
    [
      "B25 community and instant messaging (outside the pilot)",
      { code: "B25", subtypes: ["community", "instant-messaging"], content: [] },
    ],
    ["a domestic IP-VPN (B13, outside the pilot)", { code: "B13" }],
    ["B22 (open nationwide)", { code: "B22" }],
    ["B23 (open nationwide)", { code: "B23" }],
    ["B24 (open nationwide)", { code: "B24" }],
    ["B26 (outside the pilot)", { code: "B26" }],
  ];

  it.each(never)("%s is never asked, at any share", (_, service) => {
    for (const share of [0, 0.01, 49.99, 50, 50.01, 99.99, 100])
      expect(ids(plan(share, [service])), `at ${share}%`).not.toContain(
        `facilities-${service.code}`,
      );
  });

  it("a service with sub-types gets no facilities question until its sub-types are answered", () => {
    expect(ids(plan(100, [{ code: "B21" }]))).not.toContain("facilities-B21");
    expect(ids(plan(100, [{ code: "B25" }]))).not.toContain("facilities-B25");
    expect(ids(plan(100, [{ code: "B21", subtypes: ["device-data"] }]))).toContain(
      "facilities-B21",
    );
  });

  it("no facilities question is asked before the share is known", () => {
    const draft: AnswersDraft = { investor: { origin: "other" }, services: [{ code: "B11" }] };
    expect(ids(draft)).not.toContain("facilities-B11");
  });
});

describe("firstIncompleteStep", () => {
  it("an empty draft starts at the origin question", () => {
    expect(firstIncompleteStep({})).toBe("origin");
  });

  it("a draft with the investor answered goes on to the registration question", () => {
    expect(firstIncompleteStep({ investor: { origin: "macao", foreignSharePercent: 49 } })).toBe(
      "registration",
    );
  });

  it("a draft whose share is missing goes back to the share question, even with later answers", () => {
    expect(
      firstIncompleteStep({
        investor: { origin: "macao" },
        company: { registeredIn: "beijing" },
        services: [{ code: "B22" }],
      }),
    ).toBe("share");
  });

  it("an empty services list is not an answer", () => {
    expect(firstIncompleteStep(plan(100, []))).toBe("services");
  });

  it("a B21 plan without sub-types stops at the sub-types question", () => {
    expect(firstIncompleteStep(plan(100, [{ code: "B21" }]))).toBe("subtypes-B21");
  });

  it("a wholly foreign-owned CDN without its facilities stops at the facilities question", () => {
    expect(firstIncompleteStep(plan(100, [{ code: "B12" }]))).toBe("facilities-B12");
  });

  it("an empty facilities list is an answer", () => {
    expect(firstIncompleteStep(plan(100, [{ code: "B12", facilities: [] }]))).toBe(null);
  });

  it("an ISP with its coverage answered stops at the access question", () => {
    expect(firstIncompleteStep(plan(0, [{ code: "B14", coverage: "pilot-area" }]))).toBe(
      "access-B14",
    );
  });

  it("a complete draft has no incomplete step", () => {
    expect(firstIncompleteStep(plan(100, [{ code: "B22" }]))).toBe(null);
    expect(
      firstIncompleteStep(
        plan(100, [
          { code: "B25", subtypes: ["publishing-delivery"], content: [], facilities: [] },
        ]),
      ),
    ).toBe(null);
  });
});

describe("nextStep and previousStep", () => {
  const draft = plan(100, [
    { code: "B12" },
    { code: "B14" },
    { code: "B25", subtypes: ["publishing-delivery"] },
  ]);
  const order: StepId[] = [
    "origin",
    "share",
    "registration",
    "services",
    "subtypes-B25",
    "content-B25",
    "facilities-B12",
    "facilities-B14",
    "facilities-B25",
    "coverage-B14",
    "access-B14",
  ];

  it("the journey's steps come in this order", () => {
    expect(ids(draft)).toEqual(order);
  });

  it.each(order.slice(0, -1).map((id, i) => [id, order[i + 1]]))(
    "after %s comes %s",
    (id, after) => {
      expect(nextStep(draft, id as StepId)).toBe(after);
    },
  );

  it("nothing comes after the last step", () => {
    expect(nextStep(draft, "access-B14")).toBe(null);
  });

  it.each(order.slice(1).map((id, i) => [id, order[i]]))("before %s comes %s", (id, before) => {
    expect(previousStep(draft, id as StepId)).toBe(before);
  });

  it("nothing comes before the origin question", () => {
    expect(previousStep(draft, "origin")).toBe(null);
  });

  it("after a step that does not apply comes the first unanswered step", () => {
    expect(nextStep(draft, "facilities-B22")).toBe("content-B25");
  });

  it("a step that does not apply has no previous step", () => {
    expect(previousStep(draft, "coverage-B11")).toBe(null);
  });

  it("a B22-only plan's services question is its last", () => {
    expect(nextStep(plan(100, [{ code: "B22" }]), "services")).toBe(null);
  });
});

describe("canOpen", () => {
  it("the first question can always be opened", () => {
    expect(canOpen({}, "origin")).toBe(true);
  });

  it("the next unanswered question can be opened", () => {
    expect(canOpen({ investor: { origin: "other" } }, "share")).toBe(true);
  });

  it("a question beyond the first unanswered one is refused", () => {
    expect(canOpen({}, "share")).toBe(false);
    expect(canOpen({ investor: { origin: "other" } }, "registration")).toBe(false);
    expect(canOpen({ investor: { origin: "other" } }, "services")).toBe(false);
  });

  it("an answered question can be opened again", () => {
    const draft = plan(100, [{ code: "B12", facilities: [] }]);
    for (const id of ids(draft)) expect(canOpen(draft, id), id).toBe(true);
  });

  it("a question after an unanswered per-service question is refused", () => {
    const draft = plan(100, [{ code: "B14" }]);
    expect(canOpen(draft, "facilities-B14")).toBe(true);
    expect(canOpen(draft, "coverage-B14")).toBe(false);
    expect(canOpen(draft, "access-B14")).toBe(false);
  });

  it("a question that does not apply to the plan is refused", () => {
    const draft = plan(100, [{ code: "B22" }]);
    expect(canOpen(draft, "facilities-B22")).toBe(false);
    expect(canOpen(draft, "coverage-B14")).toBe(false);
    expect(canOpen(draft, "subtypes-B21")).toBe(false);
    expect(canOpen(plan(0, [{ code: "B11" }]), "facilities-B11")).toBe(false);
  });

  it("a name that is no step is refused", () => {
    expect(canOpen(plan(100, [{ code: "B22" }]), "evil")).toBe(false);
    expect(canOpen(plan(100, [{ code: "B22" }]), "check")).toBe(false);
  });
});

describe("sectionProgress: Section N of M", () => {
  const states = (draft: AnswersDraft, current: Section) =>
    Object.fromEntries(sectionProgress(draft, current).sections.map((s) => [s.id, s.state]));

  it("always counts the same five sections, whatever the plan", () => {
    for (const draft of [
      {},
      plan(100, [{ code: "B22" }]),
      plan(100, [{ code: "B12" }]),
      plan(0, [{ code: "B14" }]),
      plan(100, [{ code: "B14" }]),
    ]) {
      const progress = sectionProgress(draft, "investor");
      expect(progress.total).toBe(5);
      expect(progress.sections.map((s) => s.id)).toEqual([...SECTIONS]);
    }
  });

  it("keeps its total through a CDN journey that turns out to need facilities (no 1 of 3, then 4 of 4)", () => {
    const journey: Array<[AnswersDraft, Section]> = [
      [{}, "investor"],
      [{ investor: { origin: "other" } }, "investor"],
      [{ investor: { origin: "other", foreignSharePercent: 100 } }, "company"],
      [
        {
          investor: { origin: "other", foreignSharePercent: 100 },
          company: { registeredIn: "shenzhen" },
        },
        "services",
      ],
      [plan(100, [{ code: "B12" }]), "facilities"],
    ];
    expect(
      journey.map(([draft, section]) => {
        const { current, total } = sectionProgress(draft, section);
        return `${current} of ${total}`;
      }),
    ).toEqual(["1 of 5", "1 of 5", "2 of 5", "3 of 5", "4 of 5"]);
  });

  it("a plan not yet begun has every later section still to come", () => {
    expect(states({}, "investor")).toEqual({
      investor: "current",
      company: "todo",
      services: "todo",
      facilities: "todo",
      isp: "todo",
    });
  });

  it("a B22-only plan says facilities and internet access are not needed", () => {
    expect(states(plan(100, [{ code: "B22" }]), "services")).toEqual({
      investor: "done",
      company: "done",
      services: "current",
      facilities: "not-needed",
      isp: "not-needed",
    });
  });

  it("a wholly foreign-owned CDN needs facilities but not internet access", () => {
    expect(states(plan(100, [{ code: "B12" }]), "facilities")).toEqual({
      investor: "done",
      company: "done",
      services: "done",
      facilities: "current",
      isp: "not-needed",
    });
  });

  it("an ISP at 0% skips facilities: its internet access questions are section 5 of 5", () => {
    const progress = sectionProgress(plan(0, [{ code: "B14" }]), "isp");
    expect([progress.current, progress.total]).toEqual([5, 5]);
    expect(states(plan(0, [{ code: "B14" }]), "isp")).toMatchObject({
      facilities: "not-needed",
      isp: "current",
    });
  });

  it("says the facilities may still come while the kinds of a service, which decide them, are unanswered; internet access, which the services alone decide, not", () => {
    expect(states(plan(100, [{ code: "B21" }]), "services")).toMatchObject({
      facilities: "todo",
      isp: "not-needed",
    });
    expect(states(plan(100, [{ code: "B21" }, { code: "B14" }]), "services")).toMatchObject({
      facilities: "todo",
      isp: "todo",
    });
  });
});

describe("completeAnswers", () => {
  it("is null while nothing is answered", () => {
    expect(completeAnswers({})).toBe(null);
  });

  it("is null while a question is unanswered", () => {
    expect(completeAnswers(plan(100, [{ code: "B12" }]))).toBe(null);
    expect(completeAnswers(plan(100, [{ code: "B21" }]))).toBe(null);
    expect(completeAnswers(plan(0, [{ code: "B14", coverage: "nationwide" }]))).toBe(null);
  });

  it("fills in no facilities for services the facilities question was not asked of", () => {
    expect(
      completeAnswers(
        plan(100, [
          { code: "B12", facilities: [{ location: "shenzhen", tenure: "owned" }] },
          { code: "B22" },
        ]),
      ),
    ).toEqual({
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        { code: "B12", facilities: [{ location: "shenzhen", tenure: "owned" }] },
        { code: "B22", facilities: [] },
      ],
    });
  });

  it("gives an ISP at 0% its coverage and access method and no facilities", () => {
    expect(
      completeAnswers(plan(0, [{ code: "B14", coverage: "pilot-area", ispAccess: "own-network" }]))
        ?.services,
    ).toEqual([{ code: "B14", coverage: "pilot-area", ispAccess: "own-network", facilities: [] }]);
  });

  it("keeps B25's sub-types and an explicit no content", () => {
    expect(
      completeAnswers(plan(50, [{ code: "B25", subtypes: ["search"], content: [] }]))?.services,
    ).toEqual([{ code: "B25", subtypes: ["search"], content: [], facilities: [] }]);
  });
});

describe("askedAnswers: only the answers the flow asks of a plan reach its result", () => {
  const beijing = [{ location: "beijing", tenure: "owned" }] as const;
  const elsewhere = [{ location: "mainland-other", tenure: "leased" }] as const;
  const device: ServiceDraft = {
    code: "B21",
    subtypes: ["device-data"],
    facilities: [...beijing],
  };
  const publishing: ServiceDraft = {
    code: "B25",
    subtypes: ["publishing-delivery"],
    content: [],
    facilities: [...elsewhere],
  };
  const cases: Array<{ name: string; draft: AnswersDraft; services: ServiceDraft[] }> = [
    {
      name: "B21 and B25 at 100% keep the facilities they are asked for",
      draft: plan(100, [device, publishing]),
      services: [device, publishing],
    },
    {
      name: "B21 and B25 whose share went down to 40% lose the facilities they are no longer asked for",
      draft: plan(40, [device, publishing]),
      services: [
        { ...device, facilities: [] },
        { ...publishing, facilities: [] },
      ],
    },
    {
      name: "a CDN at 0.01% keeps its facilities (its baseline is 0%)",
      draft: plan(0.01, [{ code: "B12", facilities: [...elsewhere] }]),
      services: [{ code: "B12", facilities: [...elsewhere] }],
    },
    {
      name: "an IDC at 0% loses facilities listed when its share was higher",
      draft: plan(0, [{ code: "B11", facilities: [...beijing] }]),
      services: [{ code: "B11", facilities: [] }],
    },
    {
      name: "B21 e-commerce only, open nationwide, loses facilities listed when it had device data too",
      draft: plan(100, [{ code: "B21", subtypes: ["ecommerce"], facilities: [...beijing] }]),
      services: [{ code: "B21", subtypes: ["ecommerce"], facilities: [] }],
    },
    {
      name: "B25 search only, outside the pilot, loses its facilities but keeps its content",
      draft: plan(100, [
        { code: "B25", subtypes: ["search"], content: ["news"], facilities: [...beijing] },
      ]),
      services: [{ code: "B25", subtypes: ["search"], content: ["news"], facilities: [] }],
    },
    {
      name: "an ISP at 0% keeps its coverage and access method and loses its facilities",
      draft: plan(0, [
        { code: "B14", facilities: [...beijing], coverage: "nationwide", ispAccess: "own-network" },
      ]),
      services: [{ code: "B14", facilities: [], coverage: "nationwide", ispAccess: "own-network" }],
    },
    {
      name: "a wholly foreign-owned ISP keeps its facilities, coverage and access method",
      draft: plan(100, [
        {
          code: "B14",
          facilities: [...beijing],
          coverage: "pilot-area",
          ispAccess: "basic-operator",
        },
      ]),
      services: [
        {
          code: "B14",
          facilities: [...beijing],
          coverage: "pilot-area",
          ispAccess: "basic-operator",
        },
      ],
    },
    {
      name: "a service other than ISP loses an ISP's coverage and access method",
      draft: plan(100, [
        {
          code: "B11",
          facilities: [...beijing],
          coverage: "nationwide",
          ispAccess: "own-network",
        },
      ]),
      services: [{ code: "B11", facilities: [...beijing] }],
    },
    {
      name: "a service other than B25 keeps the content its answers name, which it is asked about",
      draft: plan(100, [{ code: "B12", content: ["news"], facilities: [] }]),
      services: [{ code: "B12", content: ["news"], facilities: [] }],
    },
    {
      name: "a service other than B25 whose content is none is not asked about it, and states none",
      draft: plan(100, [{ code: "B12", content: [], facilities: [] }]),
      services: [{ code: "B12", facilities: [] }],
    },
    {
      name: "a service without kinds loses kinds it is never asked about",
      draft: plan(100, [{ code: "B11", subtypes: ["edi"], facilities: [...beijing] }]),
      services: [{ code: "B11", facilities: [...beijing] }],
    },
    {
      name: "a B22-only plan has nothing to lose, and is given its default of no facilities",
      draft: plan(100, [{ code: "B22" }]),
      services: [{ code: "B22", facilities: [] }],
    },
  ];
  it.each(cases)("$name", ({ draft, services }) => {
    const asked = askedAnswers(draft);
    expect(asked.services).toEqual(services);
    expect(asked.investor).toEqual(draft.investor);
    expect(asked.company).toEqual(draft.company);
  });

  it.each(cases)("$name: the flow asks it the same questions as before", ({ draft }) => {
    expect(stepsFor(askedAnswers(draft))).toEqual(stepsFor(draft));
  });

  it("leaves a draft without services as it is", () => {
    const draft: AnswersDraft = { investor: { origin: "macao" } };
    expect(askedAnswers(draft)).toEqual(draft);
  });

  it("gives the same complete answers to plans that show the same answers", () => {
    const stale = plan(40, [device, publishing]);
    const fresh = plan(40, [
      { ...device, facilities: undefined },
      { ...publishing, facilities: undefined },
    ]);
    expect(completeAnswers(stale)).not.toBe(null);
    expect(completeAnswers(stale)).toEqual(completeAnswers(fresh));
  });
});

describe("parseStepId: only real step IDs", () => {
  it.each([
    "origin",
    "share",
    "registration",
    "services",
    "subtypes-B21",
    "content-B25",
    "facilities-B12",
    "facilities-B26",
    "coverage-B14",
    "access-B14",
  ])("accepts %s", (segment) => {
    expect(parseStepId(segment)).toBe(segment);
  });

  it.each([
    "facilities-B99",
    "facilities-B10",
    "facilities-b12",
    "facilities-B12x",
    "facilities",
    "evil",
    "check",
    "",
    "Origin",
    "origin ",
    "../origin",
    "subtypes-B211",
  ])("refuses %j", (segment) => {
    expect(parseStepId(segment)).toBe(null);
  });
});
