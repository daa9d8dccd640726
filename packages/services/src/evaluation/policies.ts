import { loadEvaluationPolicies, type EvaluationPolicies } from "@parkpilot/rules";
import { citationOf, type Conversions, type IndicatorDef, type PolicyCitation, type PolicyHeader, type PolicyProvenance } from "@parkpilot/core";

let cached: EvaluationPolicies | null = null;

/** The evaluation policy files, loaded and validated once per process (they ship with the code). */
export const evaluationPolicies = (): EvaluationPolicies => {
  cached ??= loadEvaluationPolicies();
  return cached;
};

/** Energy and pollution conversions for a coefficient set (the catalogue's default when absent). */
export const conversionsFor = (energySetId?: string): Conversions => {
  const p = evaluationPolicies();
  const id = energySetId ?? p.energy.default_set;
  const energy = p.energy.sets.find((s) => s.id === id);
  if (!energy) throw new Error(`no energy coefficient set "${id}"`);
  return { energy, pollution: p.pollution };
};

export const indicatorDef = (key: string): IndicatorDef => {
  const def = evaluationPolicies().indicators.get(key);
  if (!def) throw new Error(`indicator "${key}" is not in the catalogue`);
  return def;
};

/** A citation as the API shows it. */
export const cite = (header: PolicyHeader, item?: PolicyProvenance): PolicyCitation => citationOf(header, item);
