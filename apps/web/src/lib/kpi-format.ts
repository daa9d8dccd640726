import { formatNumber, formatPercent, formatPerMu, formatScaled, relativeChange, formatSignedPercent, formatPointChange, scaleQuantity, titleWithUnit, type Lang, unitLabel } from "./format";
import type { RankableKpi } from "./kpis";

/** How each park KPI is shown: money scaled 万元 → 亿元, ratios with their units. */
export const formatKpi = (key: RankableKpi, value: number | null | undefined, lang: Lang): string => {
  switch (key) {
    case "industrialOutput":
    case "revenue":
    case "taxPaid":
    case "valueAdded":
      return formatScaled(value, "万元", lang);
    case "taxPerMu":
      return formatPerMu(value, lang);
    case "rdIntensity":
      return formatPercent(value, lang);
    case "enterprises":
      return value === null || value === undefined ? "—" : `${formatNumber(value, lang)} ${unitLabel("家", lang)}`;
  }
};

/** A headline figure split into number and unit for a statistic card. */
export const kpiParts = (key: RankableKpi, value: number | null | undefined, lang: Lang): { value: string; unit: string } => {
  if (value === null || value === undefined) return { value: "—", unit: "" };
  switch (key) {
    case "industrialOutput":
    case "revenue":
    case "taxPaid":
    case "valueAdded":
      return scaleQuantity(value, "万元", lang);
    case "taxPerMu":
      return { value: formatNumber(value, lang, 2), unit: unitLabel("万元/亩", lang) };
    case "rdIntensity":
      return { value: formatNumber(value * 100, lang, 2), unit: "%" };
    case "enterprises":
      return { value: formatNumber(value, lang), unit: unitLabel("家", lang) };
  }
};

export type ChangeDirection = "up" | "down" | "flat" | "unknown";

/** Year-on-year change of a KPI: relative for sums, in percentage points for ratios. */
export const kpiChange = (
  key: RankableKpi,
  current: number | null | undefined,
  previous: number | null | undefined,
  lang: Lang,
): { text: string; direction: ChangeDirection } => {
  const direction = (d: number | null): ChangeDirection => (d === null ? "unknown" : d > 0 ? "up" : d < 0 ? "down" : "flat");
  if (key === "rdIntensity") {
    const known = current !== null && current !== undefined && previous !== null && previous !== undefined;
    return { text: formatPointChange(current, previous, lang), direction: direction(known ? current - previous : null) };
  }
  const change = relativeChange(current, previous);
  return { text: formatSignedPercent(change, lang), direction: direction(change) };
};

/** Column values for park tables: money in 亿元 for every row so a column reads in one unit. */
export const parkColumnValue = (key: RankableKpi, value: number | null | undefined, lang: Lang): string => {
  switch (key) {
    case "industrialOutput":
    case "revenue":
    case "taxPaid":
    case "valueAdded":
      return value === null || value === undefined ? "—" : formatNumber(value / 1e4, lang, 2);
    case "taxPerMu":
      return formatNumber(value, lang, 2);
    case "rdIntensity":
      return value === null || value === undefined ? "—" : formatNumber(value * 100, lang, 2);
    case "enterprises":
      return formatNumber(value, lang);
  }
};

/** The unit of parkColumnValue, for the column header. */
export const parkColumnUnit = (key: RankableKpi, lang: Lang): string => {
  switch (key) {
    case "industrialOutput":
    case "revenue":
    case "taxPaid":
    case "valueAdded":
      return lang === "zh-CN" ? "亿元" : "100M CNY";
    case "taxPerMu":
      return unitLabel("万元/亩", lang);
    case "rdIntensity":
      return "%";
    case "enterprises":
      return unitLabel("家", lang);
  }
};

/** A KPI column's header: its name and unit, the unit left out where it only repeats the name ("Enterprises"). */
export const parkColumnTitle = (name: string, key: RankableKpi, lang: Lang): string => {
  const unit = parkColumnUnit(key, lang);
  return unit.toLowerCase() === name.toLowerCase() ? name : titleWithUnit(name, unit);
};
