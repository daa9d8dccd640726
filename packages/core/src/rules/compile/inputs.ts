/**
 * Derived inputs: each expression becomes a kernel filling one slot for a block of rows.
 * Unknown propagates: any NaN operand gives NaN, and so do bases that make a ratio or growth rate
 * meaningless (zero or negative), so a missing or degenerate figure is never read as zero.
 */
import { epochDayFromYmd, yearsBetween } from "../dates";
import { resolveFact } from "../fact-keys";
import { BOOL_UNKNOWN } from "../fact-table";
import { isIndustryPattern, mapIndustryCode } from "../gbt4754";
import type { CInput } from "../compiled";
import type { ExprDef, InputDef, LocalizedText, Operand } from "../types";
import type { UnitId } from "../units";
import { cite, joinNotes, type CompileEnv } from "./env";
import type { BlockContext } from "./program";

/** Compiles a declared input (once) and returns it; undefined after recording a problem. */
export const declaredInput = (env: CompileEnv, id: string, path: string): CInput | undefined => {
  const done = env.inputs.get(id);
  if (done) {
    env.usedInputs.add(id);
    return done;
  }
  const def = env.def.inputs[id];
  if (!def) {
    env.problems.add(path, `unknown input "${id}" (declare it under inputs)`);
    return undefined;
  }
  if (env.inProgress.has(id)) {
    env.problems.add(path, `input "${id}" depends on itself`);
    return undefined;
  }
  env.usedInputs.add(id);
  env.inProgress.add(id);
  const compiled = compileExpr(env, def, `inputs.${id}`, id);
  env.inProgress.delete(id);
  if (!compiled) return undefined;
  if (def.source) cite(env, def.source, `inputs.${id}.source`);
  if (def.unit !== undefined && def.unit !== compiled.unit) {
    env.problems.add(`inputs.${id}.unit`, `declared unit ${def.unit} but the expression yields ${compiled.unit}`);
  }
  const input = withMeta(compiled, id, def);
  env.inputs.set(id, input);
  return input;
};

const withMeta = (c: CInput, id: string, def: InputDef): CInput => {
  const note = joinNotes(c.note, def.note);
  const valueLabels = def.values ?? c.valueLabels;
  return {
    ...c,
    id,
    label: def.label ?? c.label,
    uncertain: c.uncertain || def.uncertain === true,
    ...(note ? { note } : {}),
    ...(valueLabels ? { valueLabels } : {}),
  };
};

interface Copy {
  readonly key: string;
  readonly slot: number;
}

/**
 * Shared all-unknown blocks for facts absent from the table. Fact slots are only ever read (every
 * kernel writes its own output slot), so a fact slot can point at a view of the fact column or at
 * one of these instead of a copy.
 */
let unknownNumbers = new Float64Array(0);
let unknownBooleans = new Uint8Array(0);
let unknownCodes = new Int32Array(0);
const unknownBlock = <T extends Float64Array | Uint8Array | Int32Array>(current: T, len: number, make: (n: number) => T): T => (current.length >= len ? current : make(len));

const viewNumbers = (p: Copy, ctx: BlockContext): void => {
  const col = ctx.facts.peekNumbers(p.key);
  if (col) ctx.s.num[p.slot] = col.subarray(ctx.start, ctx.start + ctx.len);
  else ctx.s.num[p.slot] = unknownNumbers = unknownBlock(unknownNumbers, ctx.len, (n) => new Float64Array(n).fill(Number.NaN));
};
const viewBooleans = (p: Copy, ctx: BlockContext): void => {
  const col = ctx.facts.peekBooleans(p.key);
  if (col) ctx.s.bool[p.slot] = col.subarray(ctx.start, ctx.start + ctx.len);
  else ctx.s.bool[p.slot] = unknownBooleans = unknownBlock(unknownBooleans, ctx.len, (n) => new Uint8Array(n).fill(BOOL_UNKNOWN));
};
const viewCategories = (p: Copy, ctx: BlockContext): void => {
  const col = ctx.facts.peekCategories(p.key);
  if (col) ctx.s.cat[p.slot] = col.codes.subarray(ctx.start, ctx.start + ctx.len);
  else ctx.s.cat[p.slot] = unknownCodes = unknownBlock(unknownCodes, ctx.len, (n) => new Int32Array(n).fill(-1));
};

