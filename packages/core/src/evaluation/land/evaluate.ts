import type { Conversions } from "../indicators/types";
import { assignMethods, DATA_MISSING, EXCLUDED, OUT_OF_SCOPE, OUT_OF_SCOPE_REASONS, SCORED, type Assignment } from "./assign";
import { benchmarkKey, landBenchmarks, type BenchmarkOrigin, type Benchmarks } from "./benchmarks";
import { classifyLand, type Classification } from "./classify";
import type { CompiledLandRuleSet } from "./compile";
import { measureColumn, MISSING_DENOMINATOR, MISSING_NUMERATOR, NEGATIVE_DENOMINATOR, ZERO_DENOMINATOR, type MeasureColumn } from "./measure-columns";
import { moveUpHint, type MoveUpHint } from "./moves-up";
import type { LandPopulation } from "./population";
import { POINTS_COMPUTED, POINTS_IMPUTED_AVERAGE, POINTS_IMPUTED_ZERO, POINTS_MEASURE_UNKNOWN, POINTS_NO_BENCHMARK, POINTS_NOT_POSITIVE, scoreLand, type LandScores } from "./score";
import { adjustmentFlagKey, type LandRuleSet } from "./types";

/** Benchmark of every [method][item][group], resolved once so explaining a million enterprises does no map lookups. */
export interface BenchmarkTable {
  readonly value: readonly (readonly (readonly (number | null)[])[])[];
  readonly origin: readonly (readonly (readonly BenchmarkOrigin[])[])[];
  readonly year: readonly (readonly (readonly number[])[])[];
}

/** Everything one evaluation of a population produced; explain any enterprise from it. */
export interface LandRun {
  readonly compiled: CompiledLandRuleSet;
  readonly year: number;
  readonly pop: LandPopulation;
  readonly assignment: Assignment;
  readonly measures: ReadonlyMap<string, MeasureColumn>;
  readonly benchmarks: Benchmarks;
  readonly table: BenchmarkTable;
  readonly scores: LandScores;
  readonly classes: Classification;
}

const measuresOf = (compiled: CompiledLandRuleSet, pop: LandPopulation, conv: Conversions) =>
  new Map(compiled.indicators.map((d) => [d.key, measureColumn(d, pop, conv)] as const));

const tableOf = (compiled: CompiledLandRuleSet, pop: LandPopulation, benchmarks: Benchmarks): BenchmarkTable => {
  const per = <T>(f: (m: string, i: string, g: string) => T) => compiled.methods.map((m) => m.items.map((it) => pop.groupKeys.map((g) => f(m.def.id, it.def.id, g))));
  return {
    value: per((m, i, g) => benchmarks.get(benchmarkKey(g, m, i))?.value ?? null),
    origin: per((m, i, g) => benchmarks.get(benchmarkKey(g, m, i))?.origin ?? "none"),
    year: per((m, i, g) => benchmarks.get(benchmarkKey(g, m, i))?.year ?? Number.NaN),
  };
};

/**
 * Scores and classes one data year: methods assigned, measures computed, benchmarks resolved
 * (published, or from the population of the year or, with `previous`, of the year before),
 * items scored, pools ranked.
 */
export const evaluateLandPopulation = (
  compiled: CompiledLandRuleSet,
  year: number,
  pop: LandPopulation,
  conv: Conversions,
  previous: LandPopulation | null = null,
): LandRun => {
  const assignment = assignMethods(compiled, pop, year);
  const measures = measuresOf(compiled, pop, conv);
  const prev = previous ? { pop: previous, assignment: assignMethods(compiled, previous, year - 1), conv } : null;
  const benchmarks = landBenchmarks(compiled, year, { pop, assignment, conv }, prev);
  const scores = scoreLand(compiled, pop, assignment, measures, benchmarks);
  const classes = classifyLand(compiled, pop, assignment, scores);
  return { compiled, year, pop, assignment, measures, benchmarks, table: tableOf(compiled, pop, benchmarks), scores, classes };
};

