import type { IndicatorDef } from "../indicators/types";
import type { LandItemDef, LandMethodDef, LandRuleSet } from "./types";

export interface CompiledItem {
  readonly def: LandItemDef;
  readonly indicator: IndicatorDef;
}

export interface CompiledMethod {
  readonly def: LandMethodDef;
  readonly items: readonly CompiledItem[];
}

/** A per-mu rule set checked against the catalogue and ready to score populations. */
export interface CompiledLandRuleSet {
  readonly ruleSet: LandRuleSet;
  readonly methods: readonly CompiledMethod[];
  /** Catalogue indicators the methods read, each once. */
  readonly indicators: readonly IndicatorDef[];
}

/**
 * Cross-checks what a schema cannot: every item names a ratio indicator of the catalogue, benchmark
 * normalisers have a benchmark, percentile bands add up to 100 %, score cuts descend, one method
 * per size class. Throws one error listing every problem, so a province editing its own rule set
 * sees all of them at once.
 */
export const compileLandRuleSet = (ruleSet: LandRuleSet, catalogue: ReadonlyMap<string, IndicatorDef>): CompiledLandRuleSet => {
  const problems: string[] = [];
  const sizes = new Set<string>();
  const methods = ruleSet.methods.map((m): CompiledMethod => {
    if (sizes.has(m.applies_to)) problems.push(`method ${m.id}: a second method for ${m.applies_to}`);
    sizes.add(m.applies_to);
    const ids = new Set<string>();
    const items = m.items.flatMap((item): CompiledItem[] => {
      if (ids.has(item.id)) problems.push(`method ${m.id}: item id ${item.id} repeated`);
      ids.add(item.id);
      const indicator = catalogue.get(item.indicator);
      if (!indicator) {
        problems.push(`method ${m.id}, item ${item.id}: indicator "${item.indicator}" is not in the catalogue`);
        return [];
      }
      if (indicator.formula.kind !== "ratio") problems.push(`method ${m.id}, item ${item.id}: "${item.indicator}" is not a ratio indicator`);
      if (!(item.weight > 0)) problems.push(`method ${m.id}, item ${item.id}: weight must be positive`);
      const needsBenchmark = item.normaliser === "ratio_to_benchmark" || item.normaliser === "inverse_ratio";
      if (needsBenchmark && !item.benchmark?.published && !item.benchmark?.fallback)
        problems.push(`method ${m.id}, item ${item.id}: ${item.normaliser} needs published benchmarks or a fallback`);
      if (item.floor !== undefined && (item.floor < 0 || item.floor >= 100)) problems.push(`method ${m.id}, item ${item.id}: floor must be in [0, 100)`);
      if (item.cap != null && !(item.cap > 0)) problems.push(`method ${m.id}, item ${item.id}: cap must be positive`);
      return [{ def: item, indicator }];
    });
    if (items.length === 0 && m.items.length === 0) problems.push(`method ${m.id}: no items`);
    return { def: m, items };
  });
  const { bands, method } = ruleSet.classes;
  if (bands.length < 2) problems.push("classes: at least two bands");
  if (method === "percentile") {
    const total = bands.reduce((s, b) => s + (b.share ?? Number.NaN), 0);
    if (!(Math.abs(total - 1) < 1e-6)) problems.push(`classes: percentile shares must add up to 1 (got ${total})`);
  } else {
    bands.forEach((b, i) => {
      const last = i === bands.length - 1;
      if (!last && b.min_score === undefined) problems.push(`classes: band ${b.id} needs min_score`);
      const prev = bands[i - 1]?.min_score;
      if (!last && prev !== undefined && b.min_score !== undefined && b.min_score >= prev) problems.push(`classes: min_score must descend (band ${b.id})`);
    });
  }
  if (problems.length > 0) throw new Error(`${ruleSet.id} ${ruleSet.version}: ${problems.join("; ")}`);
  const indicators = [...new Map(methods.flatMap((m) => m.items.map((i) => [i.indicator.key, i.indicator] as const))).values()];
  return { ruleSet, methods, indicators };
};
