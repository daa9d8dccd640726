import { sql } from "drizzle-orm";
import { evaluateRuleSets, type CompiledRuleSet, type PopulationResult, type RuleSetDef } from "@parkpilot/core";
import type { BulkReader } from "@parkpilot/db";
import { factPlan } from "../facts/fact-plan";
import { loadFactBatch, loadListedTiers, type FactBatch } from "../facts/load-fact-batch";
import { compileCached } from "../rules/province-rule-sets";
import { SIZE_RULE_SET_ID } from "../tiers";

export interface LiveEvaluation {
  readonly batch: FactBatch;
  readonly compiled: readonly CompiledRuleSet[];
  readonly results: readonly PopulationResult[];
  /** Row of an enterprise id in the batch, or undefined when it was not loaded. */
  row(enterpriseId: number): number | undefined;
  result(ruleSetId: string): PopulationResult | undefined;
}

/**
 * Evaluates a handful of enterprises (already checked visible by the caller) under the given
 * rule sets, exactly as a population run would: same loader, same engine, same facts. The size
 * class always runs first, since the SME tiers read the is_sme it exports.
 */
export const evaluateLive = async (
  reader: BulkReader,
  input: { provinceCode: string; enterpriseIds: readonly number[]; year: number; asOf: string; defs: readonly RuleSetDef[]; sizeDef?: RuleSetDef },
): Promise<LiveEvaluation> => {
  const defs = input.sizeDef && !input.defs.some((d) => d.id === SIZE_RULE_SET_ID) ? [input.sizeDef, ...input.defs] : input.defs;
  const compiled = defs.map(compileCached);
  const plan = factPlan(compiled);
  const listedTiers = await loadListedTiers(reader.db, input.provinceCode);
  const where = sql`enterprises.id = ANY(${sql.param([...input.enterpriseIds])}::int[])`;
  const batch = await loadFactBatch(reader, { plan, year: input.year, asOf: input.asOf, listedTiers }, where, Math.max(1, input.enterpriseIds.length));
  const results = evaluateRuleSets(compiled, batch.facts, { date: input.asOf, referenceYear: input.year });
  const index = new Map(Array.from(batch.ids, (id, i) => [id, i]));
  return {
    batch,
    compiled,
    results,
    row: (id) => index.get(id),
    result: (id) => results.find((r) => r.ruleSet.id === id),
  };
};
