import { adjustmentFlagKey } from "./types";
import { DATA_MISSING, SCORED, type Assignment } from "./assign";
import { benchmarkKey, type Benchmarks } from "./benchmarks";
import type { CompiledItem, CompiledLandRuleSet } from "./compile";
import type { MeasureColumn } from "./measure-columns";
import type { LandPopulation } from "./population";

/** Per item and enterprise: how its points came about. */
export const POINTS_COMPUTED = 0;
export const POINTS_MEASURE_UNKNOWN = 1;
export const POINTS_NO_BENCHMARK = 2;
export const POINTS_IMPUTED_AVERAGE = 3;
export const POINTS_IMPUTED_ZERO = 4;
/** inverse_ratio with a zero or negative value: the ratio B ÷ x is undefined. */
export const POINTS_NOT_POSITIVE = 5;

export interface ItemScores {
  readonly points: Float64Array;
  readonly state: Uint8Array;
  /** Population min and max per ranking group (minmax_floor, ratio_to_max). */
  readonly min: Float64Array;
  readonly max: Float64Array;
}

export interface LandScores {
  /** [method][item]. */
  readonly items: readonly (readonly ItemScores[])[];
  /** Sum of adjustment points applied. */
  readonly adjustment: Float64Array;
  /** Weighted score plus adjustments; NaN unless SCORED. */
  readonly score: Float64Array;
  /** The assignment's status, with DATA_MISSING where an item stayed unknown. */
  readonly status: Uint8Array;
}

const groupExtremes = (pop: LandPopulation, assignment: Assignment, k: number, x: Float64Array) => {
  const g = pop.groupKeys.length;
  const min = new Float64Array(g).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(g).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < pop.n; i++) {
    if (assignment.method[i] !== k) continue;
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    const gi = pop.group[i]!;
    if (v < min[gi]!) min[gi] = v;
    if (v > max[gi]!) max[gi] = v;
  }
  return { min, max };
};

const rawPoints = (item: CompiledItem, x: number, bench: number | null, min: number, max: number): [number, number] => {
  const { weight: w, normaliser, cap } = item.def;
  let p: number;
  switch (normaliser) {
    case "ratio_to_benchmark":
      if (bench === null || !(bench > 0)) return [Number.NaN, POINTS_NO_BENCHMARK];
      p = (x / bench) * w;
      break;
    case "inverse_ratio":
      if (bench === null || !(bench > 0)) return [Number.NaN, POINTS_NO_BENCHMARK];
      if (!(x > 0)) return [Number.NaN, POINTS_NOT_POSITIVE];
      p = (bench / x) * w;
      break;
    case "minmax_floor": {
      const floor = item.def.floor ?? 20;
      p = max > min ? (w * (floor + ((100 - floor) * (x - min)) / (max - min))) / 100 : w;
      break;
    }
    case "ratio_to_max":
      if (!(max > 0)) return [Number.NaN, POINTS_NO_BENCHMARK];
      p = (w * x) / max;
      break;
  }
  return [cap != null ? Math.min(p, cap * w) : p, POINTS_COMPUTED];
};

/**
 * Points per item (x ÷ B × w and the other normalisers of park-indicators.md §1.4), the missing-
 * data policy of each item (unknown; the group average of the item's points, as Huangyan does for
 * emissions; or zero), then the score as Σ points + bonus − penalty. An item that stays unknown
 * leaves the enterprise unscored (DATA_MISSING), never scored as if the value were zero.
 */
export const scoreLand = (
  compiled: CompiledLandRuleSet,
  pop: LandPopulation,
  assignment: Assignment,
  measures: ReadonlyMap<string, MeasureColumn>,
  benchmarks: Benchmarks,
): LandScores => {
  const status = Uint8Array.from(assignment.status);
  const items = compiled.methods.map((m, k) =>
    m.items.map((item): ItemScores => {
      const column = measures.get(item.indicator.key);
      if (!column) throw new Error(`scoreLand: no measure column for ${item.indicator.key}`);
      const x = column.values;
      const { min, max } = groupExtremes(pop, assignment, k, x);
      const points = new Float64Array(pop.n).fill(Number.NaN);
      const state = new Uint8Array(pop.n);
      const benchOf = pop.groupKeys.map((g) => benchmarks.get(benchmarkKey(g, m.def.id, item.def.id))?.value ?? null);
      const sum = new Float64Array(pop.groupKeys.length);
      const cnt = new Int32Array(pop.groupKeys.length);
      for (let i = 0; i < pop.n; i++) {
        if (assignment.method[i] !== k) continue;
        const v = x[i]!;
        const gi = pop.group[i]!;
        if (Number.isNaN(v)) {
          state[i] = POINTS_MEASURE_UNKNOWN;
          continue;
        }
        const [p, s] = rawPoints(item, v, benchOf[gi] ?? null, min[gi]!, max[gi]!);
        points[i] = p;
        state[i] = s;
        if (s === POINTS_COMPUTED) {
          sum[gi]! += p;
          cnt[gi]! += 1;
        }
      }
      const policy = item.def.if_missing;
      if (policy !== "unknown") {
        for (let i = 0; i < pop.n; i++) {
          if (assignment.method[i] !== k || state[i] === POINTS_COMPUTED || state[i] === POINTS_NO_BENCHMARK) continue;
          const gi = pop.group[i]!;
          if (policy === "zero_points") {
            points[i] = 0;
            state[i] = POINTS_IMPUTED_ZERO;
          } else if (cnt[gi]! > 0) {
            points[i] = sum[gi]! / cnt[gi]!;
            state[i] = POINTS_IMPUTED_AVERAGE;
          }
        }
      }
      return { points, state, min, max };
    }),
  );
  const adjustment = new Float64Array(pop.n);
  for (const adj of compiled.ruleSet.adjustments) {
    const flags = pop.flags.get(adjustmentFlagKey(adj.when));
    if (!flags) continue;
    for (let i = 0; i < pop.n; i++) if (flags[i] === 1) adjustment[i]! += adj.points;
  }
  const score = new Float64Array(pop.n).fill(Number.NaN);
  for (let i = 0; i < pop.n; i++) {
    const k = assignment.method[i]!;
    if (k < 0 || status[i] !== SCORED) continue;
    let s = 0;
    for (const it of items[k]!) s += it.points[i]!;
    if (Number.isNaN(s)) status[i] = DATA_MISSING;
    else score[i] = s + adjustment[i]!;
  }
  return { items, adjustment, score, status };
};
