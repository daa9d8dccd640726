/**
 * The loops of points tables (see score.ts for the interval semantics and ProgramBuilder.emit for
 * why each kind is one module-level function). Every item writes [lo, hi] points and a status:
 * pass when it scores, fail at 0, unknown/manual_review while its interval is open.
 */
import { ALL_TABLE, FAIL, MANUAL, PASS, UNKNOWN } from "../status";
import { tolerance, type BlockContext } from "./program";

/** Whether points v meet a mark. */
export const meets = (op: ">=" | ">", v: number, mark: number): boolean => v >= markBound(op, mark);

/** The least number of points that meets a mark, tolerance folded in (one comparison per row). */
export const markBound = (op: ">=" | ">", mark: number): number => (op === ">=" ? mark - tolerance(mark) : mark + tolerance(mark));

const statusOf = (lo: number, hi: number, undecided: number): number => (lo === hi ? (hi > 0 ? PASS : FAIL) : undecided);

/**
 * Why an interval is still open, per row, into the `kind` slot: missing data when any part is
 * unknown (it outranks manual review: supplying data is the cheaper fix), else manual review.
 * Computed column-wise once per block rather than by re-reading every part per row.
 */
const undecidedKinds = (ctx: BlockContext, parts: readonly number[], kindSlot: number): Uint8Array => {
  const kind = ctx.s.st[kindSlot] as Uint8Array;
  kind.fill(MANUAL, 0, ctx.len);
  for (const slot of parts) {
    const st = ctx.s.st[slot] as Uint8Array;
    for (let k = 0; k < ctx.len; k++) if (st[k] === UNKNOWN) kind[k] = UNKNOWN;
  }
  return kind;
};

export interface Bands {
  readonly input: number;
  readonly pts: number;
  readonly st: number;
  /** Bounds with the tolerance folded in. */
  readonly bounds: Float64Array;
  readonly points: Float64Array;
  readonly otherwise: number;
  readonly minPoints: number;
  readonly maxPoints: number;
}
const bandsLoop = (p: Bands, ctx: BlockContext, atLeast: boolean): void => {
  const x = ctx.s.num[p.input] as Float64Array;
  const lo = ctx.s.lo[p.pts] as Float64Array;
  const hi = ctx.s.hi[p.pts] as Float64Array;
  const st = ctx.s.st[p.st] as Uint8Array;
  const { bounds, points, otherwise, minPoints, maxPoints } = p;
  const n = bounds.length;
  for (let k = 0; k < ctx.len; k++) {
    const v = x[k] as number;
    if (v !== v) {
      lo[k] = minPoints;
      hi[k] = maxPoints;
      st[k] = UNKNOWN;
      continue;
    }
    let pts = otherwise;
    for (let j = 0; j < n; j++) {
      if (atLeast ? v >= (bounds[j] as number) : v <= (bounds[j] as number)) {
        pts = points[j] as number;
        break;
      }
    }
    lo[k] = pts;
    hi[k] = pts;
    st[k] = pts > 0 ? PASS : FAIL;
  }
};
export const bandsAtLeastKernel = (p: Bands, ctx: BlockContext): void => bandsLoop(p, ctx, true);
export const bandsAtMostKernel = (p: Bands, ctx: BlockContext): void => bandsLoop(p, ctx, false);

export interface Table {
  readonly conds: readonly number[];
  readonly points: Float64Array;
  readonly otherwise: number;
  readonly pts: number;
  readonly st: number;
}
export const tableKernel = (p: Table, ctx: BlockContext): void => {
  const conds = p.conds.map((s) => ctx.s.st[s] as Uint8Array);
  const lo = ctx.s.lo[p.pts] as Float64Array;
  const hi = ctx.s.hi[p.pts] as Float64Array;
  const st = ctx.s.st[p.st] as Uint8Array;
  const { points, otherwise } = p;
  for (let k = 0; k < ctx.len; k++) {
    // The first row that holds wins; rows still undecided before it could win instead.
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let undecided = MANUAL;
    let settled = false;
    for (let j = 0; j < conds.length; j++) {
      const s = (conds[j] as Uint8Array)[k] as number;
      if (s === FAIL) continue;
      const pts = points[j] as number;
      if (pts < min) min = pts;
      if (pts > max) max = pts;
      if (s === PASS) {
        settled = true;
        break;
      }
      if (s === UNKNOWN) undecided = UNKNOWN;
    }
    if (!settled) {
      if (otherwise < min) min = otherwise;
      if (otherwise > max) max = otherwise;
    }
    lo[k] = min;
    hi[k] = max;
    st[k] = statusOf(min, max, undecided);
  }
};