export type LandStatus = "scored" | "excluded" | "out_of_scope" | "data_missing";
export type ItemState = "computed" | "measure_unknown" | "no_benchmark" | "imputed_average" | "imputed_zero" | "not_positive";
export type MissingCode = "missing" | "zero_denominator" | "negative_denominator";

export interface LandItemExplanation {
  readonly id: string;
  readonly indicator: string;
  readonly value: number | null;
  /** Why the value is unknown: which field, and how. */
  readonly missing?: { readonly code: MissingCode; readonly field: string };
  readonly benchmark: number | null;
  readonly benchmarkOrigin: BenchmarkOrigin | null;
  readonly benchmarkYear: number | null;
  readonly weight: number;
  readonly points: number | null;
  readonly state: ItemState;
}

/** One enterprise's result, every item explained (expanded from the stored compact form with its rule set). */
export interface LandExplanation {
  readonly status: LandStatus;
  readonly method: string | null;
  /** Exclusion id (EXCLUDED) or out-of-scope reason code. */
  readonly reason?: string;
  readonly items: readonly LandItemExplanation[];
  readonly adjustments: readonly { readonly id: string; readonly points: number }[];
  readonly score: number | null;
  readonly class: string | null;
  readonly rank: number | null;
  readonly poolSize: number | null;
  readonly moveUp: MoveUpHint | null;
}

/**
 * The stored form (land_evaluations.explanation): numbers and codes only, ~250 bytes, because a
 * province stores a million of them; labels, weights and indicator keys come back from the rule
 * set version stored beside it. Items follow the method's item order:
 * [value, benchmark, points, state, origin, benchmark year, missing "code:field" or null].
 */
export interface CompactLand {
  readonly v: 1;
  readonly s: LandStatus;
  readonly m: string | null;
  readonly r?: string;
  readonly i: readonly (readonly [number | null, number | null, number | null, number, number, number | null, string | null])[];
  readonly a: readonly string[];
  readonly sc: number | null;
  readonly c: string | null;
  readonly rk: number | null;
  readonly n: number | null;
  /** Move up: [to, cut, gap, [item index, delta, from, relative][]]. */
  readonly u: readonly [string, number, number, readonly (readonly [number, number, number, number])[]] | null;
}

const STATUS: Record<number, LandStatus> = { [SCORED]: "scored", [EXCLUDED]: "excluded", [OUT_OF_SCOPE]: "out_of_scope", [DATA_MISSING]: "data_missing" };
const STATES: readonly ItemState[] = [];
const setState = (code: number, s: ItemState) => ((STATES as ItemState[])[code] = s);
setState(POINTS_COMPUTED, "computed");
setState(POINTS_MEASURE_UNKNOWN, "measure_unknown");
setState(POINTS_NO_BENCHMARK, "no_benchmark");
setState(POINTS_IMPUTED_AVERAGE, "imputed_average");
setState(POINTS_IMPUTED_ZERO, "imputed_zero");
setState(POINTS_NOT_POSITIVE, "not_positive");
const ORIGINS: readonly BenchmarkOrigin[] = ["none", "published", "population"];

/** Six significant digits, without string round trips (this runs a million times). */
export const sig6 = (v: number): number | null => {
  if (!Number.isFinite(v)) return null;
  if (v === 0) return 0;
  const scale = 10 ** (5 - Math.floor(Math.log10(Math.abs(v))));
  return Math.round(v * scale) / scale;
};

const MISSING_CODES: Record<number, MissingCode> = { [MISSING_NUMERATOR]: "missing", [MISSING_DENOMINATOR]: "missing", [ZERO_DENOMINATOR]: "zero_denominator", [NEGATIVE_DENOMINATOR]: "negative_denominator" };

