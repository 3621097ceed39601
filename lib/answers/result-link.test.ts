import { describe, expect, it } from "vitest";

import { isLaterVersion, readResultLink, type RulesFacts } from "./result-link";

/** Rules that say "permitted" to everything: what is read here is the link, not the law. */
const RULES: RulesFacts = {
  current: "2026.11.2",
  released: ["2026.11.1", "2026.11.2"],
  verdictsOf: (answers) => answers.services.map(() => "permitted"),
};

const read = (query: string) => readResultLink(new URLSearchParams(query), RULES);

describe("reading a result link", () => {
  const complete = "v=1&o=o&p=100&r=b&s=22&f22=-";

  it("reads complete answers, with the rules version and digest they carry", () => {
    expect(read(`${complete}&rv=2026.11.2&d=p`)).toMatchObject({
      ok: true,
      rulesVersion: "2026.11.2",
      digest: ["permitted"],
    });
  });

  it("takes an unfinished wizard's link as incomplete, to be continued", () => {
    const link = read("v=1&o=o&p=100");
    expect(link).toMatchObject({ ok: false, problem: "incomplete" });
    expect(link).not.toHaveProperty("sealed");
  });

  it("takes a result link that lost answers, but kept its rules version or digest, as sealed: damaged", () => {
    for (const query of [
      "v=1&o=o&p=100&rv=2026.11.2",
      "v=1&o=o&p=100&r=b&rv=2026.11.1",
      "v=1&o=o&s=22&rv=2026.11.1&d=p",
      "v=1&o=o&r=b&s=22&d=p",
    ]) {
      expect(read(query), query).toMatchObject({ ok: false, problem: "incomplete", sealed: true });
    }
  });

  describe("cut short inside its ending, as a chat app may cut a long address", () => {
    const twoServices = "v=1&o=o&p=100&r=b&s=22.23&f22=-&f23=-";

    it.each([
      ["inside the rules version", `${twoServices}&rv=2026.11.`],
      ["inside the rules version, before its first character", `${twoServices}&rv=`],
      ["at the rules version's name", `${twoServices}&rv`],
      ["inside it, with WeChat's parameters added after the cut", `${twoServices}&rv=20&from=x`],
    ])("%s: opens its whole answers as a link without an ending", (_, query) => {
      const link = read(query);
      expect(link).toMatchObject({ ok: true });
      expect(link).not.toHaveProperty("rulesVersion");
      expect(link).not.toHaveProperty("digest");
    });

    it.each([
      ["inside the digest", `${twoServices}&rv=2026.11.2&d=p`],
      ["before the digest's first letter", `${twoServices}&rv=2026.11.2&d=`],
      ["at the digest's name", `${twoServices}&rv=2026.11.2&d`],
    ])("%s: keeps its rules version and drops the digest", (_, query) => {
      const link = read(query);
      expect(link).toMatchObject({ ok: true, rulesVersion: "2026.11.2" });
      expect(link).not.toHaveProperty("digest");
    });

    it("but a version no release begins with, or one followed by answers, was changed", () => {
      for (const query of [
        `${twoServices}&rv=2025`,
        `${twoServices}&rv=2026.11.&d=pp`,
        `v=1&o=o&rv=2026.11.&p=100&r=b&s=22.23&f22=-&f23=-`,
      ]) {
        expect(read(query), query).toMatchObject({ ok: false, problem: "unknown-rules-version" });
      }
    });

    it("and a short digest followed by answers was changed", () => {
      const link = read("v=1&o=o&p=100&rv=2026.11.2&d=p&r=b&s=22.23&f22=-&f23=-");
      expect(link).toMatchObject({ ok: false, problem: "invalid-value" });
    });
  });

  describe("cut short inside its last answer, before its ending", () => {
    it.each([
      ["inside the services", "v=1&o=o&p=100&r=b&s=11.2", {}],
      ["inside a facility", "v=1&o=o&p=100&r=b&s=11&f11=b", { services: [{ code: "B11" }] }],
      ["at a facility's name", "v=1&o=o&p=100&r=b&s=11&f11", { services: [{ code: "B11" }] }],
      ["inside the share", "v=1&o=o&p=", { investor: { origin: "other" } }],
      [
        "inside an answer, with WeChat's parameters added after the cut",
        "v=1&o=o&p=100&r=b&s=11&f11=bom&from=x",
        { services: [{ code: "B11" }] },
      ],
    ])("%s: reads the answers before the cut, to be continued", (_, query, kept) => {
      const link = read(query);
      expect(link).toMatchObject({ ok: false, problem: "incomplete", draft: kept });
      expect(link).not.toHaveProperty("sealed");
    });

    it("but a bad answer before others, or in a link with its ending, was changed", () => {
      for (const query of [
        "v=1&o=o&p=100&r=b&s=11.2&f11=bo",
        "v=1&o=o&p=100&r=b&rv=2026.11.2&s=11&f11=b",
        "v=1&o=o&p=100&r=b&d=p&s=11&f11=b",
        "v=1&o=o&p=100&r=q",
      ]) {
        expect(read(query), query).toMatchObject({ ok: false, problem: "invalid-value" });
      }
    });
  });

  it("refuses a rules version that was never released, and a digest the current rules contradict, keeping the answers", () => {
    const answers = { investor: { origin: "other" }, services: [{ code: "B22" }] };
    expect(read(`${complete}&rv=2026.10.9&d=p`)).toMatchObject({
      ok: false,
      problem: "unknown-rules-version",
      draft: answers,
    });
    expect(read(`${complete}&rv=2026.11.2&d=n`)).toMatchObject({
      ok: false,
      problem: "tampered",
      draft: answers,
    });
    // Under older rules a different digest is news, not damage.
    expect(read(`${complete}&rv=2026.11.1&d=n`)).toMatchObject({
      ok: true,
      rulesVersion: "2026.11.1",
    });
  });

  it("tells a link made by a later release of the tool, whose rules this copy does not have", () => {
    for (const version of ["2026.11.3", "2026.12.1", "2027", "2026.11.2.1"]) {
      expect(read(`${complete}&rv=${version}&d=p`), version).toMatchObject({
        ok: false,
        problem: "newer-rules-version",
        draft: { company: { registeredIn: "beijing" } },
      });
    }
  });

  it("takes a link ending in a released version that begins a later one (2026.11.1 of 2026.11.10) as cut there", () => {
    const rules = { ...RULES, released: [...RULES.released, "2026.11.10"], current: "2026.11.10" };
    const link = readResultLink(new URLSearchParams(`${complete}&rv=2026.11.1`), rules);
    expect(link).toMatchObject({ ok: true });
    expect(link).not.toHaveProperty("rulesVersion");
    // With its digest, it is what it says.
    const whole = readResultLink(new URLSearchParams(`${complete}&rv=2026.11.1&d=p`), rules);
    expect(whole).toMatchObject({ ok: true, rulesVersion: "2026.11.1" });
  });

  it("keeps the answers beside one damaged answer, without it, and none beside two", () => {
    const whole = `${complete}&rv=2026.11.2&d=p`;
    const share = read(whole.replace("p=100", "p=149"));
    expect(share).toEqual({
      ok: false,
      problem: "invalid-value",
      draft: {
        investor: { origin: "other" },
        company: { registeredIn: "beijing" },
        services: [{ code: "B22", facilities: [] }],
      },
    });
    const facilities = read(whole.replace("f22=-", "f22=bq"));
    expect(facilities).toMatchObject({ ok: false, problem: "invalid-value" });
    expect(!facilities.ok && facilities.draft?.services).toEqual([{ code: "B22" }]);
    expect(read(whole.replace("p=100", "p=149").replace("o=o", "o=q"))).toEqual({
      ok: false,
      problem: "invalid-value",
    });
  });

  it("answers a link without a single answer as having none, not as one to continue", () => {
    for (const query of ["", "v=1", "v=", "v", "utm_source=x", "v=1&rv=2026.11.2"])
      expect(read(query), query).toEqual({ ok: false, problem: "no-answers" });
  });
});

describe("isLaterVersion", () => {
  it.each([
    ["2026.11.10", "2026.11.9", true],
    ["2026.12.1", "2026.11.10", true],
    ["2026.11.2.1", "2026.11.2", true],
    ["2026.11.2", "2026.11.2", false],
    ["2026.11.9", "2026.11.10", false],
    ["2026.x", "2026.11.2", false],
    ["", "2026.11.2", false],
  ])("%s after %s: %s", (version, than, later) => {
    expect(isLaterVersion(version, than)).toBe(later);
  });
});
