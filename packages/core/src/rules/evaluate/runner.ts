/**
 * One rule set's pass over a population, block by block. A runner owns the scratch of its rule
 * set and the compact columns kept per enterprise: the outcome (1 byte), named criteria statuses
 * (2 bits each), the score interval and the class set. Several runners can share the same blocks
 * (evaluateRuleSets), so a block of facts read from memory serves every rule set while in cache.
 */
import { allocateScratch, type BlockContext, type Scratch } from "../compile/program";
import type { CompiledRuleSet } from "../compiled";
import type { FactTable } from "../fact-table";
import { exportFacts } from "./export-facts";
import { contextDays, type EvaluationContext } from "./context";
import { PopulationResult, type PopulationColumns } from "./population-result";

export interface EvaluateOptions {
  /** Rows per block (rounded up to a multiple of 4); 4096 keeps a block's scratch in cache. */
  readonly blockSize?: number;
}

export const blockSizeOf = (options: EvaluateOptions): number => Math.max(4, Math.ceil((options.blockSize ?? 4096) / 4) * 4);

/** Packs 2-bit statuses of a block into the population column (4 rows a byte; blocks start at multiples of 4). */
const pack = (src: Uint8Array, dst: Uint8Array, start: number, len: number): void => {
  let byte = start >> 2;
  let k = 0;
  for (; k + 4 <= len; k += 4) {
    dst[byte++] = (src[k] as number) | ((src[k + 1] as number) << 2) | ((src[k + 2] as number) << 4) | ((src[k + 3] as number) << 6);
  }
  if (k < len) {
    let b = 0;
    for (let j = 0; k + j < len; j++) b |= (src[k + j] as number) << (2 * j);
    dst[byte] = b;
  }
};

export class Runner {
  readonly ruleSet: CompiledRuleSet;
  private readonly facts: FactTable;
  private readonly context: EvaluationContext;
  private readonly days: { readonly evalYmd: number; readonly refYearEndYmd: number };
  private readonly scratch: Scratch;
  private readonly named: readonly { readonly slot: number; readonly packed: Uint8Array }[];
  private readonly cols: PopulationColumns;
  private readonly exports: boolean;

  constructor(ruleSet: CompiledRuleSet, facts: FactTable, context: EvaluationContext, block: number) {
    const n = facts.size;
    this.ruleSet = ruleSet;
    this.facts = facts;
    this.context = context;
    this.days = contextDays(context);
    this.scratch = allocateScratch(ruleSet.slots, Math.min(block, Math.max(4, Math.ceil(n / 4) * 4)));
    const named = [...ruleSet.named].map(([id, slot]) => ({ id, slot, packed: new Uint8Array(Math.ceil(n / 4)) }));
    this.named = named;
    this.cols = {
      root: new Uint8Array(n),
      named: new Map(named.map((c) => [c.id, c.packed])),
      ...(ruleSet.score ? { scoreLo: new Float64Array(n), scoreHi: new Float64Array(n) } : {}),
      ...(ruleSet.classes ? { classMask: new Uint16Array(n) } : {}),
    };
    this.exports = Object.keys(ruleSet.def.exports ?? {}).length > 0;
  }

  /** Whether this rule set writes facts that others read (run it first). */
  get exportsFacts(): boolean {
    return this.exports;
  }

  /** Evaluates rows [start, start + len); with `exportFacts`, fills this block's unknown exported facts. */
  runBlock(start: number, len: number, withExports: boolean): void {
    const { scratch, cols, ruleSet } = this;
    const ctx: BlockContext = { facts: this.facts, start, len, s: scratch, evalYmd: this.days.evalYmd, refYearEndYmd: this.days.refYearEndYmd };
    for (const kernel of ruleSet.kernels) kernel(ctx);
    cols.root.set((scratch.st[ruleSet.rootSlot] as Uint8Array).subarray(0, len), start);
    for (const c of this.named) pack(scratch.st[c.slot] as Uint8Array, c.packed, start, len);
    const scorePts = ruleSet.score?.score.pts;
    if (scorePts !== undefined && cols.scoreLo && cols.scoreHi) {
      cols.scoreLo.set((scratch.lo[scorePts] as Float64Array).subarray(0, len), start);
      cols.scoreHi.set((scratch.hi[scorePts] as Float64Array).subarray(0, len), start);
    }
    if (cols.classMask) {
      cols.classMask.set(scratch.mask.subarray(0, len), start);
      if (withExports && this.exports) exportFacts(ruleSet, cols.classMask, this.facts, start, len);
    }
  }

  result(): PopulationResult {
    return new PopulationResult(this.ruleSet, this.facts, this.context, this.cols);
  }
}
