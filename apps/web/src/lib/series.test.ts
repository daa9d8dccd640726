import { describe, expect, it } from "vitest";
import { shiftPeriod, yearOnYear } from "./series";

describe("monthly periods", () => {
  it.each([
    ["2026-03", -12, "2025-03"],
    ["2026-01", -1, "2025-12"],
    ["2025-12", 1, "2026-01"],
    ["2024-02", 0, "2024-02"],
  ])("%s %+d months → %s", (p, n, out) => expect(shiftPeriod(p, n)).toBe(out));

  it("year-on-year against the same month a year before; unknown where either is missing", () => {
    const points = [
      { period: "2025-01", v: 100 },
      { period: "2025-02", v: null },
      { period: "2025-03", v: 0 },
      { period: "2026-01", v: 110 },
      { period: "2026-02", v: 50 },
      { period: "2026-03", v: 10 },
    ];
    const yoy = yearOnYear(points, (p) => p.v);
    expect(yoy[0]).toBeNull();
    expect(yoy[3]).toBeCloseTo(0.1);
    expect(yoy[4]).toBeNull(); // previous month unknown
    expect(yoy[5]).toBeNull(); // base of zero
  });
});
