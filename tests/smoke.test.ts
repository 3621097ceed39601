import { describe, expect, it } from "vitest";

import { routing } from "@/lib/i18n/routing";

describe("test runner", () => {
  it("resolves the @ alias", () => {
    expect(routing.locales).toEqual(["en", "zh"]);
  });

  it("stubs server-only", async () => {
    await expect(import("server-only")).resolves.toBeDefined();
  });
});
