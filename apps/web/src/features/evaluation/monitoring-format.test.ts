import { describe, expect, it } from "vitest";
import { contributionText, isStock, limitState, monitoringField, monthQuantity, nullsLast } from "./monitoring-format";

describe("monthQuantity", () => {
  it.each([
    [27_842.17, "output", "zh-CN", "2.78 亿元"],
    [888.81, "taxPaid", "zh-CN", "888.81 万元"],
    [11_652_049, "electricityKwh", "zh-CN", "1,165.20 万千瓦时"],
    [11_652_049, "electricityKwh", "en-US", "1,165.20 10k kWh"],
    [2_882, "employees", "zh-CN", "2,882 人"],
    [2_882, "employees", "en-US", "2,882 persons"],
    [null, "revenue", "zh-CN", "—"],
    [null, "employees", "zh-CN", "—"],
  ] as const)("%s of %s (%s) → %s", (value, field, lang, expected) => {
    expect(monthQuantity(value, field, lang)).toBe(expected);
  });
});

describe("fields", () => {
  it("reads the field from the URL, output otherwise", () => {
    expect(monitoringField("taxPaid")).toBe("taxPaid");
    expect(monitoringField("employees")).toBe("employees");
    expect(monitoringField(undefined)).toBe("output");
    expect(monitoringField("constructor")).toBe("output");
  });
  it("only employees are a stock", () => {
    expect(isStock("employees")).toBe(true);
    expect(isStock("output")).toBe(false);
    expect(isStock("electricityKwh")).toBe(false);
  });
});

describe("contributionText", () => {
  it.each([
    [0.0175, "zh-CN", "+1.75 个百分点"],
    [-0.014, "en-US", "−1.40 pp"],
    [0, "zh-CN", "0.00 个百分点"],
    [null, "zh-CN", "—"],
  ] as const)("%s (%s) → %s", (value, lang, expected) => {
    expect(contributionText(value, lang)).toBe(expected);
  });
});

describe("limitState", () => {
  it.each([
    [0, 3, "within"],
    [3, 3, "within"],
    [4, 3, "over"],
    [null, 3, "unknown"],
    [undefined, 3, "unknown"],
  ] as const)("%s of at most %s → %s", (count, max, expected) => {
    expect(limitState(count, max)).toBe(expected);
  });
});

describe("nullsLast", () => {
  type Row = { v: number | null };
  const rows: Row[] = [{ v: 2 }, { v: null }, { v: -1 }, { v: 5 }, { v: null }];
  const compare = nullsLast<Row>((r) => r.v);
  // antd sorts ascending with the comparator and descending with its negation.
  const sortAs = (order: "ascend" | "descend") => [...rows].sort((a, b) => (order === "descend" ? -1 : 1) * compare(a, b, order)).map((r) => r.v);

  it("puts unknown values last when ascending", () => {
    expect(sortAs("ascend")).toEqual([-1, 2, 5, null, null]);
  });
  it("puts unknown values last when descending too", () => {
    expect(sortAs("descend")).toEqual([5, 2, -1, null, null]);
  });
  it("compares text in Chinese collation", () => {
    const byName = nullsLast<{ n: string | null }>((r) => r.n);
    expect(byName({ n: "39" }, { n: "27" }, "ascend")).toBeGreaterThan(0);
    expect(byName({ n: null }, { n: "27" }, "ascend")).toBeGreaterThan(0);
  });
});
