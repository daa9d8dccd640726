/**
 * Industrial-chain templates (产业链图谱) as data. A template is a graph of segments (环节): up-,
 * mid- and downstream, nested where useful, each leaf tied to GB/T 4754-2017 classes and to
 * Chinese product keywords, plus edges saying which segment supplies which. The policy numbers
 * that turn placements into a map (confidence weights, strong/weak thresholds, chain-leader and
 * targeting rules) travel with the template, so every stored version reproduces its results.
 */
export type ChainStage = "upstream" | "midstream" | "downstream";

export const CHAIN_STAGES: readonly ChainStage[] = ["upstream", "midstream", "downstream"];

export const CHAIN_STAGE_ZH: Readonly<Record<ChainStage, string>> = { upstream: "上游", midstream: "中游", downstream: "下游" };

/** A GB/T 4754-2017 class (小类) tied to a segment. */
export interface ChainClassRef {
  readonly code: string;
  readonly name: string;
  /**
   * True when only part of the class belongs to the segment (the "*" of the 战略性新兴产业分类):
   * the class alone is weak evidence and needs product words to be sure.
   */
  readonly partial: boolean;
}

export interface ChainSegment {
  /** Stable key within the chain (placements refer to it), e.g. "power-battery". */
  readonly key: string;
  readonly name: string;
  readonly stage: ChainStage;
  readonly description?: string | undefined;
  /**
   * Where the classes come from: "战新2018：<category path>" for a path of the 战略性新兴产业分类
   * (2018), "补充：<why>" for what the team added. Shipped templates are checked against it.
   */
  readonly basis: readonly string[];
  /** Leaves only: what places an enterprise here. Groups (with children) carry none. */
  readonly classes: readonly ChainClassRef[];
  readonly keywords: readonly string[];
  readonly children: readonly ChainSegment[];
}

/** `from` supplies `to` (materials → cells → packs → vehicles). */
export interface ChainEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string | undefined;
}

export interface ChainSource {
  readonly title: string;
  readonly issuer?: string | undefined;
  readonly reference?: string | undefined;
  readonly url?: string | undefined;
  /** What the template takes from the source. */
  readonly use: string;
}

/** How class and keyword evidence become a placement confidence (0–1). */
export interface PlacementPolicy {
  /** Placements below this are not stored at all. */
  readonly candidateFloor: number;
  /** Placements from here up count on the chain map; between the floors they await confirmation. */
  readonly countFloor: number;
  /** Evidence from a class wholly inside the segment. */
  readonly classFull: number;
  /** Evidence from a class only partly inside (the 战新 "*"). */
  readonly classPartial: number;
  /** Evidence from the first keyword found in the main products. */
  readonly keywordInProducts: number;
  /** Evidence from the first keyword found only in the business scope (经营范围 lists much more than is made). */
  readonly keywordInScope: number;
  /** Added per further distinct keyword, up to keywordMax. */
  readonly keywordStep: number;
  readonly keywordMax: number;
  /** Subtracted from a class-only placement when the products point at another segment of the same chain. */
  readonly conflictPenalty: number;
}

/** What a map is drawn for: one park, or a whole province (more enterprises, higher bars). */
export type MapLevel = "park" | "province";

/** Strong / weak / missing segments at one level. */
export interface StrengthRule {
  readonly strong: {
    readonly minEnterprises: number;
    /**
     * Share of the chain's scale the segment must reach, 0–1. Scale is Σ 工业总产值 of distinct
     * enterprises, with 营业收入 for an enterprise that reports no output (services have none).
     */
    readonly minShare: number;
  };
}

export type AssessmentPolicy = Readonly<Record<MapLevel, StrengthRule>>;

/** Chain-leader (链主) candidates: large enterprises in segments that integrate others. */
export interface LeaderPolicy {
  /** Latest-year operating revenue, 万元. */
  readonly minRevenue: number;
  readonly stages: readonly ChainStage[];
  readonly maxPerSegment: number;
}

/** Honours (keyed by the tier keys of enterprise_honours) with their name and weight in target ranking. */
export type TierWeights = Readonly<Record<string, { readonly name: string; readonly name_en?: string; readonly weight: number }>>;

export interface TargetingPolicy {
  readonly weights: { readonly fit: number; readonly size: number; readonly tier: number; readonly distance: number };
  /** Distance at which the distance score halves, km. */
  readonly distanceHalfKm: number;
  readonly sizeScores: Readonly<Record<SizeBand, number>>;
  readonly tiers: TierWeights;
  /** Candidates read per gap segment before ranking (the best by fit, then size). */
  readonly poolSize: number;
  /** Ranked candidates shown per gap segment. */
  readonly perSegment: number;
}

export type SizeBand = "large" | "medium" | "small" | "micro" | "unknown";

export interface ChainDefinition {
  readonly code: string;
  readonly name: string;
  /** Version of the shipped data (e.g. "2025.1"); a province copy keeps the one it was based on. */
  readonly dataVersion: string;
  readonly citation: string;
  readonly sources: readonly ChainSource[];
  readonly segments: readonly ChainSegment[];
  readonly edges: readonly ChainEdge[];
  readonly placement: PlacementPolicy;
  readonly assessment: AssessmentPolicy;
  readonly leaders: Readonly<Record<MapLevel, LeaderPolicy>>;
  readonly targeting: TargetingPolicy;
}
