import type { Conversions } from "../indicators/types";
import type { Assignment } from "./assign";
import type { CompiledLandRuleSet } from "./compile";
import { quantityColumn } from "./measure-columns";
import type { LandPopulation } from "./population";

export type BenchmarkOrigin = "published" | "population" | "none";

export interface BenchmarkValue {
  readonly value: number | null;
  readonly origin: BenchmarkOrigin;
  /** Data year the value belongs to. */
  readonly year: number;
  /** Enterprises the population ratio was computed from. */
  readonly reporting?: number;
}

/** Benchmarks per ranking group (by key), method id and item id. */
export type Benchmarks = ReadonlyMap<string, BenchmarkValue>;

export const benchmarkKey = (groupKey: string, methodId: string, itemId: string) => `${groupKey}|${methodId}|${itemId}`;

export interface BenchmarkInputs {
  readonly pop: LandPopulation;
  readonly assignment: Assignment;
  readonly conv: Conversions;
}

/**
 * The benchmark B of every benchmark-scored item: the published value of the data year when the
 * rule set has one, else factor × Σ numerator ÷ Σ denominator over the ranking group's enterprises
 * of the same method in year + year_offset (Huai'an: about twice the previous year's county
 * average). `previous` supplies the population of year − 1 when a fallback looks back.
 */
export const landBenchmarks = (compiled: CompiledLandRuleSet, year: number, current: BenchmarkInputs, previous: BenchmarkInputs | null): Benchmarks => {
  const out = new Map<string, BenchmarkValue>();
  compiled.methods.forEach((m, k) => {
    for (const item of m.items) {
      const b = item.def.benchmark;
      if (!b) continue;
      const published = b.published?.[String(year)];
      if (published !== undefined) {
        for (const g of current.pop.groupKeys) out.set(benchmarkKey(g, m.def.id, item.def.id), { value: published, origin: "published", year });
        continue;
      }
      const fb = b.fallback;
      const source = fb ? (fb.year_offset === 0 ? current : fb.year_offset === -1 ? previous : null) : null;
      const ratios = source && fb && item.indicator.formula.kind === "ratio" ? groupRatios(source, k, item.indicator.formula) : new Map<string, { ratio: number; n: number }>();
      for (const g of current.pop.groupKeys) {
        const r = ratios.get(g);
        out.set(
          benchmarkKey(g, m.def.id, item.def.id),
          r && fb ? { value: r.ratio * fb.factor, origin: "population", year: year + fb.year_offset, reporting: r.n } : { value: null, origin: "none", year: year + (fb?.year_offset ?? 0) },
        );
      }
    }
  });
  return out;
};

type RatioFormula = Extract<CompiledLandRuleSet["indicators"][number]["formula"], { kind: "ratio" }>;

const groupRatios = (src: BenchmarkInputs, methodIndex: number, formula: RatioFormula): Map<string, { ratio: number; n: number }> => {
  const num = quantityColumn(formula.numerator, src.pop, src.conv);
  const den = quantityColumn(formula.denominator, src.pop, src.conv);
  const g = src.pop.groupKeys.length;
  const sn = new Float64Array(g);
  const sd = new Float64Array(g);
  const cnt = new Int32Array(g);
  for (let i = 0; i < src.pop.n; i++) {
    if (src.assignment.method[i] !== methodIndex) continue;
    const a = num[i]!;
    const b = den[i]!;
    if (Number.isNaN(a) || !(b > 0)) continue;
    const gi = src.pop.group[i]!;
    sn[gi]! += a;
    sd[gi]! += b;
    cnt[gi]! += 1;
  }
  const scale = formula.scale ?? 1;
  const out = new Map<string, { ratio: number; n: number }>();
  src.pop.groupKeys.forEach((key, gi) => {
    if (cnt[gi]! > 0 && sd[gi]! > 0) out.set(key, { ratio: (sn[gi]! / sd[gi]!) * scale, n: cnt[gi]! });
  });
  return out;
};
