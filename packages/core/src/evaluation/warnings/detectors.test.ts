import { describe, expect, it } from "vitest";
import { detectDeclineStreak, detectDivergence, detectGrowthBelow, detectNonReporting } from "./detectors";

/** Months of 2024 at 100, and 2025 values as given (Jan first). */
const series = (y2025: (number | null)[], base = 100) => {
  const m = new Map<string, number | null>();
  for (let i = 1; i <= 12; i++) m.set(`2024-${String(i).padStart(2, "0")}`, base);
  y2025.forEach((v, i) => m.set(`2025-${String(i + 1).padStart(2, "0")}`, v));
  return m;
};

describe("revenue down ≥30 % year on year for 3 consecutive months", () => {
  it.each([
    ["exactly −30 % three times fires", [90, 70, 70, 70], true],
    ["−29.9 % in one month does not", [90, 70, 70.1, 70], false],
    ["two months only does not", [90, 100, 60, 60], false],
    ["−50 % three times fires", [50, 50, 50, 50], true],
  ])("%s", (_, values, fires) => {
    expect(detectDeclineStreak(series(values), "2025-04", 0.3, 3).fires).toBe(fires);
  });
  it("does not fire on missing data, and says why", () => {
    const d = detectDeclineStreak(series([50, null, 50, 50]), "2025-04", 0.3, 3);
    expect(d.fires).toBe(false);
    expect(d.undecided?.en).toMatch(/not reported/);
  });
  it("reports the weakest drop and the decisive months", () => {
    const d = detectDeclineStreak(series([90, 60, 65, 50]), "2025-04", 0.3, 3);
    expect(d.measured.weakest_drop).toBeCloseTo(0.35);
    expect(d.decisive).toEqual(["2025-02", "2025-03", "2025-04"]);
  });
});

describe("electricity down sharply while output is flat", () => {
  it.each([
    ["−30 % power, +5 % output fires", 70, 105, true],
    ["−30 % power, −5 % output fires", 70, 95, true],
    ["−29 % power does not", 71, 100, false],
    ["output +6 % does not", 70, 106, false],
    ["output down with power (real slowdown) does not", 60, 65, false],
  ])("%s", (_, power, output, fires) => {
    expect(detectDivergence(series([power]), series([output]), "2025-01", 0.3, 0.05, 1).fires).toBe(fires);
  });
  it("is undecided without a base", () => {
    expect(detectDivergence(series([70]), new Map([["2025-01", 100]]), "2025-01", 0.3, 0.05, 1).undecided).toBeDefined();
  });
});

describe("park output growth below zero", () => {
  it.each([
    ["cumulative −1 % fires", [99, 99], "ytd_yoy", true],
    ["cumulative 0 % does not (below zero, not at zero)", [90, 110], "ytd_yoy", false],
    ["monthly basis reads the month only", [90, 110], "yoy", false],
    ["monthly −10 % fires on yoy basis", [110, 90], "yoy", true],
  ] as const)("%s", (_, values, basis, fires) => {
    expect(detectGrowthBelow(series([...values]), "2025-02", basis, 0).fires).toBe(fires);
  });
  it.each([
    // [case, January 2025 against 100, fires, critical] with the alert line at 0 and the critical line at −5 %.
    ["−0.3 %: an alert, not critical", 99.7, true, false],
    ["−5 % exactly: an alert, not yet critical", 95, true, false],
    ["−5.1 %: critical", 94.9, true, true],
    ["growth 0: neither", 100, false, false],
  ] as const)("graded: %s", (_, january, fires, critical) => {
    const d = detectGrowthBelow(series([january]), "2025-01", "ytd_yoy", 0, -0.05);
    expect(d.fires).toBe(fires);
    expect(d.critical ?? false).toBe(critical);
    expect(d.measured).toMatchObject({ below: 0, critical_below: -0.05 });
  });
  it("without a critical line an alert is never critical", () => {
    const d = detectGrowthBelow(series([50]), "2025-01", "ytd_yoy", 0);
    expect(d.fires).toBe(true);
    expect(d.critical).toBeUndefined();
    expect(d.measured).not.toHaveProperty("critical_below");
  });
  it("a leading industry shrinking: −10 % exactly does not fire below −10 %, −10.1 % does", () => {
    expect(detectGrowthBelow(series([90]), "2025-01", "ytd_yoy", -0.1).fires).toBe(false);
    expect(detectGrowthBelow(series([89.9]), "2025-01", "ytd_yoy", -0.1).fires).toBe(true);
  });
});

describe("enterprises not reporting", () => {
  const reported = new Set(["2024-10", "2024-11", "2024-12", "2025-01"]);
  it.each([
    ["2025-03: silent for Feb and Mar, reported in Jan → fires", "2025-03", true],
    ["2025-02: only one month missed → does not", "2025-02", false],
    ["2026-03: last report outside the 12-month lookback → does not", "2026-03", false],
  ])("%s", (_, period, fires) => {
    expect(detectNonReporting(reported, period, 2, 12).fires).toBe(fires);
  });
  it("never fires for an enterprise that has not started reporting", () => {
    expect(detectNonReporting(new Set(), "2025-03", 2, 12).fires).toBe(false);
  });
  it("names the last report", () => {
    expect(detectNonReporting(reported, "2025-03", 2, 12).measured.last_reported).toBe("2025-01");
  });
});
