/**
 * The result of one rule set over a population, held compactly: one byte of outcome per
 * enterprise, two bits per named criterion, the score interval and the class set. Explanations
 * are materialised per enterprise on demand.
 */
import type { CompiledRuleSet } from "../compiled";
import { explainRow } from "../explain/explain";
import type { Explanation } from "../explain/types";
import type { FactTable } from "../fact-table";
import { OUTCOME_OF_STATUS, STATUS_NAMES, type CriterionStatus, type Outcome, type StatusCode } from "../status";
import type { EvaluationContext } from "./context";
import { exportFacts } from "./export-facts";

export interface PopulationColumns {
  readonly root: Uint8Array;
  readonly named: ReadonlyMap<string, Uint8Array>;
  readonly scoreLo?: Float64Array;
  readonly scoreHi?: Float64Array;
  readonly classMask?: Uint16Array;
}

/** The status code of enterprise i in a packed status column (two bits each, four to a byte). */
export const statusCodeAt = (packed: Uint8Array, i: number): StatusCode => (((packed[i >> 2] as number) >> ((i & 3) * 2)) & 3) as StatusCode;

export class PopulationResult {
  readonly ruleSet: CompiledRuleSet;
  readonly context: EvaluationContext;
  readonly size: number;
  private readonly facts: FactTable;
  private readonly cols: PopulationColumns;

  constructor(ruleSet: CompiledRuleSet, facts: FactTable, context: EvaluationContext, cols: PopulationColumns) {
    this.ruleSet = ruleSet;
    this.facts = facts;
    this.context = context;
    this.size = facts.size;
    this.cols = cols;
  }

  private check(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.size) throw new RangeError(`enterprise ${i} outside 0..${this.size - 1}`);
  }

  /** eligible / not_eligible / undetermined (classification: undetermined until one class remains). */
  status(i: number): Outcome {
    this.check(i);
    return OUTCOME_OF_STATUS[this.cols.root[i] as number] ?? "undetermined";
  }

  /** The rule set's own status: pass / fail / unknown (missing data) / manual_review. */
  rootStatus(i: number): CriterionStatus {
    this.check(i);
    return STATUS_NAMES[this.cols.root[i] as number] ?? "unknown";
  }

  /** The score when the rule set has one and the data make it exact. */
  score(i: number): number | undefined {
    const r = this.scoreRange(i);
    return r && r.min === r.max ? r.min : undefined;
  }

  /** The score interval: exact (min = max) or the span still possible with missing data. */
  scoreRange(i: number): { readonly min: number; readonly max: number } | undefined {
    this.check(i);
    const { scoreLo, scoreHi } = this.cols;
    return scoreLo && scoreHi ? { min: scoreLo[i] as number, max: scoreHi[i] as number } : undefined;
  }

  /** The class id once decided (classification rule sets). */
  classification(i: number): string | undefined {
    const possible = this.possibleClasses(i);
    return possible.length === 1 ? possible[0] : undefined;
  }

  /** Class ids still possible given the data. */
  possibleClasses(i: number): string[] {
    this.check(i);
    const mask = this.cols.classMask?.[i] ?? 0;
    return (this.ruleSet.classes ?? []).filter((_, c) => (mask & (1 << c)) !== 0).map((c) => c.id);
  }

  /** Ids of the criteria whose status is kept for every enterprise. */
  get criterionIds(): string[] {
    return [...this.cols.named.keys()];
  }

  /** Status of a named criterion for enterprise i. */
  criterionStatus(i: number, id: string): CriterionStatus {
    this.check(i);
    return STATUS_NAMES[statusCodeAt(this.packedStatuses(id), i)] ?? "unknown";
  }

  /**
   * The packed status column of a named criterion (read with statusCodeAt), for loops over the
   * whole population: a lookup by id per enterprise and criterion dominated such loops.
   */
  packedStatuses(id: string): Uint8Array {
    const packed = this.cols.named.get(id);
    if (!packed) throw new Error(`no criterion "${id}" in ${this.ruleSet.id}@${this.ruleSet.version}`);
    return packed;
  }

  /** Root status codes, one per enterprise (see STATUS_NAMES and OUTCOME_OF_STATUS). */
  get rootCodes(): Uint8Array {
    return this.cols.root;
  }

  /** How many enterprises have each outcome. */
  counts(): Record<Outcome, number> {
    const out: Record<Outcome, number> = { eligible: 0, not_eligible: 0, undetermined: 0 };
    for (let i = 0; i < this.size; i++) out[OUTCOME_OF_STATUS[this.cols.root[i] as number] ?? "undetermined"]++;
    return out;
  }

  /** Explanation of enterprise i, re-run from the fact table (which must not have changed since). */
  explain(i: number): Explanation {
    this.check(i);
    return explainRow(this.ruleSet, this.facts, i, this.context);
  }

  /** Bytes held for the population (the fact table excluded). */
  get byteLength(): number {
    let n = this.cols.root.byteLength + (this.cols.scoreLo?.byteLength ?? 0) + (this.cols.scoreHi?.byteLength ?? 0) + (this.cols.classMask?.byteLength ?? 0);
    for (const p of this.cols.named.values()) n += p.byteLength;
    return n;
  }

  /** Writes this rule set's exported facts into `facts` where they are unknown (see exportFacts). */
  exportFacts(facts: FactTable): void {
    if (this.cols.classMask) exportFacts(this.ruleSet, this.cols.classMask, facts, 0, this.size);
  }
}
