import type { TIndicatorMeta, TIndicatorValue } from "@parkpilot/contracts";
import { describe, expect, it } from "vitest";
import { inOrientation, orientationCounts, withCatalogue } from "./indicator-rows";

const text = (s: string) => ({ zh: s, en: s });
const citation = { number: "工信部联规〔2025〕189号", title: "工业园区高质量发展指引", article: "二(一)1", uncertain: false };
const meta = (key: string, orientations: number[]): TIndicatorMeta => ({
  key,
  name: text(key),
  formulaText: text(key),
  unit: text("%"),
  frequency: "annual",
  direction: "higher_better",
  dataSource: "import",
  owner: text("统计部门"),
  alarm: null,
  excellent: null,
  thresholdCitation: null,
  orientations,
  levels: ["park"],
  citation,
  counts: "enterprises",
});
const value = (key: string): TIndicatorValue => ({ key, value: 1, reporting: 1, population: 1, unknown: null, rating: "normal", provinceMedian: 1, provinceParks: 1 });

const catalogue = [meta("a", [4]), meta("b", [3, 10]), meta("c", [4, 15]), meta("d", [1])];

describe("indicator rows: the park's values with their catalogue entries, by orientation", () => {
  it("joins each value to its catalogue entry, in the values' order, and keeps a value the catalogue lacks", () => {
    const rows = withCatalogue(catalogue, [value("c"), value("a"), value("zz")]);
    expect(rows.map((r) => [r.key, r.meta?.key])).toEqual([
      ["c", "c"],
      ["a", "a"],
      ["zz", undefined],
    ]);
  });

  it("counts the rows serving each orientation, in the Guidance's order, ignoring orientations no row serves", () => {
    const rows = withCatalogue(catalogue, [value("a"), value("b"), value("c"), value("zz")]);
    expect(orientationCounts(rows)).toEqual([
      { orientation: 3, count: 1 },
      { orientation: 4, count: 2 },
      { orientation: 10, count: 1 },
      { orientation: 15, count: 1 },
    ]);
  });

  it.each([
    [undefined, ["a", "b", "c", "zz"]],
    [4, ["a", "c"]],
    [10, ["b"]],
    [1, []],
    [19, []],
  ])("orientation %s → %j", (orientation, keys) => {
    const rows = withCatalogue(catalogue, [value("a"), value("b"), value("c"), value("zz")]);
    expect(inOrientation(rows, orientation).map((r) => r.key)).toEqual(keys);
  });
});