/** A fact read directly: copied into a slot once per block, shared by every expression reading it. */
const factInput = (env: CompileEnv, key: string, path: string): CInput | undefined => {
  const known = env.factInputs.get(key);
  if (known) return known;
  const fact = resolveFact(key);
  if (!fact) {
    env.problems.add(path, `unknown fact "${key}" (not an annual field@y… key nor in the fact catalogue)`);
    return undefined;
  }
  if (fact.type === "date") {
    env.problems.add(path, `date fact "${key}" can only be read through age_years`);
    return undefined;
  }
  env.reads.add(key);
  const base = { id: key, unit: fact.unit, label: fact.label, uncertain: false, ...(fact.levels ? { levels: fact.levels } : {}) };
  let input: CInput;
  if (fact.type === "number") {
    const slot = env.b.slot("num");
    input = { ...base, type: "number", slot };
    env.b.emit(viewNumbers, { key, slot });
  } else if (fact.type === "boolean") {
    const slot = env.b.slot("bool");
    input = { ...base, type: "boolean", slot };
    env.b.emit(viewBooleans, { key, slot });
  } else {
    const slot = env.b.slot("cat");
    input = { ...base, type: "category", slot, rawCategoryKey: key };
    env.b.emit(viewCategories, { key, slot });
  }
  env.factInputs.set(key, input);
  return input;
};

/** An operand: a declared input id, else a fact key, else a nested expression. */
const operand = (env: CompileEnv, op: Operand, path: string): CInput | undefined => {
  if (typeof op !== "string") return compileExpr(env, op, path, undefined);
  if (Object.hasOwn(env.def.inputs, op)) return declaredInput(env, op, path);
  return factInput(env, op, path);
};

const numericOperands = (env: CompileEnv, ops: readonly Operand[], path: string): CInput[] | undefined => {
  const out: CInput[] = [];
  ops.forEach((op, i) => {
    const c = operand(env, op, `${path}.${i}`);
    if (!c) return;
    if (c.type !== "number") env.problems.add(`${path}.${i}`, `"${c.id}" is a ${c.type}, expected a number`);
    else out.push(c);
  });
  return out.length === ops.length ? out : undefined;
};

type Combine = (out: Float64Array, src: readonly Float64Array[], len: number, years: number) => void;
interface Derived {
  readonly out: number;
  readonly src: readonly number[];
  readonly combine: Combine;
  readonly years: number;
}
const runDerived = (p: Derived, ctx: BlockContext): void => {
  p.combine(ctx.s.num[p.out] as Float64Array, p.src.map((s) => ctx.s.num[s] as Float64Array), ctx.len, p.years);
};

const derived = (env: CompileEnv, unit: UnitId, label: LocalizedText, parts: readonly CInput[], combine: Combine, years = 0): CInput => {
  const slot = env.b.slot("num");
  env.b.emit(runDerived, { out: slot, src: parts.map((p) => p.slot), combine, years });
  const uncertain = parts.some((p) => p.uncertain);
  const note = joinNotes(...parts.map((p) => p.note));
  return { id: "", type: "number", slot, unit, label, uncertain, ...(note ? { note } : {}) };
};

// Each combiner is one module-level loop (see ProgramBuilder.emit for why).
const ratioKernel: Combine = (out, [a, b], len) => {
  const x = a as Float64Array;
  const y = b as Float64Array;
  // Multiplying before dividing keeps exact cases exact: 570 × 100 / 1000 is 57, 570 / 1000 × 100 is not.
  for (let k = 0; k < len; k++) {
    const d = y[k] as number;
    out[k] = d > 0 ? ((x[k] as number) * 100) / d : Number.NaN;
  }
};

