import type { AnnualFieldKey, MonthlyFieldKey } from "../../indicators/enterprise-fields";
import type { Bilingual, PolicyHeader, PolicyProvenance } from "../policy";

/**
 * The indicator catalogue format (packages/rules/indicators/catalogue.yaml). An indicator is data:
 * what it measures, over which stored fields, in which unit, how often, which way is better, where
 * its data comes from, who owns it, its alarm and "excellent" thresholds, and which orientation of
 * the Guidance it evidences. Snake_case keys mirror the YAML.
 */

/** A stored quantity of one enterprise-year: a catalogue field, or one derived by a cited conversion. */
export type Quantity = { readonly field: AnnualFieldKey } | { readonly derived: DerivedQuantity };

/**
 * energy_tce: 综合能耗 (reported, or from the carriers with GB/T 2589 coefficients);
 * pollution_equivalent: COD, NH3-N, SO2 and NOx in thousands of pollution equivalents.
 */
export type DerivedQuantity = "energy_tce" | "pollution_equivalent";

/**
 * Indicators computed by the platform from structure rather than one enterprise ratio: each has
 * its formula text in the catalogue and its implementation named here.
 */
export type BuiltinIndicator =
  | "enterprise_count"
  | "declared_leading_count"
  | "observed_leading_count"
  | "leading_output_share"
  | "strategic_output_share"
  | "idle_land_share"
  | "plot_ratio"
  | "land_cd_share"
  | "honoured_share"
  | "monthly_reporting_rate"
  | "alert_resolution_rate";

export type IndicatorFormula =
  /** Σ over the enterprises that reported the quantity. */
  | { readonly kind: "sum"; readonly of: Quantity }
  /** Σ numerator ÷ Σ denominator over the enterprises that reported both with a positive denominator. */
  | { readonly kind: "ratio"; readonly numerator: Quantity; readonly denominator: Quantity; readonly scale?: number }
  /** Σ of a monthly field for the month (monthly indicators). */
  | { readonly kind: "monthly_sum"; readonly field: MonthlyFieldKey }
  | { readonly kind: "builtin"; readonly name: BuiltinIndicator };

export type Frequency = "annual" | "quarterly" | "monthly";
export type Direction = "higher_better" | "lower_better" | "neutral";
export type DataSourceMethod = "import" | "api" | "manual" | "computed";
export type IndicatorLevel = "enterprise" | "park" | "region" | "province";

/** Alarm and excellent lines: crossing `alarm` the wrong way raises a flag; reaching `excellent` is best practice. */
export interface ThresholdsDef extends PolicyProvenance {
  readonly alarm?: number;
  readonly excellent?: number;
}

export interface IndicatorDef extends PolicyProvenance {
  readonly key: string;
  readonly name: Bilingual;
  readonly formula: IndicatorFormula;
  /** The formula in words, as officials write it (亩均税收 = 评价税收 ÷ 用地面积). */
  readonly formula_text: Bilingual;
  readonly unit: Bilingual;
  readonly frequency: Frequency;
  readonly direction: Direction;
  readonly data_source: DataSourceMethod;
  /** Who keeps the data and answers for it (统计局, 税务局, 园区管委会 …). */
  readonly owner: Bilingual;
  readonly thresholds?: ThresholdsDef;
  /** Guidance orientations (1–19) the indicator evidences. */
  readonly orientations: readonly number[];
  readonly levels: readonly IndicatorLevel[];
}

export interface IndicatorCatalogue extends PolicyHeader {
  readonly indicators: readonly IndicatorDef[];
}

/** Conversion of energy carriers to tce (packages/rules/indicators/energy-coefficients.yaml). */
export type EnergyCarrier = "electricityKwh" | "coalT" | "naturalGasM3" | "oilT" | "heatGj";
export const ENERGY_CARRIER_KEYS: readonly EnergyCarrier[] = ["electricityKwh", "coalT", "naturalGasM3", "oilT", "heatGj"];

export interface CoefficientDef extends PolicyProvenance {
  /** tce per stored unit of the carrier (kWh, t, m³, t, GJ). */
  readonly tce_per_unit: number;
}

export interface EnergyCoefficientSet extends PolicyProvenance {
  readonly id: string;
  readonly label: Bilingual;
  /**
   * reported: use the enterprise's reported 综合能耗 and fall back to the carriers;
   * carriers: recompute from the carriers (a basis such as 等价值 the report may not use) and fall back to the report.
   */
  readonly prefer: "reported" | "carriers";
  readonly coefficients: Readonly<Record<EnergyCarrier, CoefficientDef>>;
}

export interface EnergyCoefficientFile extends PolicyHeader {
  readonly default_set: string;
  readonly sets: readonly EnergyCoefficientSet[];
}

export type Pollutant = "codT" | "ammoniaNitrogenT" | "so2T" | "noxT";
export const POLLUTANT_KEYS: readonly Pollutant[] = ["codT", "ammoniaNitrogenT", "so2T", "noxT"];

/** 污染当量值: kg of the pollutant that make one pollution equivalent. */
export interface PollutionEquivalentFile extends PolicyHeader {
  readonly kg_per_equivalent: Readonly<Record<Pollutant, { readonly value: number } & PolicyProvenance>>;
}

/** The conversions a measurement needs, resolved from the files. */
export interface Conversions {
  readonly energy: EnergyCoefficientSet;
  readonly pollution: PollutionEquivalentFile;
}
