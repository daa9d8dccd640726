import { SCORED, type Assignment } from "./assign";
import type { CompiledLandRuleSet } from "./compile";
import type { LandScores } from "./score";
import type { LandPopulation } from "./population";

export interface Classification {
  /** Band index per enterprise (0 = best), −1 when not classified. */
  readonly klass: Int8Array;
  /** 1-based rank in the ranking pool (ties share the best rank), 0 when not ranked. */
  readonly rank: Int32Array;
  /** Ranking pool per enterprise (group, or group × method), −1 when not ranked. */
  readonly pool: Int32Array;
  /** Scored enterprises per pool. */
  readonly poolSize: Int32Array;
  /** Lowest score reached in each band, per pool: poolCuts[pool * bands + band], NaN when the band is empty. */
  readonly poolCuts: Float64Array;
}

/** Pool of an enterprise: its group, split by method when the rule set ranks 规上 and 规下 apart. */
export const poolOf = (compiled: CompiledLandRuleSet, group: number, method: number): number =>
  compiled.ruleSet.classes.separate_by_method ? group * compiled.methods.length + method : group;

/**
 * Classes A–D. Percentile bands rank each pool by score (best first); an enterprise at rank r of
 * n sits at the middle of its share of the pool, (r − ½) ÷ n, and falls in the first band whose
 * cumulative share reaches that, ties taking the best rank so equal scores always share a class.
 * The middle, not r ÷ n: each band then ends at its cumulative share of the pool rounded to the
 * nearest whole enterprise, where r ÷ n rounded every band towards the worse classes (under
 * Zhejiang's 11/35/46/8 shares a lone enterprise was D, and of two the better was C and the other
 * D; now C, and B and C). Score cuts compare the score with each band's minimum.
 */
export const classifyLand = (compiled: CompiledLandRuleSet, pop: LandPopulation, assignment: Assignment, scores: LandScores): Classification => {
  const { bands, method } = compiled.ruleSet.classes;
  const pools = pop.groupKeys.length * (compiled.ruleSet.classes.separate_by_method ? compiled.methods.length : 1);
  const klass = new Int8Array(pop.n).fill(-1);
  const rank = new Int32Array(pop.n);
  const pool = new Int32Array(pop.n).fill(-1);
  const members: number[][] = Array.from({ length: pools }, () => []);
  for (let i = 0; i < pop.n; i++) {
    if (scores.status[i] !== SCORED) continue;
    const p = poolOf(compiled, pop.group[i]!, assignment.method[i]!);
    pool[i] = p;
    members[p]!.push(i);
  }
  const poolSize = Int32Array.from(members.map((m) => m.length));
  const poolCuts = new Float64Array(pools * bands.length).fill(Number.NaN);
  const cumulative: number[] = [];
  bands.reduce((acc, b) => {
    const c = acc + (b.share ?? 0);
    cumulative.push(c);
    return c;
  }, 0);
  members.forEach((list, p) => {
    list.sort((a, b) => scores.score[b]! - scores.score[a]! || pop.enterpriseId[a]! - pop.enterpriseId[b]!);
    const n = list.length;
    let tieRank = 0;
    list.forEach((i, pos) => {
      if (pos === 0 || scores.score[i]! < scores.score[list[pos - 1]!]!) tieRank = pos + 1;
      rank[i] = tieRank;
      let band: number;
      if (method === "percentile") {
        band = cumulative.findIndex((c) => (tieRank - 0.5) / n <= c + 1e-9);
        if (band < 0) band = bands.length - 1;
      } else {
        band = bands.findIndex((b) => b.min_score === undefined || scores.score[i]! >= b.min_score);
      }
      klass[i] = band;
      const cut = p * bands.length + band;
      // Members are visited best first, so the last write is the band's lowest score.
      poolCuts[cut] = scores.score[i]!;
    });
  });
  return { klass, rank, pool, poolSize, poolCuts };
};
