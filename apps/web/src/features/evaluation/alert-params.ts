import type { TFunction } from "i18next";
import { formatNumber, formatPercent, formatSignedPercent, labelColon, type Lang } from "../../lib/format";

/** Parameters that are fractions (print as percentages); `below` and `critical_below` are growth rates, so signed. */
const DROPS = new Set(["drop", "electricity_drop"]);
const BANDS = new Set(["output_band"]);
const GROWTH = new Set(["below", "critical_below"]);
const MONTHS = new Set(["months", "missed_months", "lookback_months"]);
const WORDS = new Set(["field", "basis"]);

/**
 * An alert rule's parameters in words ("降幅 ≥ 30.0%", "连续月数 3 个月"), in the rule file's
 * order. A parameter this page does not know (a province's own rule) shows as key = value.
 */
export const describeAlertParams = (params: Readonly<Record<string, number | string>>, t: TFunction, lang: Lang): string[] => {
  const colon = labelColon(lang);
  return Object.entries(params).map(([key, value]) => {
    const label = t(`evaluation.alerts.param.${key}`, { defaultValue: "" });
    if (!label) return `${key} = ${value}`;
    if (typeof value === "string") return `${label}${colon}${WORDS.has(key) ? t(`evaluation.alerts.paramValue.${value}`, { defaultValue: value }) : value}`;
    if (DROPS.has(key)) return `${label} ≥ ${formatPercent(value, lang, 1)}`;
    if (BANDS.has(key)) return `${label} ±${formatPercent(value, lang, 1)}`;
    if (GROWTH.has(key)) return `${label} < ${formatSignedPercent(value, lang, 1)}`;
    if (MONTHS.has(key)) return `${label} ${t("evaluation.alerts.monthsN", { n: formatNumber(value, lang), count: value })}`;
    return `${label}${colon}${formatNumber(value, lang, 2)}`;
  });
};
