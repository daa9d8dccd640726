import { describe, expect, it } from "vitest";
import { sizeBand, type SizeBandTable } from "./size-band";

const table: SizeBandTable = {
  citation: "统计上大中小微型企业划分办法（2017）",
  rules: [
    { sector: "工业", divisions: ["06-46"], employees: [1000, 300, 20], revenue: [40_000, 2_000, 300] },
    { sector: "软件和信息技术服务业", divisions: ["65"], employees: [300, 100, 10], revenue: [10_000, 1_000, 50] },
  ],
  fallback: { sector: "其他未列明行业", divisions: [], employees: [300, 100, 10] },
};

describe("sizeBand", () => {
  it.each([
    ["industry large at both bounds", "3670", 1000, 40_000, "large"],
    ["industry: employees large, revenue only medium → one band down", "3670", 1000, 39_999, "medium"],
    ["industry medium at both bounds", "3841", 300, 2_000, "medium"],
    ["industry small at both bounds", "3841", 20, 300, "small"],
    ["industry micro: one indicator below small", "3841", 19, 90_000, "micro"],
    ["micro even when the other indicator is unknown", "3841", null, 299, "micro"],
    ["unknown when a needed indicator is missing", "3841", 500, null, "unknown"],
    ["software sector bounds", "6513", 100, 1_000, "medium"],
    ["other sectors: employees only", "7320", 300, null, "large"],
    ["no industry code: other sectors", null, 9, null, "micro"],
  ] as const)("%s", (_label, code, employees, revenue, band) => {
    expect(sizeBand(table, code, employees, revenue).band).toBe(band);
  });

  it("says why", () => {
    expect(sizeBand(table, "3841", 19, 90_000).reason).toBe("工业：从业人员 19 低于小型下限 20，划为微型");
    expect(sizeBand(table, "3841", 300, 2_000).reason).toBe("工业：从业人员 300、营业收入 2000，达到中型下限");
  });
});