const growthKernel: Combine = (out, [a, b], len) => {
  const x = a as Float64Array;
  const y = b as Float64Array;
  for (let k = 0; k < len; k++) {
    const base = y[k] as number;
    out[k] = base > 0 ? (((x[k] as number) - base) * 100) / base : Number.NaN;
  }
};

const cagrKernel: Combine = (out, [a, b], len, years) => {
  const x = a as Float64Array;
  const y = b as Float64Array;
  const inv = 1 / years;
  for (let k = 0; k < len; k++) {
    const base = y[k] as number;
    const last = x[k] as number;
    out[k] = base > 0 && last >= 0 ? (Math.pow(last / base, inv) - 1) * 100 : Number.NaN;
  }
};

const avgGrowthKernel: Combine = (out, src, len) => {
  const steps = src.length - 1;
  out.fill(0, 0, len);
  for (let j = 0; j < steps; j++) {
    const now = src[j] as Float64Array;
    const before = src[j + 1] as Float64Array;
    for (let k = 0; k < len; k++) {
      const base = before[k] as number;
      out[k] = (out[k] as number) + (base > 0 ? ((now[k] as number) - base) / base : Number.NaN);
    }
  }
  for (let k = 0; k < len; k++) out[k] = ((out[k] as number) * 100) / steps;
};

// NaN propagates through + and through Math.min/max, as unknown must: min(3, unknown) could be anything up to 3.
const sumKernel: Combine = (out, src, len) => {
  out.set((src[0] as Float64Array).subarray(0, len));
  for (let j = 1; j < src.length; j++) {
    const c = src[j] as Float64Array;
    for (let k = 0; k < len; k++) out[k] = (out[k] as number) + (c[k] as number);
  }
};
const avgKernel: Combine = (out, src, len) => {
  sumKernel(out, src, len, 0);
  const n = src.length;
  for (let k = 0; k < len; k++) out[k] = (out[k] as number) / n;
};
const minKernel: Combine = (out, src, len) => {
  out.set((src[0] as Float64Array).subarray(0, len));
  for (let j = 1; j < src.length; j++) {
    const c = src[j] as Float64Array;
    for (let k = 0; k < len; k++) out[k] = Math.min(out[k] as number, c[k] as number);
  }
};
const maxKernel: Combine = (out, src, len) => {
  out.set((src[0] as Float64Array).subarray(0, len));
  for (let j = 1; j < src.length; j++) {
    const c = src[j] as Float64Array;
    for (let k = 0; k < len; k++) out[k] = Math.max(out[k] as number, c[k] as number);
  }
};
const FOLDS = { sum: sumKernel, avg: avgKernel, min: minKernel, max: maxKernel } as const;

const sameUnit = (env: CompileEnv, parts: readonly CInput[], path: string): UnitId => {
  const unit = parts[0]?.unit ?? "none";
  if (parts.some((p) => p.unit !== unit)) env.problems.add(path, `operands mix units: ${parts.map((p) => p.unit).join(", ")}`);
  return unit;
};

const t = (zh: string, en: string): LocalizedText => ({ zh, en });
const joinLabels = (parts: readonly CInput[], sepZh: string, sepEn: string): LocalizedText =>
  t(parts.map((p) => p.label.zh).join(sepZh), parts.map((p) => p.label.en).join(sepEn));

