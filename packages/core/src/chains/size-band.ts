import type { SizeBand } from "./types";

/**
 * 大中小微型 size bands of 《统计上大中小微型企业划分办法（2017）》(国统字〔2017〕213号): per sector
 * lower bounds for large, medium and small on employees and, where the sector has one, operating
 * revenue. Large, medium and small need every bound met (otherwise one band down); micro needs
 * only one indicator below the small bounds. The table itself is data (packages/rules/chains).
 */
export interface SizeBandRule {
  readonly sector: string;
  /** Two-digit GB/T 4754 divisions the rule covers, as "13" or ranges "06-46". */
  readonly divisions: readonly string[];
  /** Lower bounds [large, medium, small], persons. */
  readonly employees: readonly [number, number, number];
  /** Lower bounds [large, medium, small], 万元; absent when the sector is banded by employees only. */
  readonly revenue?: readonly [number, number, number] | undefined;
}

export interface SizeBandTable {
  readonly citation: string;
  readonly rules: readonly SizeBandRule[];
  /** 其他未列明行业. */
  readonly fallback: SizeBandRule;
}

export interface SizeBandResult {
  readonly band: SizeBand;
  readonly sector: string;
  readonly reason: string;
}

const BANDS = ["large", "medium", "small"] as const;
export const SIZE_BAND_ZH: Readonly<Record<SizeBand, string>> = { large: "大型", medium: "中型", small: "小型", micro: "微型", unknown: "规模未知" };
export const SIZE_BAND_EN: Readonly<Record<SizeBand, string>> = { large: "large", medium: "medium", small: "small", micro: "micro", unknown: "size unknown" };

const covers = (pattern: string, division: string): boolean => {
  const [lo, hi] = pattern.split("-");
  if (hi === undefined) return pattern === division;
  return division >= (lo ?? "") && division <= hi;
};

export const sizeRuleFor = (table: SizeBandTable, industryCode: string | null): SizeBandRule => {
  const division = industryCode?.slice(0, 2) ?? "";
  return table.rules.find((r) => r.divisions.some((d) => covers(d, division))) ?? table.fallback;
};

export const sizeBand = (table: SizeBandTable, industryCode: string | null, employees: number | null, revenue: number | null): SizeBandResult => {
  const rule = sizeRuleFor(table, industryCode);
  const measures: { label: string; value: number | null; bounds: readonly [number, number, number] }[] = [{ label: "从业人员", value: employees, bounds: rule.employees }];
  if (rule.revenue) measures.push({ label: "营业收入", value: revenue, bounds: rule.revenue });
  const below = measures.find((m) => m.value !== null && m.value < m.bounds[2]);
  if (below) return { band: "micro", sector: rule.sector, reason: `${rule.sector}：${below.label} ${below.value} 低于小型下限 ${below.bounds[2]}，划为微型` };
  const unknown = measures.filter((m) => m.value === null);
  if (unknown.length > 0) return { band: "unknown", sector: rule.sector, reason: `${rule.sector}：${unknown.map((m) => m.label).join("、")}未知，无法划型` };
  const level = BANDS.findIndex((_, i) => measures.every((m) => (m.value ?? 0) >= (m.bounds[i] ?? Infinity)));
  const band = BANDS[level] ?? "small";
  return { band, sector: rule.sector, reason: `${rule.sector}：${measures.map((m) => `${m.label} ${m.value}`).join("、")}，达到${SIZE_BAND_ZH[band]}下限` };
};
