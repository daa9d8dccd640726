import type { SeasonTables } from "./seasonality";
import type { DemoCalendar } from "./calendar";
import type { Firm } from "./firm";

/**
 * The month-by-month truth of one enterprise over the whole timeline. Monthly reports are these
 * values (with gaps and anomalies applied later); annual totals are their sums plus a small
 * reporting discrepancy, so monthly and annual data agree wherever both exist.
 */
export interface MonthlySeries {
  readonly revenue: Float64Array;
  /** Gross output; all zeros for non-industrial firms (reported as null, not applicable). */
  readonly output: Float64Array;
  readonly tax: Float64Array;
  readonly electricity: Float64Array;
  /** Month-end headcount. */
  readonly employees: Float64Array;
}

export interface YearTotals {
  readonly year: number;
  readonly revenue: number;
  readonly output: number | null;
  readonly tax: number;
  readonly electricity: number;
  /** Annual average headcount. */
  readonly employees: number;
  /** True when a decline had set in before or during the year. */
  readonly declining: boolean;
}

export const isActive = (firm: Firm, t: number): boolean => t >= firm.startT && t < firm.endT;

export const simulateMonths = (firm: Firm, calendar: DemoCalendar, season: SeasonTables): MonthlySeries => {
  const { rng, industry } = firm;
  const n = calendar.months;
  const series: MonthlySeries = {
    revenue: new Float64Array(n),
    output: new Float64Array(n),
    tax: new Float64Array(n),
    electricity: new Float64Array(n),
    employees: new Float64Array(n),
  };
  const monthlyBase = firm.revenueLevel / 12;
  const headcountBase = firm.revenueLevel / firm.revenuePerHead;
  const kwhPerOutput = firm.energyPerOutput.electricityKwh;
  // Labour-intensive trades lose part of their workforce over the Spring Festival.
  const festivalLoss = industry.profile.revenuePerHead < 60 ? 0.05 : 0.02;
  const seasonal = industry.industrial ? season.industrial : season.service;
  let drift = rng.normal(0, 0.05);
  for (let t = 0; t < n; t++) {
    // A persistent random drift (orders won and lost) on top of the trend.
    drift = 0.85 * drift + rng.normal(0, 0.03);
    const monthNoise = rng.normal(0, industry.industrial ? 0.06 : 0.05);
    const outputNoise = rng.normal(0, 0.03);
    const taxNoise = rng.normal(0, 0.15);
    const powerNoise = rng.normal(0, 0.04);
    const headNoise = rng.normal(0, 0.01);
    if (!isActive(firm, t)) continue;
    const age = t - firm.foundedT;
    const rampUp = age < 12 ? 0.3 + (0.7 * age) / 12 : 1;
    const decline = firm.decline && t >= firm.decline.at ? 1 - (1 - firm.decline.factor) * Math.min(1, (t - firm.decline.at + 1) / 3) : 1;
    const level = Math.pow(1 + firm.growth, t / 12) * Math.exp(drift) * decline * rampUp;
    const month = calendar.monthOfYear[t] ?? 1;
    const revenue = monthlyBase * level * (seasonal[t] ?? 1) * Math.exp(monthNoise);
    const output = industry.industrial ? revenue * firm.outputRatio * Math.exp(outputNoise) : 0;
    series.revenue[t] = revenue;
    series.output[t] = output;
    series.tax[t] = revenue * firm.taxRate * (season.tax[t] ?? 1) * Math.exp(taxNoise);
    series.electricity[t] = (industry.industrial ? output : revenue) * kwhPerOutput * (season.electricity[t] ?? 1) * Math.exp(powerNoise);
    // Headcount follows activity less than proportionally (firms hoard labour).
    const festival = month === 2 ? 1 - festivalLoss : 1;
    series.employees[t] = Math.max(1, Math.round(headcountBase * Math.sqrt(level) * festival * (1 + headNoise)));
  }
  return series;
};

/** Annual totals of the months a firm was active in each year; null for a year it was not. */
export const yearTotals = (firm: Firm, calendar: DemoCalendar, series: MonthlySeries): (YearTotals | null)[] =>
  calendar.years.map((year, k) => {
    let revenue = 0;
    let output = 0;
    let tax = 0;
    let electricity = 0;
    let headcount = 0;
    let active = 0;
    for (let t = 12 * k; t < 12 * k + 12; t++) {
      if (!isActive(firm, t)) continue;
      active++;
      revenue += series.revenue[t] ?? 0;
      output += series.output[t] ?? 0;
      tax += series.tax[t] ?? 0;
      electricity += series.electricity[t] ?? 0;
      headcount += series.employees[t] ?? 0;
    }
    // Annual reports are compiled from the books, not by adding up monthly returns, so they
    // differ from the monthly sums by a little.
    const discrepancy = () => 1 + firm.rng.normal(0, 0.01);
    const d = [discrepancy(), discrepancy(), discrepancy(), discrepancy()] as const;
    if (active === 0) return null;
    return {
      year,
      revenue: revenue * d[0],
      output: firm.industry.industrial ? output * d[1] : null,
      tax: tax * d[2],
      electricity: electricity * d[3],
      employees: Math.max(1, Math.round(headcount / active)),
      declining: firm.decline !== null && firm.decline.at < 12 * k + 12,
    };
  });
