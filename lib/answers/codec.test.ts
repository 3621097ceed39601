import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { decodeLink, encodeDraft, encodeResultQuery } from "./codec";
import {
  CONTENT_LETTERS,
  COVERAGE_LETTERS,
  ISP_ACCESS_LETTERS,
  LOCATION_LETTERS,
  ORIGIN_LETTERS,
  SUBTYPE_LETTERS,
  TENURE_LETTERS,
  VERDICT_LETTERS,
} from "./codec/v1-letters";
import type { AnswersDraft } from "./draft";
import {
  CONTENT_CATEGORIES,
  COVERAGES,
  ISP_ACCESS,
  LOCATIONS,
  ORIGINS,
  SERVICE_CODES,
  SUBTYPES,
  TENURES,
  subtypesOf,
} from "./options";
import { AnswersSchema, type Answers } from "./schema";
import { VERDICTS } from "./verdict";

function query(link: string): URLSearchParams {
  return new URL(link, "https://example.test").searchParams;
}

function roundTrip(draft: AnswersDraft) {
  const decoded = decodeLink(encodeDraft(draft));
  expect(decoded).toEqual({ ok: true, draft });
}

/** A wholly foreign-owned IDC in Beijing, made under rules 2026.11.1. */
const IDC_IN_BEIJING = {
  rulesVersion: "2026.11.1",
  digest: ["permitted-with-conditions"],
  answers: {
    investor: { origin: "other", foreignSharePercent: 100 },
    company: { registeredIn: "beijing" },
    services: [{ code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] }],
  } satisfies Answers,
};

/**
 * Links made by format version 1. They are in e-mails and memos: each must keep decoding
 * to exactly these answers for as long as the product exists. Never edit this list; add to it.
 */
