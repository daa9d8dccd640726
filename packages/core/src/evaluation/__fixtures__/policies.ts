import type { Conversions, EnergyCoefficientSet, IndicatorDef, PollutionEquivalentFile } from "../indicators/types";
import type { PolicyHeader } from "../policy";

/** Test policies with round numbers, so expected values are computed by hand in the tests. */
export const HEADER: PolicyHeader = {
  id: "test",
  version: "1",
  title: { zh: "测试", en: "Test" },
  effective_from: "2020-01-01",
  documents: { d: { number: "测试〔2020〕1号", title: "测试文件" } },
  source: { doc: "d", article: "第1条" },
};

export const ENERGY: EnergyCoefficientSet = {
  id: "t",
  label: { zh: "测试", en: "test" },
  prefer: "reported",
  coefficients: {
    electricityKwh: { tce_per_unit: 0.0001 },
    coalT: { tce_per_unit: 0.5 },
    naturalGasM3: { tce_per_unit: 0.001 },
    oilT: { tce_per_unit: 1.5 },
    heatGj: { tce_per_unit: 0.03 },
  },
};

export const POLLUTION: PollutionEquivalentFile = {
  ...HEADER,
  kg_per_equivalent: { codT: { value: 1 }, ammoniaNitrogenT: { value: 0.8 }, so2T: { value: 0.95 }, noxT: { value: 0.95 } },
};

export const CONV: Conversions = { energy: ENERGY, pollution: POLLUTION };

const ratio = (key: string, numerator: IndicatorDef["formula"] extends infer F ? F : never): IndicatorDef => ({
  key,
  name: { zh: key, en: key },
  formula: numerator,
  formula_text: { zh: key, en: key },
  unit: { zh: "万元/亩", en: "10k CNY/mu" },
  frequency: "annual",
  direction: "higher_better",
  data_source: "import",
  owner: { zh: "测试", en: "test" },
  orientations: [4],
  levels: ["enterprise", "park"],
});

export const TAX_PER_MU = ratio("tax_per_mu", { kind: "ratio", numerator: { field: "taxPaid" }, denominator: { field: "landAreaMu" } });
export const VA_PER_TCE = ratio("value_added_per_tce", { kind: "ratio", numerator: { field: "valueAdded" }, denominator: { derived: "energy_tce" } });
export const VA_PER_EMISSION = ratio("value_added_per_emission", { kind: "ratio", numerator: { field: "valueAdded" }, denominator: { derived: "pollution_equivalent" } });
export const ENERGY_PER_VA: IndicatorDef = { ...ratio("energy_per_value_added", { kind: "ratio", numerator: { derived: "energy_tce" }, denominator: { field: "valueAdded" } }), direction: "lower_better" };
export const TAX_PER_KWH = ratio("tax_per_kwh", { kind: "ratio", numerator: { field: "taxPaid" }, denominator: { field: "electricityKwh" }, scale: 10000 });
export const TAX_TOTAL = ratio("tax_total", { kind: "sum", of: { field: "taxPaid" } });

export const CATALOGUE = new Map([TAX_PER_MU, VA_PER_TCE, VA_PER_EMISSION, ENERGY_PER_VA, TAX_PER_KWH, TAX_TOTAL].map((d) => [d.key, d] as const));
