/**
 * Runs a compiled rule set over a whole fact table, block by block: each kernel is a tight loop
 * over a few thousand rows whose scratch arrays stay in cache. Explanations re-run one row on
 * demand from the same fact table and the same kernels, so they cannot disagree with the
 * population figures.
 */
import type { CompiledRuleSet } from "../compiled";
import type { FactTable } from "../fact-table";
import type { EvaluationContext } from "./context";
import type { PopulationResult } from "./population-result";
import { blockSizeOf, Runner, type EvaluateOptions } from "./runner";

export type { EvaluateOptions } from "./runner";

/** Evaluates every enterprise of `facts` under one compiled rule set (exported facts are not written). */
export const evaluatePopulation = (ruleSet: CompiledRuleSet, facts: FactTable, context: EvaluationContext, options: EvaluateOptions = {}): PopulationResult => {
  const block = blockSizeOf(options);
  const runner = new Runner(ruleSet, facts, context, block);
  for (let start = 0; start < facts.size; start += block) runner.runBlock(start, Math.min(block, facts.size - start), false);
  return runner.result();
};
