import { quantileOf } from "../stats";

/** The province's distribution of one indicator over its parks, for a year. */
export interface ProvinceStats {
  readonly n: number;
  readonly median: number | null;
  /** Quantile q (full marks for higher-is-better) and 1 − q (full marks for lower-is-better). */
  readonly high: number | null;
  readonly low: number | null;
}

/** Median and the full-marks quantiles over the parks that have a value (unknowns left out, never read as zero). */
export const provinceStats = (values: readonly (number | null)[], fullMarksQuantile: number): ProvinceStats => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return { n: known.length, median: quantileOf(known, 0.5), high: quantileOf(known, fullMarksQuantile), low: quantileOf(known, 1 - fullMarksQuantile) };
};

/**
 * Points (0–100) of a value against the province: higher-is-better earns full marks from the
 * full-marks quantileOf up, `pass` points at the median, linear in between, and pass × v ÷ median
 * below it; lower-is-better mirrors it around the lower quartile. Null when there is no benchmark.
 */
export const benchmarkPoints = (
  value: number,
  direction: "higher_better" | "lower_better",
  stats: { readonly median: number | null; readonly best: number | null },
  pass: number,
): number | null => {
  const { median: med, best } = stats;
  if (med === null || best === null) return null;
  if (direction === "higher_better") {
    if (value >= best) return 100;
    if (value >= med) return best > med ? pass + ((100 - pass) * (value - med)) / (best - med) : 100;
    return med > 0 ? Math.max(0, (pass * value) / med) : 0;
  }
  if (value <= best) return 100;
  if (value <= med) return med > best ? pass + ((100 - pass) * (med - value)) / (med - best) : 100;
  return value > 0 ? Math.max(0, (pass * med) / value) : 0;
};
