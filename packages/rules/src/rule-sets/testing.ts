/**
 * Test support for the shipped rule sets: load and compile them once, evaluate one enterprise
 * given as a plain record, and read a criterion's status or points from its explanation.
 */
import { compileRuleSet, evaluatePopulation, factTableFromRecords, type CompiledRuleSet, type Explanation, type FactRecord, type Outcome } from "@parkpilot/core";
import { loadRuleSets } from "./load";

const compiled = new Map(loadRuleSets().map((d) => [`${d.id}@${d.version}`, compileRuleSet(d)]));

export const shipped = (key: string): CompiledRuleSet => {
  const rs = compiled.get(key);
  if (!rs) throw new Error(`no shipped rule set ${key}`);
  return rs;
};

export const allShipped = (): CompiledRuleSet[] => [...compiled.values()];

export interface OneResult {
  readonly outcome: Outcome;
  readonly score: number | undefined;
  readonly explanation: Explanation;
  /** Status of a criterion (any id shown in the explanation). */
  status(id: string): string | undefined;
  /** Exact points of a score item or group; undefined when open or absent. */
  points(id: string): number | undefined;
}

export const evaluateOne = (rs: CompiledRuleSet, record: FactRecord, date = "2025-06-01"): OneResult => {
  const result = evaluatePopulation(rs, factTableFromRecords([record]), { date });
  const explanation = result.explain(0);
  const find = (id: string) => explanation.criteria.find((c) => c.id === id);
  return {
    outcome: result.status(0),
    score: result.score(0),
    explanation,
    status: (id) => find(id)?.status,
    points: (id) => {
      const p = find(id)?.points;
      return p && p.min === p.max ? p.min : undefined;
    },
  };
};

/** Clean compliance record: not on any list, no incident, nothing prohibited. */
export const CLEAN: FactRecord = {
  registered_legal_person_cn: true,
  on_dishonesty_list: false,
  on_abnormal_operation_list: false,
  prohibited_products: false,
  major_incident_1y: false,
  major_incident_2y: false,
  major_incident_3y: false,
};
