import { afterEach, describe, expect, it, vi } from "vitest";

import { absoluteUrl, publicOrigin, publicOriginWarning } from "./origin";

describe("publicOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the configured origin, without a path", () => {
    vi.stubEnv("PUBLIC_ORIGIN", "https://check.example.com/some/path");
    expect(publicOrigin()).toBe("https://check.example.com");
    expect(absoluteUrl("/result?v=1")).toBe("https://check.example.com/result?v=1");
  });

  it("falls back to localhost when unset or not an http(s) address", () => {
    vi.stubEnv("PUBLIC_ORIGIN", "");
    expect(publicOrigin()).toBe("http://localhost:3000");
    vi.stubEnv("PUBLIC_ORIGIN", "ftp://check.example.com");
    expect(publicOrigin()).toBe("http://localhost:3000");
  });
});

describe("publicOriginWarning", () => {
  it("says nothing when PUBLIC_ORIGIN is a usable address", () => {
    expect(publicOriginWarning("https://check.example.com")).toBeUndefined();
  });

  it("names the missing setting and where links would point", () => {
    const warning = publicOriginWarning(undefined);
    expect(warning).toContain("PUBLIC_ORIGIN is not set");
    expect(warning).toContain("http://localhost:3000");
  });

  it("names a setting that is not an http(s) address", () => {
    expect(publicOriginWarning("check.example.com")).toContain(
      'PUBLIC_ORIGIN ("check.example.com") is not an http(s) address',
    );
  });
});
