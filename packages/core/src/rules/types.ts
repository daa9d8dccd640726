/**
 * The rule-set definition format. These types mirror the YAML files under packages/rules/sets one
 * to one (hence the snake_case keys): a definition is data, validated by the zod schema of
 * @parkpilot/rules, checked for cross-references by {@link validateRuleSet} and turned into
 * columnar kernels by {@link compileRuleSet}.
 */
import type { UnitId } from "./units";

/** Text in both product languages. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/** A policy document a rule set cites, declared once per rule set and referred to by key. */
export interface DocumentDef {
  /** Document number as issued, e.g. 工信部企业〔2022〕63号. */
  readonly number: string;
  readonly title: string;
  readonly issuer?: string;
  /** Issue date, YYYY-MM-DD. */
  readonly issued?: string;
  readonly url?: string;
}

/** Where in a declared document a criterion, threshold or parameter comes from. */
export interface SourceRef {
  /** Key into {@link RuleSetDef.documents}. */
  readonly doc: string;
  /** Locator inside the document (article, attachment, section), as precisely as verified. */
  readonly article: string;
}

/** Marks shared by criteria, inputs, score items and parameters. */
export interface Provenance {
  readonly source?: SourceRef;
  /** The reference marks the value ◐ (single secondary source) or ❓ (unconfirmed). */
  readonly uncertain?: boolean;
  /** Why the value is uncertain, or how the rule interprets the text. */
  readonly note?: string;
}

export type CompareOp = ">=" | ">" | "<=" | "<" | "==" | "!=";

/** A threshold that depends on another input, e.g. the 高企 R&D ratio required per sales band. */
export interface LookupDef {
  readonly input: string;
  /** Rows [bound, value]: the first row whose bound is ≥ the input wins (bounds ascending). */
  readonly at_most?: readonly (readonly [number, number])[];
  /** Rows [bound, value]: the first row whose bound is ≤ the input wins (bounds descending). */
  readonly at_least?: readonly (readonly [number, number])[];
  readonly else: number;
}

/** A literal, a reference to an overridable parameter, or a lookup on another input. */
export type ThresholdDef = number | { readonly param: string } | { readonly lookup: LookupDef };

/** Operand of a derived input: a fact key (`revenue@y`, `niche_years`), an input id, or an expression. */
export type Operand = string | ExprDef;

/**
 * Derived-input expressions. `ratio`, `growth`, `cagr` and `avg_growth` yield percentages; any
 * missing operand, or a zero/negative base, yields unknown (NaN), never zero.
 */
export type ExprDef =
  | { readonly fact: string }
  | { readonly ratio: readonly [Operand, Operand] }
  | { readonly growth: readonly [Operand, Operand] }
  /** [latest, base, years]: ((latest / base)^(1/years) − 1) × 100. */
  | { readonly cagr: readonly [Operand, Operand, number] }
  /** Newest first: the mean of the year-on-year growth rates between consecutive operands. */
  | { readonly avg_growth: readonly Operand[] }
  | { readonly sum: readonly Operand[] }
  | { readonly avg: readonly Operand[] }
  | { readonly min: readonly Operand[] }
  | { readonly max: readonly Operand[] }
  /** Full years from a date fact to the evaluation date or to 31 Dec of the reference year. */
  | { readonly age_years: { readonly of: string; readonly at: "evaluation_date" | "reference_year_end" } }
  /** Category derived from a GB/T 4754-2017 industry code by pattern (B, F51, G54-G58, K7010). */
  | { readonly gbt4754: { readonly of: string; readonly map: Readonly<Record<string, readonly string[]>>; readonly default: string } };

export type InputDef = ExprDef &
  Provenance & {
    readonly label?: LocalizedText;
    /** Optional declaration, checked against the unit the compiler infers. */
    readonly unit?: UnitId;
    /** Display labels of a derived category's values. */
    readonly values?: Readonly<Record<string, LocalizedText>>;
  };

export interface NodeMeta extends Provenance {
  /** Named criteria keep a per-enterprise status column; unnamed sub-conditions are recomputed on explain. */
  readonly id?: string;
  readonly label?: LocalizedText;
  /** Missing data routes to manual review with this reason instead of plain "unknown" (expert scores). */
  readonly if_missing?: { readonly manual: LocalizedText };
  /** Boolean parameter that switches this criterion on (local options such as the 瞪羚 高企 prerequisite). */
  readonly enabled_by?: string;
  /**
   * A bound of the tier's scope (the SME caps, an age limit, "not yet listed"): failing it means
   * the enterprise has outgrown the tier, a gap no growth closes, so it is never counted as close
   * to it. Only on a named top-level condition of eligible_when.
   */
  readonly ceiling?: boolean;
}

