/**
 * The compiled form of a rule set: a straight list of kernels, each a tight loop over one block
 * of rows, reading and writing typed-array slots. Compilation allocates slots; evaluation
 * allocates the scratch arrays once per block size and runs the kernels in order (inputs first,
 * then criteria children before parents), so no tree is walked per enterprise.
 */
import type { FactTable } from "../fact-table";

export interface Scratch {
  /** Numeric inputs and per-row thresholds (NaN unknown). */
  readonly num: Float64Array[];
  /** Category inputs: value index, -1 unknown. */
  readonly cat: Int32Array[];
  /** Boolean inputs: 0 unknown, 1 false, 2 true. */
  readonly bool: Uint8Array[];
  /** Criterion statuses (status.ts codes). */
  readonly st: Uint8Array[];
  /** Points intervals of score items, groups and totals. */
  readonly lo: Float64Array[];
  readonly hi: Float64Array[];
  /** Classification: bit c set when class c is still possible. */
  readonly mask: Uint32Array;
}

export interface BlockContext {
  readonly facts: FactTable;
  /** First row of the block in the fact table. */
  readonly start: number;
  /** Rows in the block; scratch index k is fact row start + k. */
  readonly len: number;
  readonly s: Scratch;
  /** Evaluation date and 31 Dec of the reference year, as yyyymmdd numbers. */
  readonly evalYmd: number;
  readonly refYearEndYmd: number;
}

export type Kernel = (ctx: BlockContext) => void;

export interface SlotCounts {
  readonly num: number;
  readonly cat: number;
  readonly bool: number;
  readonly st: number;
  readonly pts: number;
}

/** Collects slots and kernels while a rule set compiles. */
export class ProgramBuilder {
  private counts = { num: 0, cat: 0, bool: 0, st: 0, pts: 0 };
  readonly kernels: Kernel[] = [];

  slot(kind: keyof SlotCounts): number {
    return this.counts[kind]++;
  }

  /**
   * Adds a kernel: a module-level loop function and its parameters. Kernels of one kind share one
   * function, so V8 optimises each loop once; a closure per kernel (same source, different
   * captured constants) was measured 3–4× slower on populations.
   */
  emit<P>(fn: (p: P, ctx: BlockContext) => void, p: P): void {
    this.kernels.push((ctx) => fn(p, ctx));
  }

  slotCounts(): SlotCounts {
    return { ...this.counts };
  }
}

export const allocateScratch = (counts: SlotCounts, len: number): Scratch => ({
  num: Array.from({ length: counts.num }, () => new Float64Array(len)),
  cat: Array.from({ length: counts.cat }, () => new Int32Array(len)),
  bool: Array.from({ length: counts.bool }, () => new Uint8Array(len)),
  st: Array.from({ length: counts.st }, () => new Uint8Array(len)),
  lo: Array.from({ length: counts.pts }, () => new Float64Array(len)),
  hi: Array.from({ length: counts.pts }, () => new Float64Array(len)),
  mask: new Uint32Array(len),
});

/**
 * Relative tolerance of comparisons: official thresholds are inclusive round numbers, and
 * 0.57 × 100 is 56.99999999999999 in binary floating point; an enterprise exactly at 57% must pass.
 */
export const tolerance = (bound: number): number => 1e-9 * Math.max(1, Math.abs(bound));
