import type { Bilingual, PolicyHeader, PolicyProvenance } from "../policy";

/**
 * The per-mu (亩均) rule-set format (packages/rules/land/*.yaml): weighted indicators scored
 * against benchmarks, classes by percentile band or score cut, bonus and penalty items, and the
 * enterprises a method excludes (T类 / 不定等级). Snake_case keys mirror the YAML.
 *
 * Why not the eligibility engine (core/rules): its points are step bands over fixed thresholds
 * and its classes are predicates on one enterprise; 亩均 scoring is continuous (x ÷ B × w),
 * its benchmarks can be population ratios, and its classes are percentiles of a ranking group,
 * i.e. they depend on every other enterprise. The file conventions are the same.
 */
export type Normaliser = "ratio_to_benchmark" | "inverse_ratio" | "minmax_floor" | "ratio_to_max";

export interface BenchmarkDef extends PolicyProvenance {
  /** Published benchmark per data year ("2021": 26.01). */
  readonly published?: Readonly<Record<string, number>>;
  /** For years without a published value: factor × Σ/Σ of the ranking group, from year + year_offset. */
  readonly fallback?: { readonly factor: number; readonly year_offset: number } & PolicyProvenance;
}

export type MissingPolicy = "unknown" | "average_points" | "zero_points";

export interface LandItemDef extends PolicyProvenance {
  readonly id: string;
  /** Key of a ratio indicator in the catalogue (tax_per_mu …). */
  readonly indicator: string;
  readonly weight: number;
  readonly normaliser: Normaliser;
  /** minmax_floor: share of the weight every enterprise gets (percent, default 20). */
  readonly floor?: number;
  /** Points capped at cap × weight; absent: no cap (the Huangyan text shows none). */
  readonly cap?: number | null;
  readonly benchmark?: BenchmarkDef;
  readonly if_missing: MissingPolicy;
}

export type SizeClass = "above" | "below";

export interface LandMethodDef extends PolicyProvenance {
  readonly id: string;
  readonly label: Bilingual;
  /** 规上 or 规下. */
  readonly applies_to: SizeClass;
  /** Enterprises with less titled land are not evaluated by this method. */
  readonly min_land_mu?: number;
  readonly items: readonly LandItemDef[];
}

export type ClassId = "A" | "B" | "C" | "D";

export interface ClassBandDef {
  readonly id: ClassId;
  readonly label: Bilingual;
  /** percentile: share of the ranking group (bands sum to 1). */
  readonly share?: number;
  /** score_cuts: lowest score of the class (inclusive); absent on the last band. */
  readonly min_score?: number;
}

/** region: the enterprise's county (6-digit code); city: its first four digits; park: the park. */
export type RankingScope = "province" | "city" | "region" | "park";

export interface ClassingDef extends PolicyProvenance {
  readonly method: "percentile" | "score_cuts";
  readonly within: RankingScope;
  /** Rank 规上 and 规下 enterprises separately. */
  readonly separate_by_method: boolean;
  /** Best class first. */
  readonly bands: readonly ClassBandDef[];
}

export type AdjustmentCondition = { readonly fact: string } | { readonly honour: string };

export interface AdjustmentDef extends PolicyProvenance {
  readonly id: string;
  readonly label: Bilingual;
  /** Positive: bonus (加分); negative: penalty (减分). */
  readonly points: number;
  readonly when: AdjustmentCondition;
}

export type ExclusionCondition = { readonly industry_prefixes: readonly string[] } | { readonly founded_within_years: number };

export interface ExclusionDef extends PolicyProvenance {
  readonly id: string;
  readonly label: Bilingual;
  readonly when: ExclusionCondition;
}

export interface LandRuleSet extends PolicyHeader {
  readonly kind: "per_mu";
  readonly jurisdiction: { readonly code: string; readonly name: Bilingual };
  /** Energy coefficient set (energy-coefficients.yaml); absent: the file's default. */
  readonly energy_set?: string;
  readonly methods: readonly LandMethodDef[];
  readonly classes: ClassingDef;
  readonly adjustments: readonly AdjustmentDef[];
  readonly exclusions: readonly ExclusionDef[];
}

/** The flag key an adjustment reads from the population's flags. */
export const adjustmentFlagKey = (when: AdjustmentCondition): string => ("fact" in when ? `fact:${when.fact}` : `honour:${when.honour}`);