export interface BestOf {
  readonly options: readonly { readonly pts: number; readonly st: number }[];
  readonly pts: number;
  readonly st: number;
  readonly kind: number;
}
export const bestOfKernel = (p: BestOf, ctx: BlockContext): void => {
  const lo = ctx.s.lo[p.pts] as Float64Array;
  const hi = ctx.s.hi[p.pts] as Float64Array;
  const st = ctx.s.st[p.st] as Uint8Array;
  lo.fill(Number.NEGATIVE_INFINITY, 0, ctx.len);
  hi.fill(Number.NEGATIVE_INFINITY, 0, ctx.len);
  for (const o of p.options) {
    const l = ctx.s.lo[o.pts] as Float64Array;
    const u = ctx.s.hi[o.pts] as Float64Array;
    for (let k = 0; k < ctx.len; k++) {
      if ((l[k] as number) > (lo[k] as number)) lo[k] = l[k] as number;
      if ((u[k] as number) > (hi[k] as number)) hi[k] = u[k] as number;
    }
  }
  const kind = undecidedKinds(ctx, p.options.map((o) => o.st), p.kind);
  for (let k = 0; k < ctx.len; k++) st[k] = statusOf(lo[k] as number, hi[k] as number, kind[k] as number);
};

export interface PointsFrom {
  readonly input: number;
  readonly max: number;
  readonly pts: number;
  readonly st: number;
}
export const pointsFromKernel = (p: PointsFrom, ctx: BlockContext): void => {
  const x = ctx.s.num[p.input] as Float64Array;
  const lo = ctx.s.lo[p.pts] as Float64Array;
  const hi = ctx.s.hi[p.pts] as Float64Array;
  const st = ctx.s.st[p.st] as Uint8Array;
  const max = p.max;
  for (let k = 0; k < ctx.len; k++) {
    const v = x[k] as number;
    if (v !== v) {
      lo[k] = 0;
      hi[k] = max;
      st[k] = UNKNOWN;
    } else {
      const pts = Math.min(max, Math.max(0, v));
      lo[k] = pts;
      hi[k] = pts;
      st[k] = pts > 0 ? PASS : FAIL;
    }
  }
};

/** Column-wise sums of point intervals. */
const sumInto = (ctx: BlockContext, lo: Float64Array, hi: Float64Array, slots: readonly number[]): void => {
  lo.fill(0, 0, ctx.len);
  hi.fill(0, 0, ctx.len);
  for (const p of slots) {
    const l = ctx.s.lo[p] as Float64Array;
    const u = ctx.s.hi[p] as Float64Array;
    for (let k = 0; k < ctx.len; k++) {
      lo[k] = (lo[k] as number) + (l[k] as number);
      hi[k] = (hi[k] as number) + (u[k] as number);
    }
  }
};

export interface Group {
  readonly parts: readonly number[];
  /** Status slots of the items, to tell missing data from pending review. */
  readonly items: readonly number[];
  readonly pts: number;
  readonly st: number;
  readonly kind: number;
  readonly min: readonly [">=" | ">", number] | undefined;
}
export const groupKernel = (p: Group, ctx: BlockContext): void => {
  const lo = ctx.s.lo[p.pts] as Float64Array;
  const hi = ctx.s.hi[p.pts] as Float64Array;
  sumInto(ctx, lo, hi, p.parts);
  const out = ctx.s.st[p.st] as Uint8Array;
  const kind = undecidedKinds(ctx, p.items, p.kind);
  if (p.min) {
    const bound = markBound(p.min[0], p.min[1]);
    for (let k = 0; k < ctx.len; k++) out[k] = (lo[k] as number) >= bound ? PASS : (hi[k] as number) < bound ? FAIL : (kind[k] as number);
  } else {
    for (let k = 0; k < ctx.len; k++) out[k] = lo[k] === hi[k] ? PASS : (kind[k] as number);
  }
};

export interface Score {
  readonly groups: readonly number[];
  /** Status slots of the groups with a minimum. */
  readonly gates: readonly number[];
  readonly items: readonly number[];
  readonly pts: number;
  readonly st: number;
  readonly kind: number;
  readonly op: ">=" | ">";
  readonly mark: number;
}
export const scoreKernel = (p: Score, ctx: BlockContext): void => {
  const lo = ctx.s.lo[p.pts] as Float64Array;
  const hi = ctx.s.hi[p.pts] as Float64Array;
  sumInto(ctx, lo, hi, p.groups);
  const out = ctx.s.st[p.st] as Uint8Array;
  const gates = p.gates.map((g) => ctx.s.st[g] as Uint8Array);
  const kind = undecidedKinds(ctx, p.items, p.kind);
  const bound = markBound(p.op, p.mark);
  for (let k = 0; k < ctx.len; k++) {
    let s = (lo[k] as number) >= bound ? PASS : (hi[k] as number) < bound ? FAIL : (kind[k] as number);
    for (const gate of gates) s = ALL_TABLE[s * 4 + (gate[k] as number)] as number;
    out[k] = s;
  }
};
