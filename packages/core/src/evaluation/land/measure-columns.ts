import type { AnnualFieldKey } from "../../indicators/enterprise-fields";
import { ENERGY_CARRIER_KEYS, POLLUTANT_KEYS, type Conversions, type IndicatorDef, type Quantity } from "../indicators/types";
import { quantityKey } from "../indicators/measure";
import type { LandPopulation } from "./population";

/** Why a measure is unknown, per enterprise (0 = known). */
export const MEASURE_OK = 0;
export const MISSING_NUMERATOR = 1;
export const MISSING_DENOMINATOR = 2;
export const ZERO_DENOMINATOR = 3;
export const NEGATIVE_DENOMINATOR = 4;

export interface MeasureColumn {
  readonly key: string;
  readonly values: Float64Array;
  readonly reason: Uint8Array;
  /** Field keys behind the numerator and denominator, for explanations. */
  readonly numeratorKey: string;
  readonly denominatorKey: string;
}

/** The annual fields a quantity reads (the loader selects exactly these columns). */
export const fieldsOfQuantity = (q: Quantity): AnnualFieldKey[] =>
  "field" in q ? [q.field] : q.derived === "energy_tce" ? ["energyTce", ...ENERGY_CARRIER_KEYS] : [...POLLUTANT_KEYS];

const nanColumn = (n: number) => new Float64Array(n).fill(Number.NaN);

/** A quantity for the whole population; the same rules as measure.ts, one column at a time. */
export const quantityColumn = (q: Quantity, pop: LandPopulation, conv: Conversions): Float64Array => {
  const col = (k: AnnualFieldKey) => pop.fields[k] ?? nanColumn(pop.n);
  if ("field" in q) return col(q.field);
  const out = nanColumn(pop.n);
  if (q.derived === "energy_tce") {
    const reported = col("energyTce");
    const carriers = ENERGY_CARRIER_KEYS.map((c) => [col(c), conv.energy.coefficients[c].tce_per_unit] as const);
    const preferCarriers = conv.energy.prefer === "carriers";
    for (let i = 0; i < pop.n; i++) {
      let fromCarriers = 0;
      for (const [c, k] of carriers) fromCarriers += c[i]! * k; // NaN propagates: any missing carrier → unknown
      const r = reported[i]!;
      out[i] = preferCarriers ? (Number.isNaN(fromCarriers) ? r : fromCarriers) : Number.isNaN(r) ? fromCarriers : r;
    }
    return out;
  }
  const pollutants = POLLUTANT_KEYS.map((p) => [col(p), conv.pollution.kg_per_equivalent[p].value] as const);
  for (let i = 0; i < pop.n; i++) {
    let total = 0;
    for (const [c, kg] of pollutants) total += c[i]! / kg;
    out[i] = total;
  }
  return out;
};

/** A ratio indicator for every enterprise, with the reason where it is unknown. */
export const measureColumn = (def: IndicatorDef, pop: LandPopulation, conv: Conversions): MeasureColumn => {
  if (def.formula.kind !== "ratio") throw new Error(`per-mu items must be ratio indicators; ${def.key} is ${def.formula.kind}`);
  const { numerator, denominator } = def.formula;
  const scale = def.formula.scale ?? 1;
  const num = quantityColumn(numerator, pop, conv);
  const den = quantityColumn(denominator, pop, conv);
  const values = nanColumn(pop.n);
  const reason = new Uint8Array(pop.n);
  for (let i = 0; i < pop.n; i++) {
    const a = num[i]!;
    const b = den[i]!;
    if (Number.isNaN(a)) reason[i] = MISSING_NUMERATOR;
    else if (Number.isNaN(b)) reason[i] = MISSING_DENOMINATOR;
    else if (b === 0) reason[i] = ZERO_DENOMINATOR;
    else if (b < 0) reason[i] = NEGATIVE_DENOMINATOR;
    else values[i] = (a / b) * scale;
  }
  return { key: def.key, values, reason, numeratorKey: quantityKey(numerator), denominatorKey: quantityKey(denominator) };
};