/** Compiles one expression; `id` names a declared input (for messages), undefined for nested ones. */
export const compileExpr = (env: CompileEnv, e: ExprDef, path: string, id: string | undefined): CInput | undefined => {
  if ("fact" in e) return factInput(env, e.fact, `${path}.fact`);
  if ("ratio" in e || "growth" in e) {
    const [kind, ops] = "ratio" in e ? (["ratio", e.ratio] as const) : (["growth", e.growth] as const);
    const parts = numericOperands(env, ops, `${path}.${kind}`);
    if (!parts) return undefined;
    const [a, b] = parts as [CInput, CInput];
    if (kind === "growth" && a.unit !== b.unit) env.problems.add(`${path}.growth`, `growth between different units: ${a.unit}, ${b.unit}`);
    const label = kind === "ratio" ? t(`${a.label.zh}/${b.label.zh}`, `${a.label.en} / ${b.label.en}`) : t(`${a.label.zh}增长率`, `${a.label.en} growth`);
    return derived(env, "percent", label, parts, kind === "ratio" ? ratioKernel : growthKernel);
  }
  if ("cagr" in e) {
    const [latest, base, years] = e.cagr;
    if (!Number.isInteger(years) || years < 1) env.problems.add(`${path}.cagr.2`, `years must be a positive integer, got ${years}`);
    const parts = numericOperands(env, [latest, base], `${path}.cagr`);
    if (!parts) return undefined;
    const [a] = parts as [CInput, CInput];
    return derived(env, "percent", t(`${a.label.zh}${years}年复合增长率`, `${a.label.en} ${years}-year CAGR`), parts, cagrKernel, Math.max(1, years));
  }
  if ("avg_growth" in e) {
    if (e.avg_growth.length < 2) env.problems.add(`${path}.avg_growth`, "needs at least two years, newest first");
    const parts = numericOperands(env, e.avg_growth, `${path}.avg_growth`);
    if (!parts || parts.length < 2) return undefined;
    sameUnit(env, parts, `${path}.avg_growth`);
    const first = parts[0] as CInput;
    return derived(env, "percent", t(`${first.label.zh}平均增长率`, `${first.label.en} average growth`), parts, avgGrowthKernel);
  }
  for (const fold of ["sum", "avg", "min", "max"] as const) {
    if (fold in e) {
      const ops = (e as Record<typeof fold, readonly Operand[]>)[fold];
      if (ops.length < 1) env.problems.add(`${path}.${fold}`, "needs at least one operand");
      const parts = numericOperands(env, ops, `${path}.${fold}`);
      if (!parts || parts.length < 1) return undefined;
      const unit = sameUnit(env, parts, `${path}.${fold}`);
      const names = { sum: ["合计", "sum"], avg: ["平均", "average"], min: ["最小值", "minimum"], max: ["最大值", "maximum"] }[fold];
      const label = t(`${joinLabels(parts, "、", ", ").zh}${names[0]}`, `${names[1]} of ${joinLabels(parts, "、", ", ").en}`);
      return derived(env, unit, label, parts, FOLDS[fold]);
    }
  }
  if ("age_years" in e) return ageInput(env, e.age_years.of, e.age_years.at, `${path}.age_years`);
  if ("gbt4754" in e) return industryInput(env, e.gbt4754, `${path}.gbt4754`);
  env.problems.add(path, `unrecognised expression${id ? ` for input "${id}"` : ""}`);
  return undefined;
};

interface Age {
  readonly key: string;
  readonly slot: number;
  readonly atEvaluation: boolean;
  /** Ages by founding day (offset from AGE_TABLE_FIRST_DAY) for the target date `to`; NaN = not yet computed. */
  table: Float64Array;
  to: number;
}

// Founding dates cluster on a few tens of thousands of days: an age computed once per day serves
// every enterprise founded that day (the calendar arithmetic costs ~100 ns a row otherwise).
const AGE_TABLE_FIRST_DAY = epochDayFromYmd(1900, 1, 1);
const AGE_TABLE_DAYS = epochDayFromYmd(2100, 1, 1) - AGE_TABLE_FIRST_DAY;

