import { annualFieldByKey, type AnnualValues } from "../../indicators/enterprise-fields";
import type { Bilingual } from "../policy";
import { knownValue, unknownValue, type Measured } from "../unknown";
import { ENERGY_CARRIER_KEYS, POLLUTANT_KEYS, type Conversions, type IndicatorFormula, type Quantity } from "./types";

/** The values a measurement reads: any subset of an enterprise-year, missing keys are unknown. */
export type FieldValues = Partial<AnnualValues>;

const get = (values: FieldValues, key: keyof AnnualValues): number | null => {
  const v = values[key];
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
};

/** Energy in tce: reported or from the carriers, as the coefficient set prefers; unknown if neither is complete. */
export const energyTce = (values: FieldValues, conv: Conversions): Measured => {
  const reported = get(values, "energyTce");
  const fromCarriers = carriersTce(values, conv);
  const first = conv.energy.prefer === "carriers" ? fromCarriers : reported;
  const second = conv.energy.prefer === "carriers" ? reported : fromCarriers;
  if (first !== null) return knownValue(first);
  if (second !== null) return knownValue(second);
  return unknownValue({ code: "missing", field: "energyTce" });
};

/**
 * Σ carrier × coefficient, only when every carrier is reported: a carrier left empty is unknown,
 * so a sum without it would understate the energy (a reported 0 is a real "none used").
 */
export const carriersTce = (values: FieldValues, conv: Conversions): number | null => {
  let total = 0;
  for (const c of ENERGY_CARRIER_KEYS) {
    const v = get(values, c);
    if (v === null) return null;
    total += v * conv.energy.coefficients[c].tce_per_unit;
  }
  return total;
};

/** Main pollutants in thousands of pollution equivalents (Σ t ÷ kg per equivalent); unknown if any is missing. */
export const pollutionEquivalent = (values: FieldValues, conv: Conversions): Measured => {
  let total = 0;
  for (const p of POLLUTANT_KEYS) {
    const v = get(values, p);
    if (v === null) return unknownValue({ code: "missing", field: p });
    total += v / conv.pollution.kg_per_equivalent[p].value;
  }
  return knownValue(total);
};

export const quantityOf = (q: Quantity, values: FieldValues, conv: Conversions): Measured => {
  if ("field" in q) {
    const v = get(values, q.field);
    return v === null ? unknownValue({ code: "missing", field: q.field }) : knownValue(v);
  }
  return q.derived === "energy_tce" ? energyTce(values, conv) : pollutionEquivalent(values, conv);
};

/** Field key a quantity is reported as, for reasons and labels. */
export const quantityKey = (q: Quantity): string => ("field" in q ? q.field : q.derived);

/**
 * One enterprise's value of a sum or ratio formula. A ratio whose denominator is zero or negative
 * (no land, no energy) is unknown with that reason: never infinity, never zero.
 */
export const measureEnterprise = (formula: IndicatorFormula, values: FieldValues, conv: Conversions): Measured => {
  if (formula.kind === "sum") return quantityOf(formula.of, values, conv);
  if (formula.kind !== "ratio") return unknownValue({ code: "not_applicable", why: NOT_ENTERPRISE });
  const num = quantityOf(formula.numerator, values, conv);
  if (num.value === null) return num;
  const den = quantityOf(formula.denominator, values, conv);
  if (den.value === null) return den;
  const field = quantityKey(formula.denominator);
  if (den.value === 0) return unknownValue({ code: "zero_denominator", field });
  if (den.value < 0) return unknownValue({ code: "negative_denominator", field });
  return knownValue((num.value / den.value) * (formula.scale ?? 1));
};

const NOT_ENTERPRISE: Bilingual = { zh: "该指标只在园区或区域层面计算", en: "computed for parks and regions only" };

/** Label of a stored or derived quantity, for explanations. */
export const quantityLabel = (key: string): Bilingual => {
  const f = annualFieldByKey.get(key);
  if (f) return { zh: f.zh, en: f.en };
  if (key === "energyTce" || key === "energy_tce") return { zh: "综合能耗", en: "total energy" };
  if (key === "pollution_equivalent") return { zh: "主要污染物排放当量", en: "main-pollutant equivalents" };
  return { zh: key, en: key };
};