const FROZEN_V1: Array<{
  link: string;
  answers: Answers;
  rulesVersion?: string;
  digest?: string[];
}> = [
  {
    link: "/result?v=1&o=o&p=100&r=h&s=12.25&f12=homl&g12=n&t25=p&f25=hl&g25=n&rv=2026.11.1&d=nc",
    rulesVersion: "2026.11.1",
    digest: ["not-permitted", "permitted-with-conditions"],
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "hainan" },
      services: [
        {
          code: "B12",
          coverage: "nationwide",
          facilities: [
            { location: "hainan", tenure: "owned" },
            { location: "mainland-other", tenure: "leased" },
          ],
        },
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          coverage: "nationwide",
          facilities: [{ location: "hainan", tenure: "leased" }],
        },
      ],
    },
  },
  {
    link: "/result?v=1&o=o&p=100&r=b&s=11&f11=bo&rv=2026.11.1&d=c",
    rulesVersion: "2026.11.1",
    digest: ["permitted-with-conditions"],
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "beijing" },
      services: [{ code: "B11", facilities: [{ location: "beijing", tenure: "owned" }] }],
    },
  },
  {
    link: "/result?v=1&o=h&p=49.99&r=s&s=22&f22=-",
    answers: {
      investor: { origin: "hong-kong", foreignSharePercent: 49.99 },
      company: { registeredIn: "shanghai" },
      services: [{ code: "B22", facilities: [] }],
    },
  },
  {
    link: "/result?v=1&o=m&p=0&r=u&s=14&f14=ut&g14=a&i14=b",
    answers: {
      investor: { origin: "macao", foreignSharePercent: 0 },
      company: { registeredIn: "undecided" },
      services: [
        {
          code: "B14",
          coverage: "pilot-area",
          ispAccess: "basic-operator",
          facilities: [{ location: "undecided", tenure: "other" }],
        },
      ],
    },
  },
  {
    link: "/result?v=1&o=t&p=50&r=m&s=21.26&t21=etdv&f21=-&f26=-",
    answers: {
      investor: { origin: "taiwan", foreignSharePercent: 50 },
      company: { registeredIn: "mainland-other" },
      services: [
        {
          code: "B21",
          subtypes: ["ecommerce", "transaction-processing", "edi", "device-data"],
          facilities: [],
        },
        { code: "B26", facilities: [] },
      ],
    },
  },
  {
    link: "/result?v=1&o=o&p=100&r=z&s=12.21.25&f12=zozlml&t21=vd&f21=zozl&t25=p&c25=m&f25=zozl",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        {
          code: "B12",
          facilities: [
            { location: "shenzhen", tenure: "owned" },
            { location: "shenzhen", tenure: "leased" },
            { location: "mainland-other", tenure: "leased" },
          ],
        },
        {
          code: "B21",
          subtypes: ["device-data", "edi"],
          facilities: [
            { location: "shenzhen", tenure: "owned" },
            { location: "shenzhen", tenure: "leased" },
          ],
        },
        {
          code: "B25",
          subtypes: ["publishing-delivery"],
          content: ["online-music"],
          facilities: [
            { location: "shenzhen", tenure: "owned" },
            { location: "shenzhen", tenure: "leased" },
          ],
        },
      ],
    },
  },
  {
    link: "/result?v=1&o=o&p=33.333&r=x&s=23.24&f23=-&f24=-",
    answers: {
      investor: { origin: "other", foreignSharePercent: 33.333 },
      company: { registeredIn: "outside-mainland" },
      services: [
        { code: "B23", facilities: [] },
        { code: "B24", facilities: [] },
      ],
    },
  },
  {
    link: "/result?v=1&o=o&p=80&r=b&s=25&t25=scirp&c25=npac&f25=stxl&g25=a",
    answers: {
      investor: { origin: "other", foreignSharePercent: 80 },
      company: { registeredIn: "beijing" },
      services: [
        {
          code: "B25",
          subtypes: [
            "search",
            "community",
            "instant-messaging",
            "protection-processing",
            "publishing-delivery",
          ],
          content: ["news", "publishing", "audiovisual", "internet-culture"],
          coverage: "pilot-area",
          facilities: [
            { location: "shanghai", tenure: "other" },
            { location: "outside-mainland", tenure: "leased" },
          ],
        },
      ],
    },
  },
  {
    link: "/result?v=1&o=o&p=100&r=z&s=13.14.11&f13=-&f14=zo&g14=n&i14=o&c11=-&f11=hl",
    answers: {
      investor: { origin: "other", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [
        { code: "B13", facilities: [] },
        {
          code: "B14",
          coverage: "nationwide",
          ispAccess: "own-network",
          facilities: [{ location: "shenzhen", tenure: "owned" }],
        },
        { code: "B11", content: [], facilities: [{ location: "hainan", tenure: "leased" }] },
      ],
    },
  },
  {
    link: "/result?v=1&o=o&p=50.01&r=h&s=21&t21=t&f21=ho&utm_source=wechat&from=singlemessage&isappinstalled=0",
    answers: {
      investor: { origin: "other", foreignSharePercent: 50.01 },
      company: { registeredIn: "hainan" },
      services: [
        {
          code: "B21",
          subtypes: ["transaction-processing"],
          facilities: [{ location: "hainan", tenure: "owned" }],
        },
      ],
    },
  },
  {
    // Copied out of an e-mail or a web page's source, where each & was written &amp;.
    link: "/result?v=1&amp;o=o&amp;p=100&amp;r=b&amp;s=11&amp;f11=bo&amp;rv=2026.11.1&amp;d=c",
    ...IDC_IN_BEIJING,
  },
  {
    // Passed on by a redirector that percent-encoded the whole query.
    link: "/result?v%3D1%26o%3Do%26p%3D100%26r%3Db%26s%3D11%26f11%3Dbo%26rv%3D2026.11.1%26d%3Dc",
    ...IDC_IN_BEIJING,
  },
  {
    // Percent-encoded whole twice, by two redirectors one after the other.
    link: "/result?v%253D1%2526o%253Do%2526p%253D100%2526r%253Db%2526s%253D11%2526f11%253Dbo%2526rv%253D2026.11.1%2526d%253Dc",
    ...IDC_IN_BEIJING,
  },
  {
    // Only its `=` percent-encoded.
    link: "/result?v%3D1&o%3Do&p%3D100&r%3Db&s%3D11&f11%3Dbo&rv%3D2026.11.1&d%3Dc",
    ...IDC_IN_BEIJING,
  },
  {
    // Only its `&` percent-encoded.
    link: "/result?v=1%26o=o%26p=100%26r=b%26s=11%26f11=bo%26rv=2026.11.1%26d=c",
    ...IDC_IN_BEIJING,
  },
  {
    // In capitals, as a QR code's alphanumeric mode may carry it.
    link: "/result?V=1&O=O&P=100&R=B&S=11&F11=BO&RV=2026.11.1&D=C",
    ...IDC_IN_BEIJING,
  },
  {
    // Auto-linked at the end of a sentence in Chinese, with its full stop: 。
    link: "/result?v=1&o=h&p=100&r=z&s=22&f22=-&rv=2026.11.1&d=p%E3%80%82",
    rulesVersion: "2026.11.1",
    digest: ["permitted"],
    answers: {
      investor: { origin: "hong-kong", foreignSharePercent: 100 },
      company: { registeredIn: "shenzhen" },
      services: [{ code: "B22", facilities: [] }],
    },
  },
];

