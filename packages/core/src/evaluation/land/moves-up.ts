import type { Classification } from "./classify";
import type { CompiledLandRuleSet } from "./compile";
import type { MeasureColumn } from "./measure-columns";
import { POINTS_COMPUTED, type LandScores } from "./score";

export interface MoveUp {
  readonly itemId: string;
  /** Indicator key the change is in (its unit comes from the catalogue). */
  readonly indicator: string;
  /** Change of the indicator needed on its own, other things equal (negative: a reduction). */
  readonly delta: number;
  readonly from: number;
  /** |delta| ÷ |from|: how large the change is relative to today. */
  readonly relative: number;
}

export interface MoveUpHint {
  /** The class the enterprise would reach. */
  readonly to: string;
  /** The score the class starts at (its lowest member today, or its cut). */
  readonly cut: number;
  readonly scoreGap: number;
  /** Single-indicator changes that close the gap, smallest relative change first. */
  readonly options: readonly MoveUp[];
}

/**
 * What would move an enterprise up one class: the score gap to the next class's lowest score
 * (percentile bands, at today's distribution) or to its cut, and for each item the change of
 * that indicator alone that closes the gap, inverted from the item's normaliser. Items whose
 * points were imputed (no data) or are capped cannot carry the gap and are left out.
 */
export const moveUpHint = (
  compiled: CompiledLandRuleSet,
  i: number,
  method: number,
  scores: LandScores,
  classes: Classification,
  measures: ReadonlyMap<string, MeasureColumn>,
  /** The enterprise's ranking group (index into the population's group keys). */
  group: number,
  /** The benchmark of an item for that group and method. */
  benchmarkOf: (itemId: string) => number | null,
  maxOptions = 3,
): MoveUpHint | null => {
  const c = classes.klass[i]!;
  if (c <= 0) return null;
  const { bands, method: classing } = compiled.ruleSet.classes;
  const target = bands[c - 1]!;
  const cut = classing === "percentile" ? classes.poolCuts[classes.pool[i]! * bands.length + c - 1]! : (target.min_score ?? Number.NaN);
  if (Number.isNaN(cut)) return null;
  // Ties share a class, so the gap is positive under percentile bands; the floor guards float noise.
  const gap = Math.max(cut - scores.score[i]!, 1e-6);
  const options: MoveUp[] = [];
  compiled.methods[method]!.items.forEach((item, j) => {
    const it = scores.items[method]![j]!;
    if (it.state[i] !== POINTS_COMPUTED) return;
    const x = measures.get(item.indicator.key)!.values[i]!;
    const p = it.points[i]!;
    const { weight: w, cap } = item.def;
    if (cap != null && p + gap > cap * w + 1e-9) return;
    const bench = benchmarkOf(item.def.id);
    let delta: number;
    switch (item.def.normaliser) {
      case "ratio_to_benchmark":
        if (bench === null) return;
        delta = (gap * bench) / w;
        break;
      case "inverse_ratio": {
        if (bench === null) return;
        delta = (bench * w) / (p + gap) - x;
        break;
      }
      case "minmax_floor": {
        const floor = item.def.floor ?? 20;
        const span = it.max[group]! - it.min[group]!;
        if (!(span > 0)) return;
        delta = (gap * 100 * span) / ((100 - floor) * w);
        break;
      }
      case "ratio_to_max": {
        delta = (gap * it.max[group]!) / w;
        break;
      }
    }
    options.push({ itemId: item.def.id, indicator: item.indicator.key, delta, from: x, relative: x !== 0 ? Math.abs(delta / x) : Number.POSITIVE_INFINITY });
  });
  options.sort((a, b) => a.relative - b.relative);
  return { to: target.id, cut, scoreGap: gap, options: options.slice(0, maxOptions) };
};