export interface AllNode extends NodeMeta {
  readonly all: readonly NodeDef[];
}
export interface AnyNode extends NodeMeta {
  readonly any: readonly NodeDef[];
}
export interface NotNode extends NodeMeta {
  readonly not: NodeDef;
}
/** [input id, operator, threshold]. */
export interface CompareNode extends NodeMeta {
  readonly compare: readonly [string, CompareOp, ThresholdDef];
}
/** A boolean input that must be `expect` (default true). */
export interface FlagNode extends NodeMeta {
  readonly flag: string;
  readonly expect?: boolean;
}
/** A category input whose value must be one of the listed values. */
export interface InNode extends NodeMeta {
  readonly in: readonly [string, readonly string[]];
}
/** Needs a human. `fact` (boolean input) records the human decision once made; until then: manual_review. */
export interface ManualNode extends NodeMeta {
  readonly manual: { readonly reason: LocalizedText; readonly fact?: string; readonly detail?: string };
}
/** Picks the sub-criterion for the value of a derived category (e.g. the size table per industry). */
export interface SwitchNode extends NodeMeta {
  readonly switch: { readonly on: string; readonly cases: Readonly<Record<string, NodeDef>> };
}
export interface ScoreNode extends NodeMeta {
  readonly score: ScoreDef;
}

export type NodeDef = AllNode | AnyNode | NotNode | CompareNode | FlagNode | InNode | ManualNode | SwitchNode | ScoreNode;

/** A points table with a pass mark and optional per-group minimums; at most one per rule set. */
export interface ScoreDef {
  readonly pass: readonly [">=" | ">", number];
  readonly groups: readonly ScoreGroupDef[];
}

export interface ScoreGroupDef extends Provenance {
  readonly id: string;
  readonly label: LocalizedText;
  readonly min?: readonly [">=" | ">", number];
  readonly items: readonly ScoreItemDef[];
}

export interface ItemMeta extends Provenance {
  readonly id: string;
  readonly label: LocalizedText;
}

/** Banded points: `at_least` rows [lower bound inclusive, points], or `at_most` rows [upper bound inclusive, points]. */
export interface BandsItem extends ItemMeta {
  readonly bands: {
    readonly input: string;
    readonly at_least?: readonly (readonly [number, number])[];
    readonly at_most?: readonly (readonly [number, number])[];
    readonly else: number;
  };
}
/** First matching row wins. */
export interface TableItem extends ItemMeta {
  readonly table: { readonly rows: readonly { readonly when: NodeDef; readonly points: number }[]; readonly else: number };
}
/** The enterprise may choose the option that scores best (科技型 R&D: by revenue or by total cost). */
export interface BestOfItem extends ItemMeta {
  readonly best_of: readonly ScoreItemDef[];
}
/** Points supplied as an input (e.g. a province's own 特色化 indicators), clamped to [0, max]. */
export interface PointsFromItem extends ItemMeta {
  readonly points_from: { readonly input: string; readonly max: number };
}

export type ScoreItemDef = BandsItem | TableItem | BestOfItem | PointsFromItem;

/** Overridable number or switch, cited like any criterion. */
export interface ParameterDef extends Provenance {
  readonly label: LocalizedText;
  readonly value: number | boolean;
  readonly unit?: UnitId;
}

export interface ClassDef {
  readonly id: string;
  readonly label: LocalizedText;
  /** Absent on the last class only: the class when no earlier class matched. */
  readonly when?: NodeDef;
}

export type RuleSetKind = "eligibility" | "classification";
/** national: a ministry standard; local_default: a shipped default a province may override; local: an overlay result. */
export type RuleSetScope = "national" | "local_default" | "local";

export interface RuleSetDef {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly kind: RuleSetKind;
  readonly scope: RuleSetScope;
  /** In force from this date (inclusive), YYYY-MM-DD. */
  readonly effective_from: string;
  /** In force until this date (exclusive); null or absent: open-ended. */
  readonly effective_to?: string | null;
  readonly summary?: LocalizedText;
  readonly notes?: readonly string[];
  readonly documents: Readonly<Record<string, DocumentDef>>;
  /** The rule set's governing provision; criteria without their own source inherit the nearest one. */
  readonly source: SourceRef;
  readonly parameters?: Readonly<Record<string, ParameterDef>>;
  readonly inputs: Readonly<Record<string, InputDef>>;
  /** Any veto that fires makes the enterprise not eligible, whatever else it meets. */
  readonly vetoes?: readonly NodeDef[];
  /** Eligibility rule sets: the condition for "eligible". */
  readonly eligible_when?: NodeDef;
  /** Classification rule sets: classes tested in order; the first that matches is the class. */
  readonly classes?: readonly ClassDef[];
  /** Classification rule sets: boolean facts derived from the class (e.g. is_sme ← medium/small/micro). */
  readonly exports?: Readonly<Record<string, readonly string[]>>;
  /** Set by applyOverlay: the jurisdiction whose parameters replaced the defaults. */
  readonly overlay?: { readonly jurisdiction: string; readonly name: LocalizedText; readonly source: SourceRef };
}

/** A jurisdiction's replacement values for the declared parameters of a rule set. */
export interface RuleSetOverlay {
  /** Rule-set id the overlay applies to. */
  readonly target: string;
  /** Versions it applies to; absent: all. */
  readonly versions?: readonly string[];
  /** Administrative division code (GB/T 2260) of the jurisdiction. */
  readonly jurisdiction: string;
  readonly name: LocalizedText;
  readonly documents: Readonly<Record<string, DocumentDef>>;
  readonly source: SourceRef;
  readonly parameters: Readonly<Record<string, { readonly value: number | boolean; readonly source?: SourceRef; readonly note?: string }>>;
}
