import { describe, expect, it } from "vitest";
import { CONV, ENERGY, TAX_PER_KWH, TAX_PER_MU, TAX_TOTAL, VA_PER_EMISSION, VA_PER_TCE } from "../__fixtures__/policies";
import { aggregateFormula } from "./aggregate";
import { carriersTce, energyTce, measureEnterprise, pollutionEquivalent } from "./measure";
import { rateValue } from "./rate";

const allCarriers = { electricityKwh: 10_000, coalT: 2, naturalGasM3: 1000, oilT: 0, heatGj: 100 };

describe("enterprise measures: unknown is never zero or infinity", () => {
  it.each([
    ["normal", { taxPaid: 60, landAreaMu: 20 }, 3, undefined],
    ["zero land", { taxPaid: 60, landAreaMu: 0 }, null, { code: "zero_denominator", field: "landAreaMu" }],
    ["negative land", { taxPaid: 60, landAreaMu: -1 }, null, { code: "negative_denominator", field: "landAreaMu" }],
    ["land missing", { taxPaid: 60, landAreaMu: null }, null, { code: "missing", field: "landAreaMu" }],
    ["tax missing", { taxPaid: null, landAreaMu: 20 }, null, { code: "missing", field: "taxPaid" }],
    ["zero tax is a value", { taxPaid: 0, landAreaMu: 20 }, 0, undefined],
  ])("亩均税收, %s", (_, values, value, reason) => {
    const m = measureEnterprise(TAX_PER_MU.formula, values, CONV);
    expect(m.value).toBe(value);
    expect(m.reason).toEqual(reason);
  });

  it("scales a ratio (tax 万元 per kWh → 元/kWh)", () => {
    expect(measureEnterprise(TAX_PER_KWH.formula, { taxPaid: 2.5, electricityKwh: 100_000 }, CONV).value).toBeCloseTo(0.25);
  });

  it("reads a sum formula as the field itself", () => {
    expect(measureEnterprise(TAX_TOTAL.formula, { taxPaid: 7 }, CONV).value).toBe(7);
  });
});

describe("energy in tce", () => {
  it("prefers the reported total and falls back to the carriers (GB/T 2589 coefficients)", () => {
    // 10,000 kWh × 0.0001 + 2 t × 0.5 + 1000 m³ × 0.001 + 0 + 100 GJ × 0.03 = 1 + 1 + 1 + 0 + 3
    expect(carriersTce(allCarriers, CONV)).toBeCloseTo(6);
    expect(energyTce({ ...allCarriers, energyTce: 9 }, CONV).value).toBe(9);
    expect(energyTce({ ...allCarriers, energyTce: null }, CONV).value).toBeCloseTo(6);
  });

  it("uses the carriers first when the set prefers them (equal-value basis)", () => {
    const conv = { ...CONV, energy: { ...ENERGY, prefer: "carriers" as const } };
    expect(energyTce({ ...allCarriers, energyTce: 9 }, conv).value).toBeCloseTo(6);
  });

  it("is unknown when a carrier is missing and no total is reported: a missing carrier is not zero", () => {
    expect(carriersTce({ ...allCarriers, coalT: null }, CONV)).toBeNull();
    expect(energyTce({ ...allCarriers, coalT: null, energyTce: null }, CONV).reason).toEqual({ code: "missing", field: "energyTce" });
  });

  it("makes 单位能耗增加值 unknown on zero energy, not infinite", () => {
    const m = measureEnterprise(VA_PER_TCE.formula, { valueAdded: 100, energyTce: 0 }, CONV);
    expect(m).toEqual({ value: null, reason: { code: "zero_denominator", field: "energy_tce" } });
  });
});

describe("pollution equivalents", () => {
  it("adds the four pollutants in thousands of equivalents", () => {
    // 1/1 + 0.8/0.8 + 0.95/0.95 + 1.9/0.95 = 1 + 1 + 1 + 2
    expect(pollutionEquivalent({ codT: 1, ammoniaNitrogenT: 0.8, so2T: 0.95, noxT: 1.9 }, CONV).value).toBeCloseTo(5);
  });
  it("is unknown when one pollutant is missing", () => {
    expect(measureEnterprise(VA_PER_EMISSION.formula, { valueAdded: 10, codT: 1, ammoniaNitrogenT: null, so2T: 1, noxT: 1 }, CONV).reason).toEqual({ code: "missing", field: "ammoniaNitrogenT" });
  });
});

describe("park aggregates are Σ/Σ over complete reporters", () => {
  const rows = [
    { taxPaid: 60, landAreaMu: 10 }, // 6 per mu
    { taxPaid: 10, landAreaMu: 90 }, // 0.11 per mu
    { taxPaid: 30, landAreaMu: null }, // no land: out of the ratio
    { taxPaid: 5, landAreaMu: 0 }, // zero land: out of the ratio
    { taxPaid: null, landAreaMu: 50 }, // no tax: out
  ];
  it("divides the sums once (70 ÷ 100), never averages the ratios", () => {
    expect(aggregateFormula(TAX_PER_MU.formula, rows, CONV)).toEqual({ value: 0.7, reporting: 2, population: 5 });
  });
  it("sums over the reporters and says how many", () => {
    expect(aggregateFormula(TAX_TOTAL.formula, rows, CONV)).toEqual({ value: 105, reporting: 4, population: 5 });
  });
  it("is unknown when nobody reported", () => {
    expect(aggregateFormula(TAX_PER_MU.formula, [{ taxPaid: null }], CONV)).toEqual({ value: null, reporting: 0, population: 1 });
  });
});

describe("rating against thresholds", () => {
  it.each([
    [3, "lower_better", { alarm: 3 }, "normal"],
    [4, "lower_better", { alarm: 3 }, "alarm"],
    [0.35, "lower_better", { excellent: 0.35 }, "excellent"],
    [0.36, "lower_better", { excellent: 0.35 }, "normal"],
    [3, "higher_better", { excellent: 3, alarm: 1 }, "excellent"],
    [0.99, "higher_better", { excellent: 3, alarm: 1 }, "alarm"],
    [1, "higher_better", { excellent: 3, alarm: 1 }, "normal"],
    [null, "higher_better", { excellent: 3 }, "unknown"],
    [5, "neutral", { alarm: 1 }, "normal"],
  ] as const)("%s (%s, %o) → %s", (v, dir, t, expected) => {
    expect(rateValue(v, dir, t)).toBe(expected);
  });
});
