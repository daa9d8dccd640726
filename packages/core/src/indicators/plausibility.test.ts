import { describe, expect, it } from "vitest";
import { implausibleChange } from "./plausibility";

describe("implausibleChange (factor 100)", () => {
  it.each([
    // unknowns, zeros and losses are never compared
    { previous: null, next: 500, flagged: false },
    { previous: 500, next: null, flagged: false },
    { previous: undefined, next: 500, flagged: false },
    { previous: 0, next: 500, flagged: false },
    { previous: 500, next: 0, flagged: false },
    { previous: -20, next: 5000, flagged: false },
    { previous: 20, next: -5000, flagged: false },
    // ordinary growth and decline
    { previous: 1000, next: 1000, flagged: false },
    { previous: 1000, next: 99_999, flagged: false },
    { previous: 1000, next: 10.01, flagged: false },
    // at and beyond the boundary: a hundredfold jump or a fall to a hundredth
    { previous: 1000, next: 100_000, flagged: true },
    { previous: 1000, next: 10, flagged: true },
    { previous: 1000, next: 9.99, flagged: true },
    // 元 typed for 万元
    { previous: 2500.5, next: 25_005_000, flagged: true },
  ])("$previous → $next: flagged $flagged", ({ previous, next, flagged }) => {
    const change = implausibleChange(previous, next);
    expect(change !== null).toBe(flagged);
    if (change) expect(change.ratio).toBeCloseTo((next ?? 0) / (previous ?? 1));
  });

  it("takes another factor", () => {
    expect(implausibleChange(100, 1000, 10)).toMatchObject({ ratio: 10 });
    expect(implausibleChange(100, 999, 10)).toBeNull();
  });
});