describe("share link format version 1", () => {
  describe("frozen links keep decoding to the same answers", () => {
    it.each(FROZEN_V1.map((f) => [f.link, f] as const))("%s", (_, frozen) => {
      const decoded = decodeLink(query(frozen.link));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.draft).toEqual(frozen.answers);
      expect(AnswersSchema.safeParse(decoded.draft).success).toBe(true);
      expect(decoded.rulesVersion).toBe(frozen.rulesVersion);
      expect(decoded.digest).toEqual(frozen.digest);
    });
  });

  it("gives every option value a letter, and no letter twice in a table", () => {
    const tables = [
      [ORIGINS, ORIGIN_LETTERS],
      [LOCATIONS, LOCATION_LETTERS],
      [TENURES, TENURE_LETTERS],
      [SUBTYPES, SUBTYPE_LETTERS],
      [CONTENT_CATEGORIES, CONTENT_LETTERS],
      [COVERAGES, COVERAGE_LETTERS],
      [ISP_ACCESS, ISP_ACCESS_LETTERS],
      [VERDICTS, VERDICT_LETTERS],
    ] as const;
    for (const [values, letters] of tables) {
      const table: Record<string, string> = letters;
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      const used = Object.values(table);
      expect(new Set(used).size).toBe(used.length);
      for (const letter of used) expect(letter).toMatch(/^[a-z]$/);
    }
  });

  describe("round-trips every option value", () => {
    it.each(ORIGINS)("origin %s", (origin) => roundTrip({ investor: { origin } }));
    it.each(LOCATIONS)("registration %s", (registeredIn) =>
      roundTrip({ company: { registeredIn } }),
    );
    it.each(SERVICE_CODES)("service %s", (code) => roundTrip({ services: [{ code }] }));
    it.each(LOCATIONS.flatMap((location) => TENURES.map((tenure) => [location, tenure] as const)))(
      "facility %s %s",
      (location, tenure) =>
        roundTrip({ services: [{ code: "B11", facilities: [{ location, tenure }] }] }),
    );
    it.each(SUBTYPES)("sub-type %s", (subtype) =>
      roundTrip({
        services: [
          { code: subtypesOf("B21").includes(subtype) ? "B21" : "B25", subtypes: [subtype] },
        ],
      }),
    );
    it.each(CONTENT_CATEGORIES)("content %s", (content) =>
      roundTrip({ services: [{ code: "B25", content: [content] }] }),
    );
    it.each(COVERAGES)("coverage %s", (coverage) =>
      roundTrip({ services: [{ code: "B14", coverage }] }),
    );
    it.each(ISP_ACCESS)("ISP access %s", (ispAccess) =>
      roundTrip({ services: [{ code: "B14", ispAccess }] }),
    );
    it("an empty list of facilities or content, as opposed to an unanswered one", () => {
      roundTrip({ services: [{ code: "B25", content: [], facilities: [] }] });
      roundTrip({ services: [{ code: "B25" }] });
      roundTrip({ services: [] });
    });
    it.each([0, 0.5, 1e-7, 49.99, 50, 50.01, 33.333333333333336, 99.99999999999999, 100])(
      "share %s exactly",
      (share) => roundTrip({ investor: { foreignSharePercent: share } }),
    );
    it("keeps the order of services, sub-types and facilities", () => {
      roundTrip({
        services: [
          { code: "B25", subtypes: ["search", "publishing-delivery"] },
          {
            code: "B11",
            facilities: [
              { location: "hainan", tenure: "leased" },
              { location: "beijing", tenure: "owned" },
            ],
          },
        ],
      });
    });
  });

  it("round-trips any valid answers (property, seeded)", () => {
    const answers = fc.record({
      investor: fc.record({
        origin: fc.constantFrom(...ORIGINS),
        foreignSharePercent: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      company: fc.record({ registeredIn: fc.constantFrom(...LOCATIONS) }),
      services: fc
        .uniqueArray(fc.constantFrom(...SERVICE_CODES), { minLength: 1, maxLength: 10 })
        .map((codes) =>
          codes.map((code) => ({
            code,
            facilities: [{ location: "undecided" as const, tenure: "owned" as const }],
          })),
        ),
    });
    fc.assert(
      fc.property(answers, (draft) => {
        expect(decodeLink(encodeDraft(draft))).toEqual({ ok: true, draft });
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });

  it("carries the rules version and one verdict letter per service", () => {
    const text = encodeResultQuery({ services: [{ code: "B11" }, { code: "B22" }] }, "2026.11.1", [
      "not-permitted",
      "permitted",
    ]);
    expect(text).toContain("rv=2026.11.1");
    expect(text).toContain("d=np");
    const decoded = decodeLink(new URLSearchParams(text));
    expect(decoded).toMatchObject({
      ok: true,
      rulesVersion: "2026.11.1",
      digest: ["not-permitted", "permitted"],
    });
  });

  it("keeps the largest plan the wizard allows within 300 characters", () => {
    const link = `/result?${encodeResultQuery(FROZEN_V1[5]!.answers, "2026.11.1", ["not-permitted", "permitted-with-conditions", "permitted"])}`;
    expect(link.length).toBeLessThanOrEqual(300);
  });

  it("never writes -0, and reads an old p=-0 as 0", () => {
    const text = encodeDraft({ investor: { foreignSharePercent: -0 } }).toString();
    expect(text).toBe("v=1&p=0");
    const decoded = decodeLink(new URLSearchParams("v=1&p=-0"));
    expect(decoded.ok && Object.is(decoded.draft.investor?.foreignSharePercent, 0)).toBe(true);
  });

  it("reads a bare URL as no answers yet", () => {
    expect(decodeLink(new URLSearchParams(""))).toEqual({ ok: true, draft: {} });
    expect(decodeLink(new URLSearchParams("utm_source=x"))).toEqual({ ok: true, draft: {} });
  });

  it("reads a parameter repeated with the same value, and page-style query objects", () => {
    const expected = { ok: true, draft: { investor: { origin: "hong-kong" } } };
    expect(decodeLink({ v: "1", o: ["h", "h"] })).toEqual(expected);
    expect(decodeLink(new URLSearchParams("v=1&o=h&utm_source=a&o=h"))).toEqual(expected);
  });

  it("takes an answer given twice with different values as damaged, not the first of them", () => {
    const damaged = { ok: false, problem: { kind: "invalid-value", param: "p" } };
    expect(decodeLink(new URLSearchParams("v=1&o=o&p=49.99&s=25&p=100"))).toEqual(damaged);
    expect(decodeLink({ v: "1", p: ["49.99", "100"] })).toEqual(damaged);
    expect(decodeLink(new URLSearchParams("v=1&o=o&d=p&d=n"))).toEqual({
      ok: false,
      problem: { kind: "invalid-value", param: "d" },
    });
    // An empty registration after a given one is damage too, where a rules version shows
    // that it is not what a cut left of `rv`; and so is a given one after an empty one.
    expect(decodeLink(new URLSearchParams("v=1&r=b&r&rv=2026.11.1"))).toEqual({
      ok: false,
      problem: { kind: "invalid-value", param: "r" },
    });
    // So is an empty one followed by a digest, or given twice: a cut leaves one, at the end.
    for (const query of ["v=1&r=&s=25&r=b", "v=1&r=b&s=22&r&d=p", "v=1&r=b&r&r"]) {
      expect(decodeLink(new URLSearchParams(query)), query).toEqual({
        ok: false,
        problem: { kind: "invalid-value", param: "r" },
      });
    }
    // Parameters of other formats may repeat as they like.
    expect(decodeLink(new URLSearchParams("v=1&o=h&from=a&from=b"))).toEqual({
      ok: true,
      draft: { investor: { origin: "hong-kong" } },
    });
  });

  it("reads a link cut short inside its rules version's name (`&r`) as one without it", () => {
    const whole = "v=1&o=h&p=100&r=b&s=11.25&f11=bozl&t25=p&f25=xl";
    const expected = decodeLink(new URLSearchParams(whole));
    expect(expected.ok).toBe(true);
    expect(decodeLink(new URLSearchParams(`${whole}&r`))).toEqual(expected);
    expect(decodeLink({ ...Object.fromEntries(new URLSearchParams(whole)), r: ["b", ""] })).toEqual(
      expected,
    );
  });

  it("reads parameter names escaped for HTML (&amp;), once or more, in page-style objects too", () => {
    const expected = { ok: true, draft: { investor: { origin: "hong-kong" } } };
    expect(decodeLink(new URLSearchParams("v=1&amp;amp;o=h"))).toEqual(expected);
    expect(decodeLink({ v: "1", "amp;o": "h" })).toEqual(expected);
    expect(decodeLink(new URLSearchParams("amp;o=h"))).toEqual({
      ok: false,
      problem: { kind: "missing-version" },
    });
  });

  it("reads a link cut right after its address (`?v=`, `?v`) as one without answers yet", () => {
    for (const query of ["v=", "v", "v=&from=singlemessage", "V="])
      expect(decodeLink(new URLSearchParams(query)), query).toEqual({ ok: true, draft: {} });
  });

  describe("explains a damaged link instead of throwing", () => {
    it.each([
      ["answers without a version", "o=o&p=100", { kind: "missing-version" }],
      ["a future version", "v=2&o=o", { kind: "unsupported-version", version: "2" }],
      ["an empty version before answers", "v=&o=o", { kind: "missing-version" }],
      ["an unknown origin letter", "v=1&o=q", { kind: "invalid-value", param: "o" }],
      ["a share above 100", "v=1&p=100.5", { kind: "invalid-value", param: "p" }],
      ["a negative share", "v=1&p=-1", { kind: "invalid-value", param: "p" }],
      ["a share in hex", "v=1&p=0x10", { kind: "invalid-value", param: "p" }],
      ["a share that is not a number", "v=1&p=Infinity", { kind: "invalid-value", param: "p" }],
      ["an empty share", "v=1&p=&o=o", { kind: "invalid-value", param: "p" }],
      ["an unknown service", "v=1&s=12.99", { kind: "invalid-value", param: "s" }],
      ["a service twice", "v=1&s=12.12", { kind: "invalid-value", param: "s" }],
      [
        "eleven services",
        `v=1&s=${[11, 12, 13, 14, 21, 22, 23, 24, 25, 26, 11].join(".")}`,
        { kind: "invalid-value", param: "s" },
      ],
      ["a half facility", "v=1&s=11&f11=bol", { kind: "invalid-value", param: "f11" }],
      ["an unknown tenure", "v=1&s=11&f11=bq", { kind: "invalid-value", param: "f11" }],
      ["51 facilities", `v=1&s=11&f11=${"bo".repeat(51)}`, { kind: "invalid-value", param: "f11" }],
      [
        "sub-types on a code without them",
        "v=1&s=22&t22=p",
        { kind: "invalid-value", param: "t22" },
      ],
      ["a B21 sub-type on B25", "v=1&s=25&t25=e", { kind: "invalid-value", param: "t25" }],
      ["a sub-type twice", "v=1&s=25&t25=pp", { kind: "invalid-value", param: "t25" }],
      ["an empty sub-type list", "v=1&s=25&t25=-", { kind: "invalid-value", param: "t25" }],
      ["content twice", "v=1&s=25&c25=nn", { kind: "invalid-value", param: "c25" }],
      [
        "an access method on a code other than ISP",
        "v=1&s=11&i11=b",
        { kind: "invalid-value", param: "i11" },
      ],
      ["a digest of the wrong length", "v=1&s=11&d=pp", { kind: "invalid-value", param: "d" }],
      ["an unknown verdict letter", "v=1&s=11&d=x", { kind: "invalid-value", param: "d" }],
      ["a rules version with spaces", "v=1&rv=a b", { kind: "invalid-value", param: "rv" }],
    ])("%s", (_, text, problem) => {
      expect(decodeLink(new URLSearchParams(text))).toEqual({ ok: false, problem });
    });

    describe("and which bad value may be a good one cut short, as the link's last answer", () => {
      it.each([
        ["an empty share", "v=1&o=o&p="],
        ["a share cut after its decimal point", "v=1&o=o&p=12."],
        ["a share under a millionth cut after its exponent's e", "v=1&o=o&p=2.5e"],
        ["a share under a millionth cut inside its exponent", "v=1&o=o&p=1e-"],
        ["services cut inside a code", "v=1&s=11.2"],
        ["services cut after a dot", "v=1&s=11."],
        ["facilities cut between a location and its tenure", "v=1&s=11&f11=bom"],
        ["a facility's name without its value", "v=1&s=11&f11"],
        ["an origin's name without its value, before WeChat's parameters", "v=1&o&from=x"],
      ])("%s: at the cut", (_, text) => {
        const decoded = decodeLink(new URLSearchParams(text));
        expect(decoded).toMatchObject({ ok: false, problem: { atCut: true } });
      });

      it.each([
        ["a letter no value has", "v=1&o=o&r=q"],
        ["an unknown service", "v=1&s=12.99"],
        ["a code no service begins with", "v=1&s=12.9"],
        ["an unknown tenure", "v=1&s=11&f11=bq"],
        ["a facility of an unknown location", "v=1&s=11&f11=bol"],
        ["a share above 100", "v=1&p=100.5"],
        ["a share with an exponent no whole share has", "v=1&p=12e"],
        ["a bad value before others", "v=1&s=11.2&o=o"],
        ["a bad last value in a link with a rules version", "v=1&rv=2026.11.1&s=11.2"],
        ["a bad last value in a link with a digest", "v=1&d=p&s=11&f11=b"],
      ])("%s: not a cut", (_, text) => {
        const decoded = decodeLink(new URLSearchParams(text));
        expect(decoded).toMatchObject({ ok: false, problem: { kind: "invalid-value" } });
        expect(decoded.ok || decoded.problem).not.toHaveProperty("atCut");
      });
    });

    it("takes punctuation after the digest for the sentence's, but not inside it or elsewhere", () => {
      for (const end of [".", ")", "。", " ", "),", ".&from=x"])
        expect(decodeLink(new URLSearchParams(`v=1&s=11&f11=-&d=c${end}`)), end).toMatchObject({
          ok: true,
          digest: ["permitted-with-conditions"],
        });
      for (const text of ["v=1&s=11&f11=-&d=.c", "v=1&s=11&f11=-&d=c.&rv=2026.11.1", "v=1&o=o."])
        expect(decodeLink(new URLSearchParams(text)), text).toMatchObject({ ok: false });
    });

    it("never throws on random text (property, seeded)", () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (text) => {
          const decoded = decodeLink(new URLSearchParams(text));
          expect(typeof decoded.ok).toBe("boolean");
        }),
        { seed: 7, numRuns: 300 },
      );
    });
  });

  it("ignores parameters it does not know, and those of services not in the plan", () => {
    expect(
      decodeLink(
        query(
          "/result?v=1&s=22&f22=-&utm_campaign=x&from=timeline&isappinstalled=0&f11=bo&lang=zh",
        ),
      ),
    ).toEqual({
      ok: true,
      draft: { services: [{ code: "B22", facilities: [] }] },
    });
  });
});