const missingOf = (column: MeasureColumn, i: number): string | null => {
  const reason = column.reason[i]!;
  if (reason === 0) return null;
  const field = reason === MISSING_NUMERATOR ? column.numeratorKey : column.denominatorKey;
  return `${MISSING_CODES[reason]}:${field}`;
};

/** The stored form of enterprise i of the run. */
export const compactLand = (run: LandRun, i: number): CompactLand => {
  const { compiled, pop, assignment, scores, classes, measures, table } = run;
  const s = STATUS[scores.status[i]!] ?? "out_of_scope";
  const a = compiled.ruleSet.adjustments.filter((x) => pop.flags.get(adjustmentFlagKey(x.when))?.[i] === 1).map((x) => x.id);
  const none = { v: 1 as const, s, m: null, i: [], a, sc: null, c: null, rk: null, n: null, u: null };
  if (s === "excluded") return { ...none, r: compiled.ruleSet.exclusions[assignment.detail[i]!]?.id ?? "excluded" };
  if (s === "out_of_scope") return { ...none, r: OUT_OF_SCOPE_REASONS[assignment.detail[i]!] ?? "out_of_scope" };
  const k = assignment.method[i]!;
  const g = pop.group[i]!;
  const method = compiled.methods[k]!;
  const items = method.items.map((item, j) => {
    const column = measures.get(item.indicator.key)!;
    const it = scores.items[k]![j]!;
    const origin = table.origin[k]![j]![g]!;
    const year = table.year[k]![j]![g]!;
    return [sig6(column.values[i]!), sig6(table.value[k]![j]![g] ?? Number.NaN), sig6(it.points[i]!), it.state[i]!, ORIGINS.indexOf(origin), Number.isNaN(year) ? null : year, missingOf(column, i)] as const;
  });
  const klass = classes.klass[i]!;
  const up = klass > 0 ? moveUpHint(compiled, i, k, scores, classes, measures, g, (itemId) => table.value[k]![method.items.findIndex((x) => x.def.id === itemId)]![g] ?? null) : null;
  return {
    v: 1,
    s,
    m: method.def.id,
    i: items,
    a,
    sc: sig6(scores.score[i]!),
    c: klass >= 0 ? (compiled.ruleSet.classes.bands[klass]?.id ?? null) : null,
    rk: classes.rank[i]! > 0 ? classes.rank[i]! : null,
    n: classes.pool[i]! >= 0 ? classes.poolSize[classes.pool[i]!]! : null,
    u: up
      ? [up.to, sig6(up.cut) ?? 0, sig6(up.scoreGap) ?? 0, up.options.map((o) => [method.items.findIndex((x) => x.def.id === o.itemId), sig6(o.delta) ?? 0, sig6(o.from) ?? 0, sig6(o.relative) ?? 0] as const)]
      : null,
  };
};

/** The full explanation from the stored form and the rule set version it was computed with. */
export const expandLand = (c: CompactLand, ruleSet: LandRuleSet): LandExplanation => {
  const method = ruleSet.methods.find((m) => m.id === c.m);
  const adjustments = c.a.map((id) => ({ id, points: ruleSet.adjustments.find((x) => x.id === id)?.points ?? 0 }));
  const items = (method?.items ?? []).map((item, j): LandItemExplanation => {
    const [value, benchmark, points, state, origin, year, missing] = c.i[j] ?? [null, null, null, POINTS_MEASURE_UNKNOWN, 0, null, null];
    const sep = missing?.indexOf(":") ?? -1;
    return {
      id: item.id,
      indicator: item.indicator,
      value,
      ...(missing && sep > 0 ? { missing: { code: missing.slice(0, sep) as MissingCode, field: missing.slice(sep + 1) } } : {}),
      benchmark,
      benchmarkOrigin: benchmark === null && origin === 0 ? (item.benchmark ? "none" : null) : (ORIGINS[origin] ?? null),
      benchmarkYear: year,
      weight: item.weight,
      points,
      state: STATES[state] ?? "measure_unknown",
    };
  });
  return {
    status: c.s,
    method: c.m,
    ...(c.r !== undefined ? { reason: c.r } : {}),
    items,
    adjustments,
    score: c.sc,
    class: c.c,
    rank: c.rk,
    poolSize: c.n,
    moveUp: c.u
      ? {
          to: c.u[0],
          cut: c.u[1],
          scoreGap: c.u[2],
          options: c.u[3].map(([j, delta, from, relative]) => ({ itemId: method?.items[j]?.id ?? String(j), indicator: method?.items[j]?.indicator ?? "", delta, from, relative })),
        }
      : null,
  };
};

