/** Re-runs a compiled rule set for one enterprise and reads every slot back. */
import type { FactTable } from "../fact-table";
import { BOOL_TRUE, BOOL_UNKNOWN } from "../fact-table";
import { allocateScratch, type Scratch } from "../compile/program";
import type { CInput, CompiledRuleSet } from "../compiled";
import { contextDays, type EvaluationContext } from "../evaluate/context";
import type { StatusCode } from "../status";

export interface Row {
  status(slot: number): StatusCode;
  /** NaN when unknown. */
  num(slot: number): number;
  bool(slot: number): boolean | undefined;
  cat(input: CInput): string | undefined;
  pts(slot: number): { readonly min: number; readonly max: number };
  readonly mask: number;
}

/**
 * One-row scratch per compiled rule set, reused: explanations are materialised synchronously and
 * the Row never outlives the explain call, so sharing it saves hundreds of tiny allocations each.
 */
const scratchCache = new WeakMap<CompiledRuleSet, Scratch>();

/** Evaluates row i alone, through the same kernels as the population run. */
export const runRow = (ruleSet: CompiledRuleSet, facts: FactTable, i: number, context: EvaluationContext): Row => {
  const view = facts.row(i);
  let s = scratchCache.get(ruleSet);
  if (!s) {
    s = allocateScratch(ruleSet.slots, 1);
    scratchCache.set(ruleSet, s);
  }
  const days = contextDays(context);
  const ctx = { facts: view, start: 0, len: 1, s, evalYmd: days.evalYmd, refYearEndYmd: days.refYearEndYmd };
  for (const kernel of ruleSet.kernels) kernel(ctx);
  return {
    status: (slot) => (s.st[slot] as Uint8Array)[0] as StatusCode,
    num: (slot) => (s.num[slot] as Float64Array)[0] as number,
    bool: (slot) => {
      const v = (s.bool[slot] as Uint8Array)[0];
      return v === BOOL_UNKNOWN ? undefined : v === BOOL_TRUE;
    },
    cat: (input) => {
      const code = (s.cat[input.slot] as Int32Array)[0] as number;
      if (code < 0) return undefined;
      if (input.values) return input.values[code];
      return input.rawCategoryKey === undefined ? undefined : view.peekCategories(input.rawCategoryKey)?.dictionary[code];
    },
    pts: (slot) => ({ min: (s.lo[slot] as Float64Array)[0] as number, max: (s.hi[slot] as Float64Array)[0] as number }),
    mask: s.mask[0] as number,
  };
};
