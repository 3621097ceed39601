import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";

import { RULES_HISTORY, RULES_VERSION, RULES_VERSIONS } from "@/lib/rules";

import { rulesChange } from "./rules-change";

describe("the rules' history", () => {
  it("ends with the current version, and every release is in RULES_CHANGELOG.md", () => {
    expect(RULES_VERSIONS.at(-1)).toBe(RULES_VERSION);
    const changelog = readFileSync("RULES_CHANGELOG.md", "utf8");
    for (const release of RULES_HISTORY)
      expect(changelog).toContain(`## ${release.version} — ${release.date}`);
  });

  it("says every release's changes in the catalogue", () => {
    const changes: Record<string, string> = en.changelog;
    for (const release of RULES_HISTORY)
      for (const key of release.changes) expect(changes[key], key).toBeTruthy();
  });
});

describe("a link made under older rules", () => {
  const services = [
    { code: "B12" as const, verdict: "not-permitted" as const },
    { code: "B25" as const, verdict: "permitted-with-conditions" as const },
  ];

  it("is told nothing when it carries today's version", () => {
    expect(
      rulesChange({ rulesVersion: RULES_VERSION, digest: ["permitted", "permitted"] }, services),
    ).toEqual({ kind: "current" });
  });

  it("is told the verdicts are the same when they are", () => {
    expect(
      rulesChange(
        { rulesVersion: "2026.11.1", digest: ["not-permitted", "permitted-with-conditions"] },
        services,
      ),
    ).toEqual({
      kind: "same",
      version: "2026.11.1",
    });
  });

  it("without a digest claims nothing of the verdicts: only the releases since its version", () => {
    for (const digest of [undefined, []]) {
      const change = rulesChange(
        { rulesVersion: "2026.11.1", ...(digest && { digest }) },
        services,
      );
      expect(change.kind).toBe("unknown");
      expect(change.kind === "unknown" && change.releases.map((r) => r.version)).toEqual(
        RULES_VERSIONS.slice(1),
      );
    }
  });

  it("names the services whose verdict changed, and the releases since its version", () => {
    const change = rulesChange(
      { rulesVersion: "2026.11.1", digest: ["permitted", "permitted-with-conditions"] },
      services,
    );
    expect(change).toMatchObject({
      kind: "changed",
      services: [{ code: "B12", before: "permitted", now: "not-permitted" }],
    });
    expect(change.kind === "changed" && change.releases.map((r) => r.version)).toEqual(
      RULES_VERSIONS.slice(1),
    );
  });
});
