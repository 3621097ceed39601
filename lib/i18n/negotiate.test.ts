import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

const cases: Array<[string | null, "en" | "zh", string]> = [
  [null, "en", "no header answers in English"],
  ["zh-CN,zh;q=0.9", "zh", "a Chinese browser gets Chinese"],
  ["zh-Hans-CN", "zh", "a script and region subtag still match Chinese"],
  ["cmn-Hans-CN", "zh", "Mandarin's own language code gets Chinese, as the pages do"],
  ["en-GB,zh;q=0.5", "en", "the higher weight wins"],
  ["fr,zh;q=0.8", "zh", "a language without a catalogue is skipped for the next one"],
  ["zh;q=0,en", "en", "a language refused with q=0 is never chosen"],
  ["*", "en", "any language answers in the default"],
  ["!!;;,,", "en", "a garbled header answers in English"],
];

describe("negotiateLocale picks the API's language as the pages would", () => {
  it.each(cases)("%s → %s: %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
