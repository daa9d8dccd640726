import { describe, expect, it } from "vitest";
import { sortRows } from "./sort";

describe("sortRows", () => {
  const rows = [
    { n: "乙", v: 3 as number | null },
    { n: "甲", v: null },
    { n: "丙", v: 10 },
    { n: "丁", v: 3 },
  ];
  it("unknown values last in both directions, ties stable", () => {
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.n)).toEqual(["丙", "乙", "丁", "甲"]);
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.n)).toEqual(["乙", "丁", "丙", "甲"]);
  });
  it("text in Chinese collation", () => {
    const sorted = sortRows(["深圳", "广州", "东莞"], (s) => s, "asc");
    expect(sorted).toHaveLength(3);
    expect(sortRows(["b", "a"], (s) => s, "asc")).toEqual(["a", "b"]);
  });
});
