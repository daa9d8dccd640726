import { shiftPeriod, yearToDatePeriods } from "./periods";

/** A monthly series: period → value, null (or absent) when nobody reported. */
export type MonthlySeries = ReadonlyMap<string, number | null>;

const at = (s: MonthlySeries, p: string): number | null => {
  const v = s.get(p);
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
};

/** Growth (v − base) ÷ base; unknown when either side is unknown or the base is not positive. */
export const growthRate = (value: number | null, base: number | null): number | null =>
  value === null || base === null || !(base > 0) ? null : (value - base) / base;

/** Year-on-year growth of the month (同比). */
export const yoy = (s: MonthlySeries, p: string): number | null => growthRate(at(s, p), at(s, shiftPeriod(p, -12)));

/** Month-on-month growth (环比). */
export const mom = (s: MonthlySeries, p: string): number | null => growthRate(at(s, p), at(s, shiftPeriod(p, -1)));

/** January-to-month cumulative (累计); unknown when any month of it is unknown. */
export const ytd = (s: MonthlySeries, p: string): number | null => {
  let total = 0;
  for (const q of yearToDatePeriods(p)) {
    const v = at(s, q);
    if (v === null) return null;
    total += v;
  }
  return total;
};

/** Growth of the cumulative over the same months of last year (累计同比). */
export const ytdYoy = (s: MonthlySeries, p: string): number | null => growthRate(ytd(s, p), ytd(s, shiftPeriod(p, -12)));

/**
 * Contribution of a part (an industry) to the total's year-on-year growth, in shares of the
 * total's base: (part − part last year) ÷ total last year. Contributions of all parts add up to
 * the total's growth when the parts add up to the total.
 */
export const contribution = (part: number | null, partBase: number | null, totalBase: number | null): number | null =>
  part === null || partBase === null || totalBase === null || !(totalBase > 0) ? null : (part - partBase) / totalBase;

export interface MonthFigures {
  readonly period: string;
  readonly value: number | null;
  readonly yoy: number | null;
  readonly mom: number | null;
  readonly ytd: number | null;
  readonly ytdYoy: number | null;
}

/** All figures of a month at once. */
export const monthFigures = (s: MonthlySeries, p: string): MonthFigures => ({ period: p, value: at(s, p), yoy: yoy(s, p), mom: mom(s, p), ytd: ytd(s, p), ytdYoy: ytdYoy(s, p) });
