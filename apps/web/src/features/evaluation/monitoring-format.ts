import type { TParkMonitoring } from "@parkpilot/contracts";
import { DASH, formatInUnit, formatNumber, formatPointChange, formatScaled, hasCustomaryScale, scaleQuantity, type Lang } from "../../lib/format";
import { indicatorDigits } from "./indicator-format";

/**
 * How the monitoring page reads: headline values split into number and unit for a card (the unit
 * always shown, unknown as a dash, never 0), monthly figures in their customary units, the
 * contribution to growth in percentage points, and the ≤3 counts against their limit.
 */

export type MonitoringField = TParkMonitoring["field"];

/** The monitored fields in the order officials read them, with their catalogue (zh) base unit. */
export const MONITORING_FIELDS: readonly { readonly key: MonitoringField; readonly unit: string }[] = [
  { key: "output", unit: "万元" },
  { key: "revenue", unit: "万元" },
  { key: "taxPaid", unit: "万元" },
  { key: "electricityKwh", unit: "千瓦时" },
  { key: "employees", unit: "人" },
];

/** The field named in a URL, or output (the default) for anything else. */
export const monitoringField = (v: string | undefined): MonitoringField => MONITORING_FIELDS.find((f) => f.key === v)?.key ?? "output";

export const fieldUnit = (field: MonitoringField): string => MONITORING_FIELDS.find((f) => f.key === field)?.unit ?? "万元";

/** Month-end headcount is a stock: its year to date is an average of the months, not a sum. */
export const isStock = (field: MonitoringField): boolean => field === "employees";

/** Units of things counted one by one: whole numbers. */
const COUNT_UNITS = new Set(["家", "个", "人", "件"]);

/**
 * A headline value for a statistic card: the number and its unit apart ("9.18" + "万元/亩",
 * "4.70" + "%", "284.17" + "亿元"); unknown is a dash, with the unit still named.
 */
export const headlineParts = (value: number | null | undefined, unit: { readonly zh: string; readonly en: string }, lang: Lang): { value: string; unit: string } => {
  const label = lang === "zh-CN" ? unit.zh : unit.en;
  if (value === null || value === undefined || !Number.isFinite(value)) return { value: DASH, unit: label };
  if (hasCustomaryScale(unit.zh)) return scaleQuantity(value, unit.zh, lang, 2);
  const digits = COUNT_UNITS.has(unit.zh) && Number.isInteger(value) ? 0 : indicatorDigits(value);
  return { value: formatNumber(value, lang, digits), unit: label };
};

/** A monthly figure of a field in its customary unit: "2.78 亿元", "1,165.20 万千瓦时", "2,882 人", "—". */
export const monthQuantity = (value: number | null | undefined, field: MonitoringField, lang: Lang): string => {
  const unit = fieldUnit(field);
  return hasCustomaryScale(unit) ? formatScaled(value, unit, lang, 2) : formatInUnit(value, unit, lang, 0);
};

/** An industry's contribution to the park's growth (a share of last year's total) in percentage points: "+1.75 个百分点". */
export const contributionText = (contribution: number | null | undefined, lang: Lang): string => formatPointChange(contribution, 0, lang);

export type LimitState = "within" | "over" | "unknown";

/** A count against the Guidance's maximum: within, over, or unknown when it could not be counted. */
export const limitState = (count: number | null | undefined, max: number): LimitState =>
  count === null || count === undefined ? "unknown" : count <= max ? "within" : "over";

export const LIMIT_COLOURS: Readonly<Record<LimitState, string>> = { within: "green", over: "red", unknown: "default" };

/**
 * A comparator for antd's table sorter that keeps unknown values last in both directions (antd
 * reverses the comparator for a descending sort, so the null side is flipped with it): missing
 * data is never ranked as zero.
 */
export const nullsLast =
  <T>(value: (row: T) => number | string | null) =>
  (a: T, b: T, order?: "ascend" | "descend" | null): number => {
    const va = value(a);
    const vb = value(b);
    const last = order === "descend" ? -1 : 1;
    if (va === null && vb === null) return 0;
    if (va === null) return last;
    if (vb === null) return -last;
    return typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb), "zh-CN");
  };
