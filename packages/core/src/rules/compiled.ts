/**
 * The compiled rule set: kernels plus the resolved tree (labels, citations, slots) that
 * explanations read back after re-running one enterprise.
 */
import type { Kernel, SlotCounts } from "./compile/program";
import type { FactLevel } from "./fact-catalogue";
import type { CompareOp, LocalizedText, RuleSetDef, RuleSetKind } from "./types";
import type { UnitId } from "./units";

/** A resolved citation: document number and title with the locator inside it. */
export interface Citation {
  readonly number: string;
  readonly title: string;
  readonly article: string;
  readonly url?: string;
}

export interface CInput {
  /** Declared input id, or the fact key for a fact read directly by an expression. */
  readonly id: string;
  readonly type: "number" | "boolean" | "category";
  /** Slot in the num, bool or cat scratch, by type. */
  readonly slot: number;
  readonly unit: UnitId;
  readonly label: LocalizedText;
  readonly levels?: readonly FactLevel[];
  /** Derived categories: the value of each code. */
  readonly values?: readonly string[];
  readonly valueLabels?: Readonly<Record<string, LocalizedText>>;
  /** Categories read straight from a fact: codes index that column's dictionary. */
  readonly rawCategoryKey?: string;
  readonly uncertain: boolean;
  readonly note?: string;
}

export type CThreshold =
  | { readonly kind: "const"; readonly value: number; readonly param?: string; readonly paramCitation?: Citation; readonly uncertain: boolean; readonly note?: string }
  | {
      readonly kind: "lookup";
      readonly slot: number;
      readonly input: CInput;
      readonly dir: "at_most" | "at_least";
      readonly rows: readonly (readonly [number, number])[];
      readonly otherwise: number;
    };

interface CBase {
  readonly id: string;
  /** Named criteria (explicit id) keep a status column for the whole population. */
  readonly named: boolean;
  readonly label: LocalizedText;
  readonly citation: Citation;
  readonly uncertain: boolean;
  readonly note?: string;
  /** Status slot. */
  readonly st: number;
  /** Set when missing data means manual review (expert-scored inputs). */
  readonly missingReason?: LocalizedText;
  /** A bound of the tier's scope: failing it means the enterprise has outgrown the tier (NodeMeta.ceiling). */
  readonly ceiling?: true;
}

export type CNode =
  | (CBase & { readonly kind: "all" | "any"; readonly children: readonly CNode[] })
  | (CBase & { readonly kind: "not" | "veto"; readonly child: CNode })
  | (CBase & { readonly kind: "compare"; readonly input: CInput; readonly op: CompareOp; readonly threshold: CThreshold })
  | (CBase & { readonly kind: "flag"; readonly input: CInput; readonly expect: boolean })
  | (CBase & { readonly kind: "in"; readonly input: CInput; readonly values: readonly string[] })
  | (CBase & { readonly kind: "manual"; readonly reason: LocalizedText; readonly input?: CInput; readonly detail?: CInput })
  | (CBase & { readonly kind: "switch"; readonly input: CInput; readonly cases: readonly CNode[] })
  | (CBase & { readonly kind: "score"; readonly score: CScore });

interface CItemBase {
  readonly id: string;
  readonly label: LocalizedText;
  readonly citation: Citation;
  readonly uncertain: boolean;
  readonly note?: string;
  readonly st: number;
  /** Points slot (lo/hi). */
  readonly pts: number;
  readonly minPoints: number;
  readonly maxPoints: number;
}

export type CItem =
  | (CItemBase & {
      readonly kind: "bands";
      readonly input: CInput;
      readonly dir: "at_least" | "at_most";
      readonly rows: readonly (readonly [number, number])[];
      readonly otherwise: number;
    })
  | (CItemBase & { readonly kind: "table"; readonly rows: readonly { readonly when: CNode; readonly points: number }[]; readonly otherwise: number })
  | (CItemBase & { readonly kind: "best_of"; readonly options: readonly CItem[] })
  | (CItemBase & { readonly kind: "points_from"; readonly input: CInput });

export interface CGroup {
  readonly id: string;
  readonly label: LocalizedText;
  readonly citation: Citation;
  readonly uncertain: boolean;
  readonly note?: string;
  readonly st: number;
  readonly pts: number;
  readonly min?: readonly [">=" | ">", number];
  readonly items: readonly CItem[];
  readonly maxPoints: number;
}

export interface CScore {
  readonly pass: readonly [">=" | ">", number];
  readonly groups: readonly CGroup[];
  /** Points slot of the total. */
  readonly pts: number;
  readonly maxPoints: number;
}

export interface CClass {
  readonly id: string;
  readonly label: LocalizedText;
  readonly when?: CNode;
}

/** A rule set ready to evaluate populations. Build it with compileRuleSet. */
export interface CompiledRuleSet {
  readonly def: RuleSetDef;
  readonly id: string;
  readonly version: string;
  readonly kind: RuleSetKind;
  /** Every fact key the rule set reads: what the services layer must supply. */
  readonly reads: readonly string[];
  readonly inputs: readonly CInput[];
  readonly vetoes: readonly CNode[];
  readonly eligibleWhen?: CNode;
  readonly classes?: readonly CClass[];
  readonly score?: { readonly node: CNode; readonly score: CScore };
  /** Criteria whose status is kept per enterprise, by id. */
  readonly named: ReadonlyMap<string, number>;
  /** Status slot of the outcome (eligibility) or of "class determined" (classification). */
  readonly rootSlot: number;
  readonly kernels: readonly Kernel[];
  readonly slots: SlotCounts;
}
