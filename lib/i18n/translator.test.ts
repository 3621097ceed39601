import { describe, expect, it } from "vitest";

import { dateValue } from "@/lib/present/locale";
import { RULES_CHECKED_ON } from "@/lib/rules";

import { CATALOGUES, translatorFor } from "./translator";

/** Every `{name, date, …}` message of a catalogue, by key. */
function dateMessages(node: unknown, prefix = ""): Array<[string, string]> {
  if (typeof node === "string") return /\{\w+, date/.test(node) ? [[prefix, node]] : [];
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    dateMessages(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe("dates", () => {
  const day = dateValue("2026-11-28");

  it("are British in English: day, month, year", () => {
    expect(translatorFor("en")("layout.rulesLine", { version: "1", checkedOn: day })).toBe(
      "Rules version 1, last checked on 28 November 2026.",
    );
  });

  it("are 年月日 in Chinese", () => {
    expect(translatorFor("zh")("layout.rulesLine", { version: "1", checkedOn: day })).toContain(
      "2026年11月28日",
    );
  });

  it("are written one way in every English message that shows one", () => {
    const t = translatorFor("en");
    const keys = dateMessages(CATALOGUES.en).map(([key]) => key);
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) {
      const values = Object.fromEntries(
        ["date", "checkedOn", "printedOn", "issued", "approved", "effective"].map((name) => [
          name,
          dateValue(RULES_CHECKED_ON),
        ]),
      );
      const text = t(key, { ...values, version: "1", count: 1 });
      expect(text, key).not.toMatch(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
      expect(text, key).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    }
  });
});
