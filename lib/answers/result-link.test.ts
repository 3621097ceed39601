import { describe, expect, it } from "vitest";

import { readResultLink, type RulesFacts } from "./result-link";

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

  it("refuses a rules version that was never released, and a digest the current rules contradict", () => {
    expect(read(`${complete}&rv=2026.11.9`)).toMatchObject({
      ok: false,
      problem: "unknown-rules-version",
    });
    expect(read(`${complete}&rv=2026.11.2&d=n`)).toMatchObject({ ok: false, problem: "tampered" });
    // Under older rules a different digest is news, not damage.
    expect(read(`${complete}&rv=2026.11.1&d=n`)).toMatchObject({
      ok: true,
      rulesVersion: "2026.11.1",
    });
  });
});
