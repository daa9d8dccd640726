/**
 * The loops of criteria, one module-level function per kind, parameterised by plain objects (see
 * ProgramBuilder.emit for why). Each reads its input slots for a block and writes one status slot.
 */
import { FAIL, PASS } from "../status";
import type { CompareOp } from "../types";
import { tolerance, type BlockContext } from "./program";

/** [lo, hi, status inside, status outside] of the passing range, tolerance included. */
export const passRange = (op: CompareOp, b: number): readonly [number, number, number, number] => {
  const tol = tolerance(b);
  switch (op) {
    case ">=":
      return [b - tol, Number.POSITIVE_INFINITY, PASS, FAIL];
    case ">":
      return [b + tol, Number.POSITIVE_INFINITY, PASS, FAIL];
    case "<=":
      return [Number.NEGATIVE_INFINITY, b + tol, PASS, FAIL];
    case "<":
      return [Number.NEGATIVE_INFINITY, b - tol, PASS, FAIL];
    case "==":
      return [b - tol, b + tol, PASS, FAIL];
    case "!=":
      return [b - tol, b + tol, FAIL, PASS];
  }
};

/** Per-row comparison for thresholds that vary by row (lookups). */
export const comparePasses = (op: CompareOp, v: number, b: number): boolean => {
  const [lo, hi, inside] = passRange(op, b);
  return (v >= lo && v <= hi) === (inside === PASS);
};

/** The value of a lookup or band table for v (NaN when v is unknown). */
export const lookupValue = (v: number, dir: "at_most" | "at_least", rows: readonly (readonly [number, number])[], otherwise: number): number => {
  if (v !== v) return Number.NaN;
  for (const [bound, value] of rows) {
    if (dir === "at_least" ? v >= bound - tolerance(bound) : v <= bound + tolerance(bound)) return value;
  }
  return otherwise;
};

export interface Lookup {
  readonly input: number;
  readonly out: number;
  readonly dir: "at_most" | "at_least";
  readonly rows: readonly (readonly [number, number])[];
  readonly otherwise: number;
}
export const lookupKernel = (p: Lookup, ctx: BlockContext): void => {
  const x = ctx.s.num[p.input] as Float64Array;
  const out = ctx.s.num[p.out] as Float64Array;
  for (let k = 0; k < ctx.len; k++) out[k] = lookupValue(x[k] as number, p.dir, p.rows, p.otherwise);
};

export interface CompareConst {
  readonly input: number;
  readonly st: number;
  readonly lo: number;
  readonly hi: number;
  readonly inside: number;
  readonly outside: number;
  readonly miss: number;
}
export const compareConstKernel = (p: CompareConst, ctx: BlockContext): void => {
  const x = ctx.s.num[p.input] as Float64Array;
  const out = ctx.s.st[p.st] as Uint8Array;
  const { lo, hi, inside, outside, miss } = p;
  for (let k = 0; k < ctx.len; k++) {
    const v = x[k] as number;
    out[k] = v !== v ? miss : v >= lo && v <= hi ? inside : outside;
  }
};

export interface CompareRow {
  readonly input: number;
  readonly bound: number;
  readonly st: number;
  readonly op: CompareOp;
  readonly miss: number;
}
export const compareRowKernel = (p: CompareRow, ctx: BlockContext): void => {
  const x = ctx.s.num[p.input] as Float64Array;
  const b = ctx.s.num[p.bound] as Float64Array;
  const out = ctx.s.st[p.st] as Uint8Array;
  for (let k = 0; k < ctx.len; k++) {
    const v = x[k] as number;
    const bound = b[k] as number;
    out[k] = v !== v || bound !== bound ? p.miss : comparePasses(p.op, v, bound) ? PASS : FAIL;
  }
};

/** Folds child statuses with a 4×4 truth table (ALL_TABLE or ANY_TABLE); `init` starts from a constant instead of the first child. */
export interface Combine {
  readonly st: number;
  readonly children: readonly number[];
  readonly table: Uint8Array;
  readonly init: number;
}
export const combineKernel = (p: Combine, ctx: BlockContext): void => {
  const out = ctx.s.st[p.st] as Uint8Array;
  let j = 0;
  if (p.init < 0) out.set((ctx.s.st[p.children[j++] as number] as Uint8Array).subarray(0, ctx.len));
  else out.fill(p.init, 0, ctx.len);
  const table = p.table;
  for (; j < p.children.length; j++) {
    const c = ctx.s.st[p.children[j] as number] as Uint8Array;
    for (let k = 0; k < ctx.len; k++) out[k] = table[(out[k] as number) * 4 + (c[k] as number)] as number;
  }
};

/** out = map[src]: negation of a status, or a boolean fact read as a status. */
export interface MapStatus {
  readonly src: number;
  readonly st: number;
  readonly map: Uint8Array;
}
export const notKernel = (p: MapStatus, ctx: BlockContext): void => {
  const c = ctx.s.st[p.src] as Uint8Array;
  const out = ctx.s.st[p.st] as Uint8Array;
  const map = p.map;
  for (let k = 0; k < ctx.len; k++) out[k] = map[c[k] as number] as number;
};
export const flagKernel = (p: MapStatus, ctx: BlockContext): void => {
  const b = ctx.s.bool[p.src] as Uint8Array;
  const out = ctx.s.st[p.st] as Uint8Array;
  const map = p.map;
  for (let k = 0; k < ctx.len; k++) out[k] = map[b[k] as number] as number;
};

export interface Fill {
  readonly st: number;
  readonly value: number;
}
export const fillKernel = (p: Fill, ctx: BlockContext): void => {
  (ctx.s.st[p.st] as Uint8Array).fill(p.value, 0, ctx.len);
};

export interface In {
  readonly input: number;
  readonly st: number;
  readonly miss: number;
  /** Derived categories: match per value index. */
  readonly match: Uint8Array | undefined;
  /** Raw category facts: the column whose dictionary the codes index, and the accepted values. */
  readonly rawKey: string | undefined;
  readonly values: readonly string[];
}
export const inKernel = (p: In, ctx: BlockContext): void => {
  let match = p.match;
  if (!match) {
    const dict = (p.rawKey === undefined ? undefined : ctx.facts.peekCategories(p.rawKey)?.dictionary) ?? [];
    match = Uint8Array.from(dict, (v) => (p.values.includes(v) ? 1 : 0));
  }
  const code = ctx.s.cat[p.input] as Int32Array;
  const out = ctx.s.st[p.st] as Uint8Array;
  for (let k = 0; k < ctx.len; k++) {
    const c = code[k] as number;
    out[k] = c < 0 ? p.miss : match[c] === 1 ? PASS : FAIL;
  }
};

export interface Switch {
  readonly input: number;
  readonly st: number;
  readonly miss: number;
  readonly cases: readonly number[];
}
export const switchKernel = (p: Switch, ctx: BlockContext): void => {
  const code = ctx.s.cat[p.input] as Int32Array;
  const out = ctx.s.st[p.st] as Uint8Array;
  const arrs = p.cases.map((s) => ctx.s.st[s] as Uint8Array);
  for (let k = 0; k < ctx.len; k++) {
    const c = code[k] as number;
    out[k] = c < 0 ? p.miss : ((arrs[c] as Uint8Array)[k] as number);
  }
};
