import { describe, expect, it } from "vitest";

import { listOf } from "./locale";

describe("listOf names several things the way each language's text does", () => {
  it("in British English, without a serial comma", () => {
    expect(listOf("en", ["B11", "B12", "B21"])).toBe("B11, B12 and B21");
    expect(listOf("en", ["B11", "B12"])).toBe("B11 and B12");
  });

  it("in Chinese, with the enumeration comma and 和", () => {
    expect(listOf("zh", ["B11", "B12", "B21"])).toBe("B11、B12和B21");
  });

  it("one name stands alone", () => {
    expect(listOf("en", ["B22"])).toBe("B22");
  });
});
