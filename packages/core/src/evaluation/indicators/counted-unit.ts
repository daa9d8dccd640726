import type { BuiltinIndicator, IndicatorFormula } from "./types";

/**
 * What an indicator's "reporting of population" counts (its completeness): the enterprises whose
 * data entered the value, except for the builtin measures that count land parcels or alerts, and
 * "none" for a value that rests on no reporters at all (the leading industries a park declared in
 * the catalogue: a declaration, complete as it stands, so it has no completeness to show).
 */
export type CountedUnit = "enterprises" | "parcels" | "alerts" | "none";

const BUILTIN_COUNTS: Readonly<Record<BuiltinIndicator, CountedUnit>> = {
  enterprise_count: "enterprises",
  declared_leading_count: "none",
  observed_leading_count: "enterprises",
  leading_output_share: "enterprises",
  strategic_output_share: "enterprises",
  idle_land_share: "parcels",
  plot_ratio: "parcels",
  land_cd_share: "enterprises",
  honoured_share: "enterprises",
  monthly_reporting_rate: "enterprises",
  alert_resolution_rate: "alerts",
};

export const countedUnit = (formula: IndicatorFormula): CountedUnit => (formula.kind === "builtin" ? BUILTIN_COUNTS[formula.name] : "enterprises");
