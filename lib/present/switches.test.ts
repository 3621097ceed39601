import { describe, expect, it } from "vitest";

import { isPresenting, languageHref, presenterHref } from "./switches";

describe("the header's switches", () => {
  it("open the same page in the other language, keeping the answers", () => {
    expect(languageHref("/en/result?v=1&o=o&p=100", "zh")).toBe("/zh/result?v=1&o=o&p=100");
    expect(languageHref("/zh", "en")).toBe("/en");
    expect(languageHref(null, "zh")).toBe("/zh");
  });

  it("show a question again rather than resubmit it", () => {
    expect(languageHref("/en/plan/origin?v=1&present=1", "zh")).toBe(
      "/zh/plan/origin?v=1&present=1",
    );
    expect(presenterHref("/en/plan/facilities-B12?v=1&action=add", true)).toBe(
      "/en/plan/facilities-B12?v=1&present=1",
    );
  });

  it("keep an answer that was submitted and refused, to be shown again with its errors", () => {
    expect(languageHref("/en/plan/share?v=1&o=o&share=abc&submitted=1", "zh")).toBe(
      "/zh/plan/share?v=1&o=o&share=abc&entered=refused",
    );
    expect(presenterHref("/en/plan/share?v=1&share=abc&submitted=1", true)).toBe(
      "/en/plan/share?v=1&share=abc&entered=refused&present=1",
    );
    // Switched again from there, it stays refused.
    expect(languageHref("/zh/plan/share?v=1&share=abc&entered=refused", "en")).toBe(
      "/en/plan/share?v=1&share=abc&entered=refused",
    );
  });

  it("turn presenter mode on and off without touching the rest", () => {
    expect(presenterHref("/en/result?v=1&o=o", true)).toBe("/en/result?v=1&o=o&present=1");
    expect(presenterHref("/en/result?present=1&v=1&o=o", false)).toBe("/en/result?v=1&o=o");
    expect(isPresenting("/en/result?v=1&present=1")).toBe(true);
    expect(isPresenting("/en/result?v=1&present=0")).toBe(false);
    expect(isPresenting(null)).toBe(false);
  });
});
