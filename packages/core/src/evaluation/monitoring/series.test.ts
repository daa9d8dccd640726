import { describe, expect, it } from "vitest";
import { periodsEndingAt, shiftPeriod, yearToDatePeriods } from "./periods";
import { contribution, growthRate, mom, monthFigures, ytd, ytdYoy, yoy } from "./series";

const s = new Map<string, number | null>([
  ["2024-01", 100],
  ["2024-02", 80],
  ["2024-03", 120],
  ["2025-01", 110],
  ["2025-02", null],
  ["2025-03", 90],
]);

describe("periods", () => {
  it("shifts across year ends", () => {
    expect(shiftPeriod("2025-01", -1)).toBe("2024-12");
    expect(shiftPeriod("2024-12", 13)).toBe("2026-01");
    expect(yearToDatePeriods("2025-03")).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(periodsEndingAt("2025-02", 3)).toEqual(["2024-12", "2025-01", "2025-02"]);
  });
});

describe("monthly figures", () => {
  it("year on year and month on month", () => {
    expect(yoy(s, "2025-01")).toBeCloseTo(0.1);
    expect(yoy(s, "2025-03")).toBeCloseTo(-0.25);
    expect(mom(s, "2024-03")).toBeCloseTo(0.5);
  });
  it("unknown when a side is unknown or the base is not positive", () => {
    expect(yoy(s, "2025-02")).toBeNull();
    expect(mom(s, "2025-03")).toBeNull();
    expect(growthRate(5, 0)).toBeNull();
    expect(growthRate(5, null)).toBeNull();
  });
  it("year to date needs every month; its year on year compares like months", () => {
    expect(ytd(s, "2024-03")).toBe(300);
    expect(ytd(s, "2025-01")).toBe(110);
    expect(ytd(s, "2025-03")).toBeNull();
    expect(ytdYoy(s, "2025-01")).toBeCloseTo(0.1);
    expect(monthFigures(s, "2025-03")).toEqual({ period: "2025-03", value: 90, yoy: -0.25, mom: null, ytd: null, ytdYoy: null });
  });
  it("contributions of the parts add up to the total's growth", () => {
    // Total 100 → 110: part a 60 → 75 (+15), part b 40 → 35 (−5).
    const a = contribution(75, 60, 100)!;
    const b = contribution(35, 40, 100)!;
    expect(a).toBeCloseTo(0.15);
    expect(b).toBeCloseTo(-0.05);
    expect(a + b).toBeCloseTo(growthRate(110, 100)!);
    expect(contribution(75, null, 100)).toBeNull();
  });
});
