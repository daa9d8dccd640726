/**
 * Order statistics over known values only (unknowns are dropped before, never counted as zero).
 * Quantiles interpolate linearly between order statistics (type 7, the spreadsheet default), so a
 * province median matches what an official gets in Excel.
 */
export const quantileOf = (values: readonly number[], q: number): number | null => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
};

export const medianOf = (values: readonly number[]): number | null => quantileOf(values, 0.5);

/** Σ numerators ÷ Σ denominators; null when nothing was summed or the denominator sum is not positive. */
export const ratioOfSums = (num: number, den: number, count: number): number | null => (count === 0 || !(den > 0) ? null : num / den);
