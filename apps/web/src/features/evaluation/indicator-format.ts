import type { TIndicatorMeta, TIndicatorValue } from "@parkpilot/contracts";
import { DASH, formatNumber, hasCustomaryScale, scaleQuantity, type Lang } from "../../lib/format";

/**
 * How the catalogue's indicators read on screen: values and thresholds in the units officials use
 * (万元 → 亿元, 吨标准煤, %, 亩 …, the unit always shown, unknown as a dash, never 0) with the
 * precision the unit calls for, the thresholds in words, what the completeness counts, and the
 * words for the API's reason when a value is unknown.
 */

type Unit = TIndicatorMeta["unit"];
type Thresholds = Pick<TIndicatorMeta, "direction" | "alarm" | "excellent">;

/** Units of things counted one by one: whole numbers. */
const COUNT_UNITS = new Set(["家", "个", "人", "件"]);

/** Two decimals, four for small ratios (0.0042 吨标准煤/万元 would otherwise read 0.00). */
export const indicatorDigits = (value: number): number => (value !== 0 && Math.abs(value) < 0.1 ? 4 : 2);

/**
 * The decimals a value in a (zh) unit calls for: whole numbers for things counted one by one (a
 * median of counts that falls between two, one decimal), otherwise two (万元/亩, %, 吨标准煤/万元,
 * the plot ratio …) and four for small ratios.
 */
export const indicatorPrecision = (value: number, zhUnit: string): number => {
  if (COUNT_UNITS.has(zhUnit)) return Number.isInteger(value) ? 0 : 1;
  return indicatorDigits(value);
};

/** A formatted number without the zeros after its last significant decimal ("100.00" → "100", "0.50" → "0.5"). */
const trimZeros = (text: string): string => (text.includes(".") ? text.replace(/\.?0+$/, "") : text);

/**
 * A value or threshold measured in: a value (what was measured) keeps the decimals its unit calls
 * for, so a column reads evenly; a threshold (a line a policy draws) shows as written, without
 * padding zeros ("≥ 100 万元/亩", not "100.00").
 */
export type FigureKind = "value" | "threshold";

/**
 * The one way an indicator's figure reads, as its number and its unit apart (for a statistic card,
 * which shows the unit as a suffix): "9.18" + "万元/亩", "4.70" + "%", "284.17" + "亿元", "80" + "家";
 * unknown is a dash, with the unit still named (never 0).
 */
export const indicatorFigureParts = (value: number | null | undefined, unit: Unit, lang: Lang, kind: FigureKind = "value"): { value: string; unit: string } => {
  const label = lang === "zh-CN" ? unit.zh : unit.en;
  if (value === null || value === undefined || !Number.isFinite(value)) return { value: DASH, unit: label };
  const shown = (text: string) => (kind === "threshold" ? trimZeros(text) : text);
  if (hasCustomaryScale(unit.zh)) {
    const q = scaleQuantity(value, unit.zh, lang, 2);
    return { value: shown(q.value), unit: q.unit };
  }
  return { value: shown(formatNumber(value, lang, indicatorPrecision(value, unit.zh))), unit: label };
};

/**
 * The same figure as one text, in the table, the explanation and the enterprise view:
 * "30.47 亿元", "4.70%", "9.18 万元/亩", "80 家", "1.71" (the plot ratio has no unit), "—";
 * thresholds "100 万元/亩", "0.35 吨标准煤/万元", "90%", "3 个".
 */
export const indicatorFigure = (value: number | null | undefined, unit: Unit, lang: Lang, kind: FigureKind = "value"): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const parts = indicatorFigureParts(value, unit, lang, kind);
  if (unit.zh === "%") return `${parts.value}%`;
  return parts.unit ? `${parts.value} ${parts.unit}` : parts.value;
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

/**
 * "n / N 家企业" (or 宗地块, 条预警); only n when the population is not known; null when nothing
 * was counted, and for an indicator that counts nothing (basis none: see countsNothing).
 */
export const completeness = (v: Counts, basis: CountBasis): Completeness | null => {
  if (v.reporting === null || basis === "none") return null;
  if (basis === "alerts") return { kind: "alerts", n: v.reporting, of: v.population };
  if (v.population === null) return { kind: basis === "parcels" ? "parcelsOnly" : "enterprisesOnly", n: v.reporting, of: null };
  return { kind: basis, n: v.reporting, of: v.population };
};

/** An indicator whose value rests on no reporters (the declared leading industries): its completeness does not apply. */
export const countsNothing = (basis: CountBasis): boolean => basis === "none";

type UnknownReason = NonNullable<TIndicatorValue["unknown"]>;

export type UnknownWordingKey =
  | "notComputed"
  | "notClassified"
  | "noParcels"
  | "noAlerts"
  | "emptyPopulation"
  | "noneReported"
  | "noneParcelData"
  | "noReporters"
  | "zeroDenominator"
  | "zeroDenominatorParcels"
  | "noneDeclared"
  | "declarationUnmapped";

export interface UnknownWording {
  readonly key: UnknownWordingKey;
  /** The counts the sentence names: reporters, of the population (null when not known). */
  readonly n: number | null;
  readonly of: number | null;
}

/**
 * The dictionary entry (evaluation.indicators.unknownReason.*) that words the API's reason, in the
 * unit the indicator counts, with the counts it rests on. The reason itself is the API's (core
 * parkUnknownReason); this only picks the words.
 */
export const unknownWording = (reason: UnknownReason): UnknownWording => {
  const counts = { n: reason.reporting, of: reason.population };
  const parcels = reason.counts === "parcels";
  switch (reason.code) {
    case "not_computed":
      return { key: "notComputed", ...counts };
    case "not_classified":
      return { key: "notClassified", ...counts };
    case "no_parcels":
      return { key: "noParcels", ...counts };
    case "no_alerts":
      return { key: "noAlerts", ...counts };
    case "empty_population":
      return { key: "emptyPopulation", ...counts };
    case "no_reporters":
      if (reason.population === null) return { key: "noReporters", ...counts };
      return { key: parcels ? "noneParcelData" : "noneReported", ...counts };
    case "zero_denominator":
      return { key: parcels ? "zeroDenominatorParcels" : "zeroDenominator", ...counts };
    case "none_declared":
      return { key: "noneDeclared", ...counts };
    case "declaration_unmapped":
      return { key: "declarationUnmapped", ...counts };
  }
};
