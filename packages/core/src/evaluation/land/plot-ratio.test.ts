import { describe, expect, it } from "vitest";
import { inefficiencyOf } from "./inefficient";
import { M2_PER_MU, plotRatioWhatIf } from "./plot-ratio";

describe("工业上楼 what-if", () => {
  const parcels = [
    { areaMu: 10, plotRatio: 1, buildingAreaM2: null, status: "in_use" }, // 10 × 666.67 m² at 1.0 → +1.0 × area at 2.0
    { areaMu: 10, plotRatio: null, buildingAreaM2: 20 * M2_PER_MU, status: "in_use" }, // already above 2.0 → +0
    { areaMu: 5, plotRatio: null, buildingAreaM2: null, status: "in_use" }, // unknown: counted apart
    { areaMu: 50, plotRatio: 0, buildingAreaM2: null, status: "idle" }, // not in use: out
  ];
  const enterprises = [
    { output: 100, floorAreaM2: 100 },
    { output: 300, floorAreaM2: 100 },
    { output: 500, floorAreaM2: 100 },
    { output: 1, floorAreaM2: 0 },
    { output: null, floorAreaM2: 50 },
  ];
  it("adds the floor area up to the target and values it at the median output per m²", () => {
    const r = plotRatioWhatIf(parcels, 2, enterprises);
    expect(r).toMatchObject({ parcelsConsidered: 2, parcelsUnknown: 1, outputSample: 3, medianOutputPerM2: 3 });
    expect(r.extraFloorM2).toBeCloseTo(10 * M2_PER_MU);
    expect(r.projectedOutput).toBeCloseTo(30 * M2_PER_MU);
  });
  it("projects no output without enterprises reporting floor area (unknown, not zero)", () => {
    expect(plotRatioWhatIf(parcels, 2, []).projectedOutput).toBeNull();
  });
});

describe("inefficient land", () => {
  it.each([
    ["idle", null, "idle"],
    ["vacant", null, "vacant"],
    ["in_use", "D", "held_by_lowest_class"],
    ["in_use", "C", null],
    ["in_use", null, null],
    ["under_construction", "D", null],
  ] as const)("%s held by %s → %s", (status, klass, reason) => {
    expect(inefficiencyOf(status, klass, "D")).toBe(reason);
  });
});
