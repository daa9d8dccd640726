import { describe, expect, it } from "vitest";
import { HEADER } from "./__fixtures__/policies";
import { citationOf, inForceOn, pickInForce } from "./policy";

describe("policy headers", () => {
  const v1 = { ...HEADER, version: "1", effective_from: "2020-01-01", effective_to: "2024-01-01" };
  const v2 = { ...HEADER, version: "2", effective_from: "2024-01-01", effective_to: null };
  it.each([
    ["2019-12-31", undefined],
    ["2020-01-01", "1"],
    ["2023-12-31", "1"],
    ["2024-01-01", "2"],
    ["2030-06-30", "2"],
  ])("on %s the version in force is %s (from inclusive, to exclusive)", (date, version) => {
    expect(pickInForce([v1, v2], "test", date)?.version).toBe(version);
  });
  it("checks a single window", () => {
    expect(inForceOn(v1, "2024-01-01")).toBe(false);
  });
  it("resolves an item's citation, inheriting the file's source and keeping the uncertainty mark", () => {
    expect(citationOf(HEADER, { uncertain: true, note: "[U]" })).toEqual({ number: "测试〔2020〕1号", title: "测试文件", article: "第1条", uncertain: true, note: "[U]" });
    expect(() => citationOf(HEADER, { source: { doc: "nope", article: "x" } })).toThrow(/undeclared/);
  });
});
