/** Helpers for monthly series keyed by "YYYY-MM". */

/** "2026-03" shifted by −12 → "2025-03". */
export const shiftPeriod = (period: string, months: number): string => {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, "0")}`;
};

/**
 * Year-on-year change of each month against the same month a year earlier (current ÷ previous
 * − 1); null where either month is unknown or the base is not positive.
 */
export const yearOnYear = <T extends { period: string }>(points: readonly T[], value: (p: T) => number | null): (number | null)[] => {
  const byPeriod = new Map(points.map((p) => [p.period, value(p)]));
  return points.map((p) => {
    const current = value(p);
    const previous = byPeriod.get(shiftPeriod(p.period, -12));
    if (current === null || previous === null || previous === undefined || previous <= 0) return null;
    return current / previous - 1;
  });
};
