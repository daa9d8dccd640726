import { FAIL, OUTCOME_OF_STATUS, PASS, statusCodeAt, type CompiledRuleSet, type Outcome, type PopulationResult } from "@parkpilot/core";
import { NEAR_MISS_SHARE } from "../tiers";

/**
 * The conditions an enterprise is "close" on: the top-level conditions of a rule set (each
 * numbered condition of the policy text: all must hold), read from the per-criterion statuses
 * the engine keeps for the whole population. Vetoes are counted apart: a veto is not a gap an
 * enterprise closes by growing. Nor is a failed ceiling (the SME caps, an age limit): that
 * enterprise has outgrown the tier.
 */
export interface Conditions {
  readonly ids: readonly string[];
  readonly vetoes: readonly string[];
  /** The conditions among `ids` marked as ceilings of the tier's scope. */
  readonly ceilings: readonly string[];
}

export const conditionsOf = (rs: CompiledRuleSet): Conditions => {
  const root = rs.eligibleWhen;
  const top = !root ? [] : root.kind === "all" ? root.children.filter((c) => c.named) : root.named ? [root] : [];
  return { ids: top.map((c) => c.id), vetoes: rs.vetoes.filter((v) => v.named).map((v) => v.id), ceilings: top.filter((c) => c.ceiling).map((c) => c.id) };
};

export interface AssessmentSummary {
  readonly outcome: Outcome;
  /** Share of the top-level conditions met, 0–1; null for classification rule sets. */
  readonly closeness: number | null;
  /** Conditions not met, plus vetoes that fired. */
  readonly failed: number;
  /** Conditions (and vetoes) still open for missing data or manual review. */
  readonly unknown: number;
  readonly vetoed: boolean;
  /** A ceiling of the tier's scope failed: the enterprise has outgrown the tier. */
  readonly outgrown: boolean;
  /** Not eligible but close: see NEAR_MISS_SHARE; never when vetoed or outgrown. */
  readonly nearMiss: boolean;
  readonly score: number | null;
  readonly classification: string | null;
}

/** Summarises enterprise i of a result; built once per result, then called for every row. */
export type RowSummarizer = (i: number) => AssessmentSummary;

export const rowSummarizer = (result: PopulationResult, conditions: Conditions): RowSummarizer => {
  if (result.ruleSet.kind === "classification") {
    return (i) => ({ outcome: result.status(i), closeness: null, failed: 0, unknown: 0, vetoed: false, outgrown: false, nearMiss: false, score: result.score(i) ?? null, classification: result.classification(i) ?? null });
  }
  const root = result.rootCodes;
  const conditionStatuses = conditions.ids.map((id) => result.packedStatuses(id));
  const vetoStatuses = conditions.vetoes.map((id) => result.packedStatuses(id));
  const ceilingStatuses = conditions.ceilings.map((id) => result.packedStatuses(id));
  const total = conditions.ids.length;
  const mark = result.ruleSet.score?.score.pass[1];
  return (i) => {
    const outcome = OUTCOME_OF_STATUS[root[i] as number] ?? "undetermined";
    let passed = 0;
    let failed = 0;
    let unknown = 0;
    let vetoed = false;
    for (const packed of conditionStatuses) {
      const s = statusCodeAt(packed, i);
      if (s === PASS) passed++;
      else if (s === FAIL) failed++;
      else unknown++;
    }
    for (const packed of vetoStatuses) {
      const s = statusCodeAt(packed, i);
      if (s === FAIL) {
        vetoed = true;
        failed++;
      } else if (s !== PASS) unknown++;
    }
    let outgrown = false;
    for (const packed of ceilingStatuses) if (statusCodeAt(packed, i) === FAIL) outgrown = true;
    const closeness = total === 0 ? (outcome === "eligible" ? 1 : 0) : passed / total;
    const range = result.scoreRange(i);
    const score = range && range.min === range.max ? range.min : null;
    const scoreFar = mark !== undefined && range !== undefined && range.max < NEAR_MISS_SHARE * mark;
    const nearMiss = outcome === "not_eligible" && !vetoed && !outgrown && closeness >= NEAR_MISS_SHARE && !scoreFar;
    return { outcome, closeness, failed, unknown, vetoed, outgrown, nearMiss, score, classification: null };
  };
};

export const summarize = (result: PopulationResult, conditions: Conditions, i: number): AssessmentSummary => rowSummarizer(result, conditions)(i);
