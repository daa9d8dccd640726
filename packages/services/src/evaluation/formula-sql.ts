import { annualFieldByKey, ENERGY_CARRIER_KEYS, POLLUTANT_KEYS, type Conversions, type IndicatorDef, type Quantity } from "@parkpilot/core";

/**
 * The catalogue's sum and ratio formulas as SQL over enterprise_annual, so a province's park,
 * region and province values come from one scan. It follows core/evaluation/indicators exactly
 * (tests compare both on the same rows): a missing carrier or pollutant makes the derived
 * quantity NULL, and a ratio takes Σ numerator ÷ Σ denominator over the rows where the numerator
 * is known and the denominator positive. Identifiers come from the field catalogue and numbers
 * from validated policy files, never from input.
 */
const num = (x: number): string => {
  if (!Number.isFinite(x)) throw new Error(`not a finite coefficient: ${x}`);
  return `${x}::float8`;
};

const column = (key: string, alias: string): string => {
  const f = annualFieldByKey.get(key);
  if (!f) throw new Error(`unknown annual field ${key}`);
  return `${alias}.${f.column}`;
};

export const quantitySql = (q: Quantity, conv: Conversions, alias = "a"): string => {
  if ("field" in q) return column(q.field, alias);
  if (q.derived === "energy_tce") {
    const carriers = `(${ENERGY_CARRIER_KEYS.map((c) => `${column(c, alias)} * ${num(conv.energy.coefficients[c].tce_per_unit)}`).join(" + ")})`;
    const reported = column("energyTce", alias);
    return conv.energy.prefer === "carriers" ? `COALESCE(${carriers}, ${reported})` : `COALESCE(${reported}, ${carriers})`;
  }
  return `(${POLLUTANT_KEYS.map((p) => `${column(p, alias)} / ${num(conv.pollution.kg_per_equivalent[p].value)}`).join(" + ")})`;
};

export interface AggregateSql {
  /** Σ numerator (or Σ quantity) over the contributing rows. */
  readonly num: string;
  /** Σ denominator; null for sums. */
  readonly den: string | null;
  /** Number of contributing rows (the "reporting" of the completeness). */
  readonly cnt: string;
  readonly scale: number;
}

/** Aggregate expressions of a sum or ratio indicator, or null for builtins and monthly sums. */
export const aggregateSql = (def: IndicatorDef, conv: Conversions, alias = "a"): AggregateSql | null => {
  const f = def.formula;
  if (f.kind === "sum") {
    const q = quantitySql(f.of, conv, alias);
    return { num: `sum(${q})`, den: null, cnt: `count(${q})`, scale: 1 };
  }
  if (f.kind !== "ratio") return null;
  const n = quantitySql(f.numerator, conv, alias);
  const d = quantitySql(f.denominator, conv, alias);
  const ok = `(${n}) IS NOT NULL AND (${d}) > 0`;
  return { num: `sum(${n}) FILTER (WHERE ${ok})`, den: `sum(${d}) FILTER (WHERE ${ok})`, cnt: `count(*) FILTER (WHERE ${ok})`, scale: f.scale ?? 1 };
};

/** The value of an aggregate from its sums: null when nothing contributed (unknown, not zero). */
export const aggregateValue = (agg: AggregateSql, num: unknown, den: unknown, cnt: number): number | null => {
  if (cnt === 0 || num === null || num === undefined) return null;
  if (agg.den === null) return Number(num);
  const d = Number(den);
  return d > 0 ? (Number(num) / d) * agg.scale : null;
};
