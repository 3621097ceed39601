import { describe, expect, it } from "vitest";

import { gapAfter, listOf } from "./locale";

describe("listOf names several things the way each language's text does", () => {
  it("in British English, without a serial comma", () => {
    expect(listOf("en", ["B11", "B12", "B21"])).toBe("B11, B12 and B21");
    expect(listOf("en", ["B11", "B12"])).toBe("B11 and B12");
  });

  it("in Chinese, with the enumeration comma and 和", () => {
    expect(listOf("zh", ["B11", "B12", "B21"])).toBe("B11、B12和B21");
  });

  it("in Chinese, with 以及 before the last where a name itself holds 和", () => {
    expect(
      listOf("zh", ["信息服务业务（B25）", "编码和规程转换业务（B26）", "呼叫中心业务（B24）"]),
    ).toBe("信息服务业务（B25）、编码和规程转换业务（B26）以及呼叫中心业务（B24）");
    expect(listOf("zh", ["信息服务业务（B25）", "编码和规程转换业务（B26）"])).toBe(
      "信息服务业务（B25）以及编码和规程转换业务（B26）",
    );
  });

  it("one name stands alone", () => {
    expect(listOf("en", ["B22"])).toBe("B22");
  });
});

describe("gapAfter puts a space after a label only where its language writes one", () => {
  it("none after Chinese full-width punctuation, one after English", () => {
    expect(gapAfter("链接：")).toBe("");
    expect(gapAfter("，第二项（取消外资股比限制的业务）。")).toBe("");
    expect(gapAfter("《电信业务分类目录》")).toBe("");
    expect(gapAfter("Link:")).toBe(" ");
    expect(gapAfter(", item 2.")).toBe(" ");
  });
});
