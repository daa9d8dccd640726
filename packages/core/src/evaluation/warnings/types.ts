import type { Bilingual, PolicyHeader, PolicyProvenance } from "../policy";

/**
 * Warning rule files (packages/rules/warnings/*.yaml), one rule a file: what it watches, its
 * thresholds with their rationale or citation, the severity and the subject it raises alerts on.
 */
export type AlertSeverity = "info" | "warning" | "critical";

export interface CitedParam<T = number> extends PolicyProvenance {
  readonly value: T;
}

interface RuleBase extends PolicyHeader {
  readonly severity: AlertSeverity;
  /** Why the rule exists and why these thresholds (shown with every alert). */
  readonly rationale: Bilingual;
  /** Alert title template; {name} is the subject's name, other {placeholders} come from the evidence. */
  readonly alert_title: Bilingual;
}

/** An enterprise's value down at least `drop` year on year in each of `months` consecutive months. */
export interface DeclineStreakRule extends RuleBase {
  readonly kind: "revenue_decline_streak";
  readonly subject: "enterprise";
  readonly params: { readonly field: CitedParam<"revenue" | "output">; readonly drop: CitedParam; readonly months: CitedParam };
}

/** Electricity down sharply year on year while reported output stays within a band: a data or activity question. */
export interface DivergenceRule extends RuleBase {
  readonly kind: "electricity_output_divergence";
  readonly subject: "enterprise";
  readonly params: { readonly electricity_drop: CitedParam; readonly output_band: CitedParam; readonly months: CitedParam };
}

/**
 * Parameters of a growth line: growth below `below` raises an alert of the rule's severity;
 * below `critical_below` (lower still) the alert is critical. A park 0.3 % down and a park 15 %
 * down are not the same emergency.
 */
export interface GrowthLineParams {
  readonly field: CitedParam<"output" | "revenue">;
  readonly basis: CitedParam<"ytd_yoy" | "yoy">;
  readonly below: CitedParam;
  readonly critical_below?: CitedParam;
}

/** A park's growth (cumulative or monthly, year on year) below a line. */
export interface ParkGrowthRule extends RuleBase {
  readonly kind: "park_output_decline";
  readonly subject: "park";
  readonly params: GrowthLineParams;
}

/** An enterprise that reported before but not in the last `missed_months` months. */
export interface NonReportingRule extends RuleBase {
  readonly kind: "non_reporting";
  readonly subject: "enterprise";
  readonly params: { readonly missed_months: CitedParam; readonly lookback_months: CitedParam };
}

/** A declared leading industry of a park whose output shrinks below a line. */
export interface LeadingShrinkRule extends RuleBase {
  readonly kind: "leading_industry_shrinking";
  readonly subject: "park_industry";
  readonly params: GrowthLineParams;
}

export type WarningRule = DeclineStreakRule | DivergenceRule | ParkGrowthRule | NonReportingRule | LeadingShrinkRule;
export type WarningKind = WarningRule["kind"];

/** One point of the evidence series: the month, its value and the value a year before. */
export interface EvidencePoint {
  readonly period: string;
  readonly value: number | null;
  readonly base?: number | null;
  readonly growth?: number | null;
}

/** The outcome of a detector: fires or not, with the measurements that decided it. */
export interface Detection {
  readonly fires: boolean;
  /** Measurements named in the title template and the explanation. */
  readonly measured: Readonly<Record<string, number | string | null>>;
  /** The months that decided it (the chart marks them). */
  readonly decisive: readonly string[];
  /** Set when the data does not allow a decision (never fires then). */
  readonly undecided?: Bilingual;
  /** Fires past the rule's critical line as well: the alert is critical whatever the rule's own severity. */
  readonly critical?: boolean;
}
