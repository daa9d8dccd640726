import type { TIndicatorMeta, TIndicatorValue } from "@parkpilot/contracts";
import { DASH, formatNumber, formatScaled, hasCustomaryScale, type Lang } from "../../lib/format";

/**
 * How the catalogue's indicators read on screen: values in the units officials use (万元 → 亿元,
 * 吨标准煤, %, 亩 …, the unit always shown, unknown as a dash, never 0), the thresholds in words,
 * what the completeness counts, and why a value is unknown.
 */

type Unit = TIndicatorMeta["unit"];
type Thresholds = Pick<TIndicatorMeta, "direction" | "alarm" | "excellent">;

/** Units of things counted one by one: whole numbers. */
const COUNT_UNITS = new Set(["家", "个", "人", "件"]);

/** Two decimals, four for small ratios (0.0042 吨标准煤/万元 would otherwise read 0.00). */
export const indicatorDigits = (value: number): number => (value !== 0 && Math.abs(value) < 0.1 ? 4 : 2);

/** "30.47 亿元", "4.70%", "9.18 万元/亩", "80 家", "1.71" (the plot ratio has no unit), "—". */
export const indicatorFigure = (value: number | null | undefined, unit: Unit, lang: Lang): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (unit.zh === "%") return `${formatNumber(value, lang, indicatorDigits(value))}%`;
  if (hasCustomaryScale(unit.zh)) return formatScaled(value, unit.zh, lang, 2);
  const digits = COUNT_UNITS.has(unit.zh) && Number.isInteger(value) ? 0 : indicatorDigits(value);
  const label = lang === "zh-CN" ? unit.zh : unit.en;
  const text = formatNumber(value, lang, digits);
  return label ? `${text} ${label}` : text;
};

export interface ThresholdLine {
  readonly kind: "excellent" | "alarm";
  readonly op: "≥" | "≤" | ">" | "<";
  readonly value: number;
}

/**
 * The lines a value is rated against, as the API rates (core rateValue): higher-better values are
 * excellent at or above the excellent line and in alarm below the alarm line; lower-better the
 * other way round; a neutral indicator is not rated.
 */
export const thresholdLines = (meta: Thresholds): ThresholdLine[] => {
  if (meta.direction === "neutral") return [];
  const higher = meta.direction === "higher_better";
  const lines: ThresholdLine[] = [];
  if (meta.excellent !== null) lines.push({ kind: "excellent", op: higher ? "≥" : "≤", value: meta.excellent });
  if (meta.alarm !== null) lines.push({ kind: "alarm", op: higher ? "<" : ">", value: meta.alarm });
  return lines;
};

export type ShownRating = TIndicatorValue["rating"] | "unrated";

/**
 * The rating tag: the API's rating, except that an indicator without lines to rate against (no
 * thresholds, or neutral) says so instead of "normal", which would read as a judgement.
 */
export const shownRating = (rating: TIndicatorValue["rating"], meta: Thresholds | undefined): ShownRating =>
  rating === "normal" && (!meta || thresholdLines(meta).length === 0) ? "unrated" : rating;

export const RATING_COLOURS: Readonly<Record<ShownRating, string>> = { excellent: "green", normal: "blue", alarm: "red", unknown: "default", unrated: "default" };

/** What an indicator's reporting / population counts, as the catalogue says (enterprises when its entry is not at hand). */
export type CountBasis = TIndicatorMeta["counts"];
export const countBasis = (meta: Pick<TIndicatorMeta, "counts"> | undefined): CountBasis => meta?.counts ?? "enterprises";

type Counts = Pick<TIndicatorValue, "key" | "reporting" | "population">;

export type CompletenessKind = "enterprises" | "enterprisesOnly" | "parcels" | "parcelsOnly" | "alerts";
export interface Completeness {
  readonly kind: CompletenessKind;
  readonly n: number;
  readonly of: number | null;
}

/** "n / N 家企业" (or 宗地块, 条预警); only n when the population is not known; null when nothing was counted. */
export const completeness = (v: Counts, basis: CountBasis): Completeness | null => {
  if (v.reporting === null) return null;
  if (basis === "alerts") return { kind: "alerts", n: v.reporting, of: v.population };
  if (v.population === null) return { kind: basis === "parcels" ? "parcelsOnly" : "enterprisesOnly", n: v.reporting, of: null };
  return { kind: basis, n: v.reporting, of: v.population };
};

export type UnknownReasonKind = "noAlerts" | "notClassified" | "noneReported" | "noneParcelData" | "noReporters" | "emptyPopulation" | "noParcels" | "noData";
export interface UnknownReason {
  readonly kind: UnknownReasonKind;
  readonly of: number | null;
}

/** Why a park value is unknown, from what was counted behind it; null when the value is known. */
export const unknownReason = (v: Counts & Pick<TIndicatorValue, "value">, basis: CountBasis): UnknownReason | null => {
  if (v.value !== null && Number.isFinite(v.value)) return null;
  if (basis === "alerts") return { kind: "noAlerts", of: null };
  if (v.population === 0) return { kind: "emptyPopulation", of: 0 };
  if (v.reporting === 0) {
    if (v.population === null) return { kind: "noReporters", of: null };
    return { kind: basis === "parcels" ? "noneParcelData" : "noneReported", of: v.population };
  }
  if (basis === "parcels" && v.reporting === null) return { kind: "noParcels", of: null };
  // Stored by the per-mu classification, which runs for one year at a time.
  if (v.key === "land_cd_share" && v.reporting === null) return { kind: "notClassified", of: null };
  return { kind: "noData", of: v.population };
};
