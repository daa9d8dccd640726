import type { IndicatorFormula } from "./types";
import { quantityOf, type FieldValues } from "./measure";
import type { Conversions } from "./types";

/** A park or region value with the completeness behind it. */
export interface Aggregate {
  readonly value: number | null;
  /** Enterprises whose data entered the value. */
  readonly reporting: number;
  /** Enterprises that should have reported. */
  readonly population: number;
}

/**
 * Aggregates a sum or ratio formula over a population the way the SQL path does: sums over the
 * reporters; ratios as Σ numerator ÷ Σ denominator over the enterprises that reported both with a
 * positive denominator (never the mean of enterprise ratios). The services compute the same in
 * SQL for whole provinces; this version is the reference the tests compare it with.
 */
export const aggregateFormula = (formula: IndicatorFormula, rows: readonly FieldValues[], conv: Conversions): Aggregate => {
  const population = rows.length;
  if (formula.kind === "sum") {
    let total = 0;
    let reporting = 0;
    for (const r of rows) {
      const q = quantityOf(formula.of, r, conv);
      if (q.value === null) continue;
      total += q.value;
      reporting += 1;
    }
    return { value: reporting === 0 ? null : total, reporting, population };
  }
  if (formula.kind !== "ratio") throw new Error(`aggregateFormula: ${formula.kind} formulas are computed by their own builtin`);
  let num = 0;
  let den = 0;
  let reporting = 0;
  for (const r of rows) {
    const n = quantityOf(formula.numerator, r, conv);
    const d = quantityOf(formula.denominator, r, conv);
    if (n.value === null || d.value === null || !(d.value > 0)) continue;
    num += n.value;
    den += d.value;
    reporting += 1;
  }
  return { value: reporting === 0 || !(den > 0) ? null : (num / den) * (formula.scale ?? 1), reporting, population };
};