const ageKernel = (p: Age, ctx: BlockContext): void => {
  const out = ctx.s.num[p.slot] as Float64Array;
  const col = ctx.facts.peekNumbers(p.key);
  const ymd = p.atEvaluation ? ctx.evalYmd : ctx.refYearEndYmd;
  const to = epochDayFromYmd(Math.floor(ymd / 10_000), Math.floor(ymd / 100) % 100, ymd % 100);
  if (!col) {
    out.fill(Number.NaN, 0, ctx.len);
    return;
  }
  if (p.to !== to || p.table.length === 0) {
    p.table = new Float64Array(AGE_TABLE_DAYS).fill(Number.NaN);
    p.to = to;
  }
  const table = p.table;
  for (let k = 0; k < ctx.len; k++) {
    const day = col[ctx.start + k] as number;
    if (day !== day) {
      out[k] = Number.NaN;
      continue;
    }
    const slot = day - AGE_TABLE_FIRST_DAY;
    if (slot >= 0 && slot < AGE_TABLE_DAYS) {
      let age = table[slot] as number;
      if (age !== age) table[slot] = age = yearsBetween(day, to);
      out[k] = age;
    } else out[k] = yearsBetween(day, to);
  }
};

const ageInput = (env: CompileEnv, key: string, at: "evaluation_date" | "reference_year_end", path: string): CInput | undefined => {
  const fact = resolveFact(key);
  if (!fact || fact.type !== "date") {
    env.problems.add(`${path}.of`, `"${key}" is not a date fact`);
    return undefined;
  }
  env.reads.add(key);
  const slot = env.b.slot("num");
  env.b.emit(ageKernel, { key, slot, atEvaluation: at === "evaluation_date", table: new Float64Array(0), to: Number.NaN });
  const when = at === "evaluation_date" ? t("（至评价日）", " (at the evaluation date)") : t("（至基准年末）", " (at the end of the reference year)");
  return { id: "", type: "number", slot, unit: "years", label: t(`成立年限${when.zh}`, `Years since founding${when.en}`), uncertain: false };
};

interface IndustryMap {
  readonly key: string;
  readonly src: number;
  readonly out: number;
  readonly spec: { readonly map: Readonly<Record<string, readonly string[]>>; readonly default: string };
  readonly index: ReadonlyMap<string, number>;
  /** Value index per dictionary code, recomputed when the fact column's dictionary grows. */
  mapped: Int32Array;
  dictionary: readonly string[] | undefined;
}
const industryKernel = (p: IndustryMap, ctx: BlockContext): void => {
  const dict = ctx.facts.peekCategories(p.key)?.dictionary ?? [];
  if (p.dictionary !== dict || p.mapped.length !== dict.length) {
    // Once per dictionary entry, not per enterprise.
    p.mapped = Int32Array.from(dict, (code) => p.index.get(mapIndustryCode(code, p.spec.map, p.spec.default) ?? "") ?? -1);
    p.dictionary = dict;
  }
  const mapped = p.mapped;
  const src = ctx.s.cat[p.src] as Int32Array;
  const out = ctx.s.cat[p.out] as Int32Array;
  for (let k = 0; k < ctx.len; k++) {
    const code = src[k] as number;
    out[k] = code < 0 ? -1 : (mapped[code] as number);
  }
};

const industryInput = (
  env: CompileEnv,
  spec: { readonly of: string; readonly map: Readonly<Record<string, readonly string[]>>; readonly default: string },
  path: string,
): CInput | undefined => {
  const source = factInput(env, spec.of, `${path}.of`);
  if (!source) return undefined;
  if (source.type !== "category") {
    env.problems.add(`${path}.of`, `"${spec.of}" is not a category fact`);
    return undefined;
  }
  for (const [key, patterns] of Object.entries(spec.map)) {
    for (const p of patterns) if (!isIndustryPattern(p)) env.problems.add(`${path}.map.${key}`, `not a GB/T 4754 pattern: "${p}"`);
  }
  const values = [...Object.keys(spec.map)];
  if (!values.includes(spec.default)) values.push(spec.default);
  const index = new Map(values.map((v, i) => [v, i]));
  const state: IndustryMap = { key: spec.of, src: source.slot, out: env.b.slot("cat"), spec, index, mapped: new Int32Array(0), dictionary: undefined };
  env.b.emit(industryKernel, state);
  const slot = state.out;
  return { id: "", type: "category", slot, unit: "none", label: source.label, values, uncertain: false };
};
