/** The explanation of one enterprise under one rule set: what the UI, reports and API show. */
import type { CNode, Citation } from "../compiled";
import type { CriterionStatus, Outcome } from "../status";
import type { CompareOp, LocalizedText, RuleSetKind, RuleSetScope } from "../types";
import type { UnitId } from "../units";

export type CriterionKind = CNode["kind"] | "group" | "item" | "class";

export interface Requirement {
  readonly op: CompareOp;
  readonly value: number | boolean | readonly string[];
}

/** One criterion, sub-condition, score group or score item, in tree order (parents before children). */
export interface CriterionResult {
  readonly id: string;
  readonly parentId?: string;
  readonly depth: number;
  readonly kind: CriterionKind;
  readonly label: LocalizedText;
  readonly status: CriterionStatus;
  /** The value read for this enterprise; null when the data is missing. */
  readonly observed?: number | boolean | string | null;
  readonly observedText?: LocalizedText;
  readonly required?: Requirement;
  readonly requiredText?: LocalizedText;
  readonly unit?: UnitId;
  /** Points of a score, group or item: min = max when exact, the possible span when data is missing. */
  readonly points?: { readonly min: number; readonly max: number };
  readonly maxPoints?: number;
  readonly citation: Citation;
  /** Where the threshold itself comes from when it is a (possibly overridden) parameter. */
  readonly thresholdCitation?: Citation;
  /** The reference marks the value ◐/❓: shown with the result. */
  readonly uncertain: boolean;
  readonly note?: string;
  /** Manual review: why a human must decide. */
  readonly reason?: LocalizedText;
}

export type GapKind = "below_threshold" | "not_met" | "veto" | "missing_data" | "manual_review" | "score";

/** One thing standing between the enterprise and the outcome, in plain language. */
export interface Gap {
  readonly criterionId: string;
  readonly kind: GapKind;
  readonly text: LocalizedText;
  /** Set when the gap is one of several alternatives: the id of the "any" criterion offering them. */
  readonly oneOf?: string;
  readonly uncertain: boolean;
  readonly citation: Citation;
}

export interface RuleSetRef {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly kind: RuleSetKind;
  readonly scope: RuleSetScope;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly overlay?: string;
}

export interface Explanation {
  readonly ruleSet: RuleSetRef;
  readonly evaluatedOn: string;
  readonly referenceYear: number;
  readonly outcome: Outcome;
  /** pass / fail / unknown / manual_review of the whole rule set. */
  readonly status: CriterionStatus;
  readonly undeterminedReason?: "missing_data" | "manual_review";
  /** The score when it is exact. */
  readonly score?: number;
  /** The score interval (min = max when exact). */
  readonly scoreRange?: { readonly min: number; readonly max: number };
  readonly classification?: { readonly id: string; readonly label: LocalizedText };
  readonly possibleClasses?: readonly { readonly id: string; readonly label: LocalizedText }[];
  readonly criteria: readonly CriterionResult[];
  readonly gaps: readonly Gap[];
  /** True when any criterion shown rests on an uncertain value. */
  readonly uncertain: boolean;
}
