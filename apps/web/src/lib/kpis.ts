import type { TParkIndustryMixItem, TParkKpis, TParkSummary } from "@parkpilot/contracts";

/** Headline figures of a set of parks for one year. */
export interface KpiTotals {
  readonly parks: number;
  /** Parks with KPIs for the year. */
  readonly parksWithData: number;
  readonly enterprises: number;
  readonly reporting: number;
  readonly industrialOutput: number | null;
  readonly revenue: number | null;
  readonly taxPaid: number | null;
  readonly valueAdded: number | null;
  readonly rdExpense: number | null;
  readonly landAreaMu: number | null;
  readonly taxPerMu: number | null;
  readonly rdIntensity: number | null;
}

type SumKey = "industrialOutput" | "revenue" | "taxPaid" | "valueAdded" | "rdExpense" | "landAreaMu";

/** Σ of the known values; null when none is known (unknown is not zero). */
const sum = (kpis: readonly TParkKpis[], key: SumKey): number | null => {
  let total: number | null = null;
  for (const k of kpis) {
    const v = k[key];
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
};

/**
 * Σ numerator ÷ Σ denominator over the parks that know both (never an average of park ratios,
 * which would weigh a small park like a large one).
 */
const ratioOfSums = (kpis: readonly TParkKpis[], num: SumKey, den: SumKey): number | null => {
  let n = 0;
  let d = 0;
  for (const k of kpis) {
    const a = k[num];
    const b = k[den];
    if (a === null || b === null || b <= 0) continue;
    n += a;
    d += b;
  }
  return d > 0 ? n / d : null;
};

export const aggregateKpis = (parks: readonly TParkSummary[]): KpiTotals => {
  const kpis = parks.flatMap((p) => (p.kpis ? [p.kpis] : []));
  return {
    parks: parks.length,
    parksWithData: kpis.filter((k) => k.reporting > 0).length,
    enterprises: kpis.reduce((n, k) => n + k.enterprises, 0),
    reporting: kpis.reduce((n, k) => n + k.reporting, 0),
    industrialOutput: sum(kpis, "industrialOutput"),
    revenue: sum(kpis, "revenue"),
    taxPaid: sum(kpis, "taxPaid"),
    valueAdded: sum(kpis, "valueAdded"),
    rdExpense: sum(kpis, "rdExpense"),
    landAreaMu: sum(kpis, "landAreaMu"),
    taxPerMu: ratioOfSums(kpis, "taxPaid", "landAreaMu"),
    rdIntensity: ratioOfSums(kpis, "rdExpense", "revenue"),
  };
};

/** The KPIs the overview can colour, rank and compare by. */
export const RANKABLE_KPIS = ["industrialOutput", "revenue", "taxPaid", "valueAdded", "taxPerMu", "rdIntensity", "enterprises"] as const;
export type RankableKpi = (typeof RANKABLE_KPIS)[number];

export const kpiValue = (kpis: TParkKpis | null, key: RankableKpi): number | null => (kpis ? kpis[key] : null);

/** Compares parks by a KPI with unknown values last in both directions. */
export const compareByKpi =
  (key: RankableKpi) =>
  (a: TParkSummary, b: TParkSummary): number => {
    const va = kpiValue(a.kpis, key);
    const vb = kpiValue(b.kpis, key);
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return va - vb;
  };

/** Parks grouped by how many leading industries they declare; the Guidance asks for ≤ 3. */
export const leadingIndustryDistribution = (parks: readonly TParkSummary[]): { count: number; parks: number }[] => {
  const counts = new Map<number, number>();
  for (const p of parks) counts.set(p.leadingIndustryCount, (counts.get(p.leadingIndustryCount) ?? 0) + 1);
  const max = Math.max(3, ...counts.keys());
  return Array.from({ length: max + 1 }, (_, count) => ({ count, parks: counts.get(count) ?? 0 }));
};

export const MAX_LEADING_INDUSTRIES = 3;

/** Share of output from the leading industries: the concentration the Guidance asks parks to build. */
export const leadingShare = (items: readonly TParkIndustryMixItem[]): number | null => {
  const total = items.reduce((n, i) => n + (i.output ?? 0), 0);
  if (total <= 0) return null;
  return items.filter((i) => i.isLeading).reduce((n, i) => n + (i.output ?? 0), 0) / total;
};
