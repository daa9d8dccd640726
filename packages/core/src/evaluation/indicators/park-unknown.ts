import { countedUnit, type CountedUnit } from "./counted-unit";
import type { IndicatorFormula } from "./types";

/**
 * Why a stored park (or region, province) value is unknown, from what the recomputation stored
 * behind it. Missing data is never zero: an unknown value always says which of these it is.
 *
 * - not_computed: nothing stored for the year, which was not recomputed (or, where that is not
 *   known, may not have been); the reason whenever the year is known not to be recomputed;
 * - not_classified: no per-mu classification of the year (land_cd_share comes from it);
 * - no_parcels: the park has no land parcels registered;
 * - no_alerts: the year was recomputed (or that is not known) and no alert of it was on record
 *   then, so there is nothing to resolve;
 * - empty_population: nothing to count over (no enterprises, no parcels); also when nothing is
 *   stored for a park in a year that was recomputed: the park had no enterprise data of the year;
 * - no_reporters: none of the enterprises (parcels) had the inputs for the year;
 * - zero_denominator: inputs were reported, but the denominator they add up to is zero (output,
 *   land area, floor area);
 * - none_declared: the park declares no leading industry, so there is no concentration in them;
 * - declaration_unmapped: the concentration in the declared leading industries needs them as GB/T
 *   4754 classes, and no declared industry is one.
 */
export type ParkUnknownCode =
  | "not_computed"
  | "not_classified"
  | "no_parcels"
  | "no_alerts"
  | "empty_population"
  | "no_reporters"
  | "zero_denominator"
  | "none_declared"
  | "declaration_unmapped";

/** A reason with the counts it rests on: the reporters of the population, in the indicator's counted unit. */
export interface ParkUnknownReason {
  readonly code: ParkUnknownCode;
  readonly counts: CountedUnit;
  readonly reporting: number | null;
  readonly population: number | null;
}

/** What the recomputation stored for one indicator, subject and period (undefined: nothing stored). */
export interface StoredParkValue {
  readonly value: number | null;
  readonly reporting: number | null;
  readonly population: number | null;
}

/** The code when nothing was stored: what the step that writes the indicator skips. */
const notStored = (formula: IndicatorFormula, counts: CountedUnit, context: ParkUnknownContext | undefined): ParkUnknownCode => {
  // A year never recomputed has nothing stored whatever the park's data: that is the first reason.
  if (context?.periodComputed === false) return "not_computed";
  if (formula.kind === "builtin" && formula.name === "land_cd_share") return "not_classified";
  if (counts === "parcels") return "no_parcels";
  if (counts === "alerts") return "no_alerts";
  // The recomputation writes a park's enterprise figures only where it has enterprise data of the year.
  if (counts === "enterprises" && context?.periodComputed === true) return "empty_population";
  return "not_computed";
};

/** What else of the subject-year a reason may rest on. */
export interface ParkUnknownContext {
  /** The number of leading industries the park declares (null: not known). */
  readonly declaredLeading: number | null;
  /** Whether the year was recomputed for the park's province (undefined: not known). */
  readonly periodComputed?: boolean;
}

/** Why the value is unknown; null when it is known (zero included). */
export const parkUnknownReason = (formula: IndicatorFormula, stored: StoredParkValue | undefined, context?: ParkUnknownContext): ParkUnknownReason | null => {
  if (stored && stored.value !== null && Number.isFinite(stored.value)) return null;
  const counts = countedUnit(formula);
  const reporting = stored?.reporting ?? null;
  const population = stored?.population ?? null;
  const reason = (code: ParkUnknownCode): ParkUnknownReason => ({ code, counts, reporting, population });
  if (!stored) return reason(notStored(formula, counts, context));
  if (population === 0) return reason("empty_population");
  if (reporting === null || reporting === 0) return reason("no_reporters");
  if (formula.kind === "builtin" && formula.name === "leading_output_share") return reason(context?.declaredLeading === 0 ? "none_declared" : "declaration_unmapped");
  return reason("zero_denominator");
};
