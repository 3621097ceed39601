import { describe, expect, it } from "vitest";

import { duplicateMembers } from "./duplicate-members";

describe("duplicateMembers", () => {
  it("finds none in a document whose objects name each member once", () => {
    const text = JSON.stringify({
      investor: { origin: "other", foreignSharePercent: 49 },
      services: [{ code: "B12" }, { code: "B25" }],
    });
    expect(duplicateMembers(text)).toEqual([]);
  });

  it("names a member given twice by its path, however deep, arrays by index", () => {
    expect(
      duplicateMembers(
        '{"investor":{"foreignSharePercent":49,"origin":"other","foreignSharePercent":100}}',
      ),
    ).toEqual([["investor", "foreignSharePercent"]]);
    expect(
      duplicateMembers(
        '{"services":[{"code":"B12","facilities":[]},{"code":"B25","code":"B26","facilities":[]}]}',
      ),
    ).toEqual([["services", 1, "code"]]);
  });

  it("names each repeated member of each object once, however often it repeats", () => {
    expect(duplicateMembers('{"a":1,"a":2,"a":3}')).toEqual([["a"]]);
    // 5,000 repeats of one name do not crowd out another repeated name after them.
    const text = `{${'"a":1,'.repeat(5_000)}"b":1,"b":2,"c":{"a":1,"a":1}}`;
    expect(duplicateMembers(text, 101)).toEqual([["a"], ["b"], ["c", "a"]]);
  });

  it("compares names as JSON reads them, escapes decoded", () => {
    expect(duplicateMembers('{"investor":1,"\\u0069nvestor":2}')).toEqual([["investor"]]);
    expect(duplicateMembers('{"__proto__":1,"__proto__":2}')).toEqual([["__proto__"]]);
  });

  it("is not misled by braces, commas, quotes and colons inside strings, or by equal values", () => {
    expect(
      duplicateMembers('{"a":"x\\",\\"a\\":{","b":["a","a"],"c":{"a":1},"d":{"a":1}}'),
    ).toEqual([]);
    expect(duplicateMembers('[{"a":1},{"a":1}]')).toEqual([]);
  });

  it("stops at the limit, and reads 64 KiB of nesting in one pass", () => {
    expect(duplicateMembers('{"a":1,"a":2,"b":3,"b":4,"c":5,"c":6}', 2)).toEqual([["a"], ["b"]]);
    // Deeper than any recursion would survive: the one pass keeps its own stack.
    const depth = 32 * 1024;
    const nested = `${"[".repeat(depth)}{"a":1,"a":2}${"]".repeat(depth)}`;
    const [path] = duplicateMembers(nested);
    expect(path).toHaveLength(depth + 1);
  });
});
