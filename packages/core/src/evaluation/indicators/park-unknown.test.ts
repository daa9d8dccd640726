import { describe, expect, it } from "vitest";
import { parkUnknownReason, type ParkUnknownCode, type ParkUnknownContext, type StoredParkValue } from "./park-unknown";
import type { BuiltinIndicator, IndicatorFormula } from "./types";

const sum: IndicatorFormula = { kind: "sum", of: { field: "revenue" } };
const ratio: IndicatorFormula = { kind: "ratio", numerator: { field: "taxPaid" }, denominator: { field: "landAreaMu" } };
const builtin = (name: BuiltinIndicator): IndicatorFormula => ({ kind: "builtin", name });
const stored = (value: number | null, reporting: number | null, population: number | null): StoredParkValue => ({ value, reporting, population });

describe("why a park value is unknown: the truth table", () => {
  it.each<[string, IndicatorFormula, StoredParkValue | undefined, ParkUnknownCode | null, ParkUnknownContext?]>([
    // a known value needs no reason, zero included
    ["known ratio", ratio, stored(9.2, 52, 80), null],
    ["known zero", sum, stored(0, 3, 80), null],
    ["known alert rate with nothing resolved", builtin("alert_resolution_rate"), stored(0, 0, 7), null],
    // nothing stored: what the writing step skips
    ["sum, nothing stored", sum, undefined, "not_computed"],
    ["ratio, nothing stored", ratio, undefined, "not_computed"],
    ["declared count, nothing stored", builtin("declared_leading_count"), undefined, "not_computed"],
    ["per-mu class share, not classified", builtin("land_cd_share"), undefined, "not_classified"],
    ["idle land, no parcels", builtin("idle_land_share"), undefined, "no_parcels"],
    ["plot ratio, no parcels", builtin("plot_ratio"), undefined, "no_parcels"],
    ["alert rate, no alerts", builtin("alert_resolution_rate"), undefined, "no_alerts"],
    // nothing stored in a year recomputed for the province: the park had no enterprise data of it
    ["sum, year recomputed, nothing of the park", sum, undefined, "empty_population", { declaredLeading: null, periodComputed: true }],
    ["ratio, year recomputed, nothing of the park", ratio, undefined, "empty_population", { declaredLeading: 1, periodComputed: true }],
    ["sum, year not recomputed", sum, undefined, "not_computed", { declaredLeading: null, periodComputed: false }],
    ["declared count, year recomputed (counts nothing)", builtin("declared_leading_count"), undefined, "not_computed", { declaredLeading: null, periodComputed: true }],
    ["per-mu class share, year recomputed, not classified", builtin("land_cd_share"), undefined, "not_classified", { declaredLeading: null, periodComputed: true }],
    ["idle land, year recomputed, no parcels", builtin("idle_land_share"), undefined, "no_parcels", { declaredLeading: null, periodComputed: true }],
    ["alert rate, year recomputed, no alerts", builtin("alert_resolution_rate"), undefined, "no_alerts", { declaredLeading: null, periodComputed: true }],
    ["alert rate, year not recomputed", builtin("alert_resolution_rate"), undefined, "not_computed", { declaredLeading: null, periodComputed: false }],
    ["idle land, year not recomputed", builtin("idle_land_share"), undefined, "not_computed", { declaredLeading: null, periodComputed: false }],
    ["per-mu class share, year not recomputed", builtin("land_cd_share"), undefined, "not_computed", { declaredLeading: null, periodComputed: false }],
    ["a stored unknown does not depend on it", ratio, stored(null, 0, 80), "no_reporters", { declaredLeading: null, periodComputed: true }],
    // stored but unknown
    ["honoured share of an empty park", builtin("honoured_share"), stored(null, 0, 0), "empty_population"],
    ["ratio over nobody", ratio, stored(null, 0, 0), "empty_population"],
    ["ratio, none of 80 reported", ratio, stored(null, 0, 80), "no_reporters"],
    ["sum, none of 12 reported", sum, stored(null, 0, 12), "no_reporters"],
    ["observed leading, no annual data", builtin("observed_leading_count"), stored(null, null, null), "no_reporters"],
    ["plot ratio, no parcel in use with floor area", builtin("plot_ratio"), stored(null, 0, 65), "no_reporters"],
    ["land C/D share, nobody classified", builtin("land_cd_share"), stored(null, 0, 12), "no_reporters"],
    ["strategic share, reported output totals zero", builtin("strategic_output_share"), stored(null, 5, 9), "zero_denominator"],
    ["idle land, parcels of zero area", builtin("idle_land_share"), stored(null, 4, 4), "zero_denominator"],
    ["land C/D share, the classified hold no land", builtin("land_cd_share"), stored(null, 3, 12), "zero_denominator"],
    ["leading concentration, declaration not in GB/T classes", builtin("leading_output_share"), stored(null, 40, null), "declaration_unmapped", { declaredLeading: 2 }],
    ["leading concentration, declarations unknown", builtin("leading_output_share"), stored(null, 40, null), "declaration_unmapped"],
    ["leading concentration, nothing declared", builtin("leading_output_share"), stored(null, 40, null), "none_declared", { declaredLeading: 0 }],
    ["the declared count does not matter to other indicators", builtin("observed_leading_count"), stored(null, 40, null), "zero_denominator", { declaredLeading: 0 }],
    ["leading concentration, no output reported", builtin("leading_output_share"), stored(null, 0, null), "no_reporters"],
    ["a non-finite value is unknown", ratio, stored(Number.NaN, 3, 5), "zero_denominator"],
  ])("%s → %s", (_, formula, value, code, context) => {
    expect(parkUnknownReason(formula, value, context)?.code ?? null).toBe(code);
  });

  it("carries the counts it rests on, in the unit the indicator counts", () => {
    expect(parkUnknownReason(ratio, stored(null, 0, 80))).toEqual({ code: "no_reporters", counts: "enterprises", reporting: 0, population: 80 });
    expect(parkUnknownReason(builtin("plot_ratio"), stored(null, 0, 65))).toEqual({ code: "no_reporters", counts: "parcels", reporting: 0, population: 65 });
    expect(parkUnknownReason(builtin("alert_resolution_rate"), undefined)).toEqual({ code: "no_alerts", counts: "alerts", reporting: null, population: null });
    expect(parkUnknownReason(builtin("declared_leading_count"), undefined)).toEqual({ code: "not_computed", counts: "none", reporting: null, population: null });
  });
});