/** The explanation of enterprise i of the run: every item's value, benchmark and points, and the way up. */
export const explainLand = (run: LandRun, i: number): LandExplanation => expandLand(compactLand(run, i), run.compiled.ruleSet);

const num = (v: number | null): string => (v === null ? "null" : String(v));
const str = (v: string | null): string => (v === null ? "null" : JSON.stringify(v));

/**
 * compactLand written straight to JSON text: the same document (tests compare them), built
 * without the intermediate objects, because a province's recomputation writes a million.
 */
export const compactLandJson = (run: LandRun, i: number): string => {
  const { compiled, scores, assignment } = run;
  const status = scores.status[i]!;
  if (status === EXCLUDED || status === OUT_OF_SCOPE) return JSON.stringify(compactLand(run, i));
  const { pop, classes, measures, table } = run;
  const k = assignment.method[i]!;
  const g = pop.group[i]!;
  const method = compiled.methods[k]!;
  let items = "";
  for (let j = 0; j < method.items.length; j++) {
    const item = method.items[j]!;
    const column = measures.get(item.indicator.key)!;
    const it = scores.items[k]![j]!;
    const year = table.year[k]![j]![g]!;
    items += `${j > 0 ? "," : ""}[${num(sig6(column.values[i]!))},${num(sig6(table.value[k]![j]![g] ?? Number.NaN))},${num(sig6(it.points[i]!))},${it.state[i]!},${ORIGINS.indexOf(table.origin[k]![j]![g]!)},${Number.isNaN(year) ? "null" : year},${str(missingOf(column, i))}]`;
  }
  let adj = "";
  for (const x of compiled.ruleSet.adjustments) if (pop.flags.get(adjustmentFlagKey(x.when))?.[i] === 1) adj += `${adj ? "," : ""}${JSON.stringify(x.id)}`;
  const klass = classes.klass[i]!;
  let up = "null";
  if (klass > 0) {
    const hint = moveUpHint(compiled, i, k, scores, classes, measures, g, (itemId) => table.value[k]![method.items.findIndex((x) => x.def.id === itemId)]![g] ?? null);
    if (hint)
      up = `[${JSON.stringify(hint.to)},${num(sig6(hint.cut) ?? 0)},${num(sig6(hint.scoreGap) ?? 0)},[${hint.options
        .map((o) => `[${method.items.findIndex((x) => x.def.id === o.itemId)},${num(sig6(o.delta) ?? 0)},${num(sig6(o.from) ?? 0)},${num(sig6(o.relative) ?? 0)}]`)
        .join(",")}]]`;
  }
  const s = STATUS[status] ?? "out_of_scope";
  const c = klass >= 0 ? (compiled.ruleSet.classes.bands[klass]?.id ?? null) : null;
  const rk = classes.rank[i]! > 0 ? classes.rank[i]! : null;
  const n = classes.pool[i]! >= 0 ? classes.poolSize[classes.pool[i]!]! : null;
  return `{"v":1,"s":"${s}","m":${JSON.stringify(method.def.id)},"i":[${items}],"a":[${adj}],"sc":${num(sig6(scores.score[i]!))},"c":${str(c)},"rk":${num(rk)},"n":${num(n)},"u":${up}}`;
};
