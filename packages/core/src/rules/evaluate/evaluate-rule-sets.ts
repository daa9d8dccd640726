/**
 * Evaluates several rule sets over one population. Rule sets that export facts (the size class
 * exports is_sme) run first and fill those facts where the services layer left them unknown, so
 * the tiers that read them see the computed value; supplied values always win. Rule set by rule
 * set rather than block by block: measured, the block-major order was no faster (the kernels are
 * compute-bound, and thirteen scratch sets per block compete for the cache).
 */
import type { CompiledRuleSet } from "../compiled";
import type { FactTable } from "../fact-table";
import type { EvaluationContext } from "./context";
import type { PopulationResult } from "./population-result";
import { blockSizeOf, Runner, type EvaluateOptions } from "./runner";

/** Results in the order of `ruleSets`; mutates `facts` only by filling unknown exported facts. */
export const evaluateRuleSets = (ruleSets: readonly CompiledRuleSet[], facts: FactTable, context: EvaluationContext, options: EvaluateOptions = {}): PopulationResult[] => {
  const block = blockSizeOf(options);
  const runners = ruleSets.map((rs) => new Runner(rs, facts, context, block));
  for (const r of [...runners.filter((x) => x.exportsFacts), ...runners.filter((x) => !x.exportsFacts)]) {
    for (let start = 0; start < facts.size; start += block) r.runBlock(start, Math.min(block, facts.size - start), true);
  }
  return runners.map((r) => r.result());
};
