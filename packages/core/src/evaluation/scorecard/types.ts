import type { Bilingual, PolicyHeader, PolicyProvenance } from "../policy";

/**
 * The Guidance scorecard (packages/rules/scorecard/guidance-2025.yaml): 7 dimensions, 19
 * orientations, each evidenced by catalogue indicators (scored against the province's parks),
 * targets (a rule such as "at most 3 leading industries") and checklist items (scored when the
 * park attaches evidence).
 */
export interface ScorecardScoring extends PolicyProvenance {
  /** Points at the province median (higher-better) or at the median from below (lower-better). */
  readonly pass_points: number;
  /** Quantile of the province's parks that earns full marks (0.75 = top quartile). */
  readonly full_marks_quantile: number;
  /** Fewer parks with a value than this: no benchmark, the item is unknown. */
  readonly min_parks: number;
}

interface ItemBase extends PolicyProvenance {
  readonly id: string;
  readonly weight: number;
}

/** Scored against the province's parks in the indicator's direction. */
export interface IndicatorItem extends ItemBase {
  readonly kind: "indicator";
  readonly indicator: string;
}

/** Pass/fail against a fixed line; the finding templates say it in words ({value}, {target}). */
export interface TargetItem extends ItemBase {
  readonly kind: "target";
  readonly indicator: string;
  readonly op: "<=" | ">=";
  readonly target: number;
  readonly finding: { readonly meets: Bilingual; readonly misses: Bilingual };
}

/** A qualitative item: 100 points with evidence on file, 0 without. */
export interface ChecklistItem extends ItemBase {
  readonly kind: "checklist";
  readonly label: Bilingual;
  /** What counts as evidence (a plan, a decision, a list). */
  readonly evidence_hint: Bilingual;
}

export type ScorecardItemDef = IndicatorItem | TargetItem | ChecklistItem;

export interface OrientationDef extends PolicyProvenance {
  /** 1–19 as numbered in the Guidance. */
  readonly number: number;
  readonly name: Bilingual;
  readonly weight: number;
  readonly items: readonly ScorecardItemDef[];
}

export interface DimensionDef extends PolicyProvenance {
  readonly id: string;
  readonly name: Bilingual;
  readonly weight: number;
  readonly orientations: readonly OrientationDef[];
}

export interface ScorecardDef extends PolicyHeader {
  readonly scoring: ScorecardScoring;
  readonly dimensions: readonly DimensionDef[];
}
