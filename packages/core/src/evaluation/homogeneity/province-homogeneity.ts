import { locationQuotients, structuralSimilarity, sumVectors, type IndustryVector } from "./similarity";

export interface ParkStructure {
  readonly parkId: number;
  readonly vector: IndustryVector;
  /** Divisions the park declares as leading (for shared-industry reporting). */
  readonly declaredDivisions: ReadonlySet<string>;
}

export interface SimilarPair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
  /** Divisions both parks have (positive in both vectors), largest combined share first. */
  readonly shared: readonly string[];
  /** Divisions both parks declare as leading. */
  readonly sharedDeclared: readonly string[];
}

export interface HomogeneityResult {
  /** Pairs at or above the threshold, most similar first. */
  readonly pairs: readonly SimilarPair[];
  /** Number of pairs compared (both vectors non-empty). */
  readonly compared: number;
  /** Division → number of parks having it (positive) in their vector, most duplicated first. */
  readonly duplicated: readonly { readonly division: string; readonly parks: number }[];
  /** Location quotients per park against the sum of all parks. */
  readonly lq: ReadonlyMap<number, ReadonlyMap<string, number>>;
}

/**
 * Homogeneity between a province's parks: S_ij for every pair (n ≤ a few hundred: n²/2 sparse
 * dot products), pairs at or above the threshold with the industries they share, the industries
 * most parks have, and each park's location quotients against the province.
 */
export const provinceHomogeneity = (parks: readonly ParkStructure[], threshold: number, requireSharedDeclared: boolean): HomogeneityResult => {
  const usable = parks.filter((p) => [...p.vector.values()].some((v) => v > 0));
  const pairs: SimilarPair[] = [];
  let compared = 0;
  for (let i = 0; i < usable.length; i++) {
    const a = usable[i]!;
    for (let j = i + 1; j < usable.length; j++) {
      const b = usable[j]!;
      const s = structuralSimilarity(a.vector, b.vector);
      if (s === null) continue;
      compared += 1;
      if (s < threshold) continue;
      const sharedDeclared = [...a.declaredDivisions].filter((d) => b.declaredDivisions.has(d)).sort();
      if (requireSharedDeclared && sharedDeclared.length === 0) continue;
      const shared = [...a.vector.keys()]
        .filter((k) => (a.vector.get(k) ?? 0) > 0 && (b.vector.get(k) ?? 0) > 0)
        .sort((x, y) => (b.vector.get(y) ?? 0) + (a.vector.get(y) ?? 0) - (b.vector.get(x) ?? 0) - (a.vector.get(x) ?? 0) || x.localeCompare(y));
      pairs.push({ a: a.parkId, b: b.parkId, similarity: s, shared, sharedDeclared });
    }
  }
  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  const counts = new Map<string, number>();
  for (const p of usable) for (const [k, v] of p.vector) if (v > 0) counts.set(k, (counts.get(k) ?? 0) + 1);
  const duplicated = [...counts].map(([division, n]) => ({ division, parks: n })).sort((x, y) => y.parks - x.parks || x.division.localeCompare(y.division));
  const reference = sumVectors(usable.map((p) => p.vector));
  const lq = new Map(usable.map((p) => [p.parkId, locationQuotients(p.vector, reference)] as const));
  return { pairs, compared, duplicated, lq };
};
