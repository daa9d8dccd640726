import type { TParkMonitoring } from "@parkpilot/contracts";
import { formatInUnit, formatPointChange, formatScaled, hasCustomaryScale, type Lang } from "../../lib/format";

/**
 * How the monitoring page reads: monthly figures in their customary units, the contribution to
 * growth in percentage points, and the ≤3 counts against their limit. Its headline values are
 * indicator figures, read as everywhere else (indicator-format's indicatorFigureParts).
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
