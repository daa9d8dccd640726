import type { TParkKpis } from "@parkpilot/contracts";
import type { Database } from "@parkpilot/db";

interface KpiRow extends Record<string, unknown> {
  park_id: number;
  year: number;
  enterprises: number;
  reporting: number;
  industrial_output: number | null;
  revenue: number | null;
  tax_paid: number | null;
  value_added: number | null;
  rd_expense: number | null;
  land_area_mu: number | null;
  tax_per_mu: number | null;
  rd_intensity: number | null;
}

/**
 * Park headline KPIs from enterprise annual data. Ratios are computed as Σnumerator ÷ Σdenominator
 * over the enterprises that reported both (never an average of enterprise ratios), and sums are
 * null when nobody reported, so "unknown" never shows as zero.
 */
export const parkKpis = async (database: Database, parkIds: readonly number[], years: readonly number[]): Promise<Map<string, TParkKpis>> => {
  const result = new Map<string, TParkKpis>();
  if (parkIds.length === 0 || years.length === 0) return result;
  const rows = await database.query<KpiRow>(
    `SELECT e.park_id, y.year,
            count(*)::int AS enterprises,
            count(a.enterprise_id)::int AS reporting,
            sum(a.industrial_output) AS industrial_output,
            sum(a.revenue) AS revenue,
            sum(a.tax_paid) AS tax_paid,
            sum(a.value_added) AS value_added,
            sum(a.rd_expense) AS rd_expense,
            sum(a.land_area_mu) AS land_area_mu,
            sum(a.tax_paid) FILTER (WHERE a.land_area_mu > 0)
              / nullif(sum(a.land_area_mu) FILTER (WHERE a.tax_paid IS NOT NULL AND a.land_area_mu > 0), 0) AS tax_per_mu,
            sum(a.rd_expense) FILTER (WHERE a.revenue > 0)
              / nullif(sum(a.revenue) FILTER (WHERE a.rd_expense IS NOT NULL AND a.revenue > 0), 0) AS rd_intensity
       FROM enterprises e
       CROSS JOIN unnest($2::int[]) AS y(year)
       LEFT JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = y.year
      WHERE e.park_id = ANY($1::int[])
      GROUP BY e.park_id, y.year`,
    [parkIds, years],
  );
  for (const r of rows) {
    result.set(kpiKey(r.park_id, r.year), {
      year: r.year,
      enterprises: r.enterprises,
      reporting: r.reporting,
      industrialOutput: num(r.industrial_output),
      revenue: num(r.revenue),
      taxPaid: num(r.tax_paid),
      valueAdded: num(r.value_added),
      rdExpense: num(r.rd_expense),
      landAreaMu: num(r.land_area_mu),
      taxPerMu: num(r.tax_per_mu),
      rdIntensity: num(r.rd_intensity),
    });
  }
  return result;
};

export const kpiKey = (parkId: number, year: number) => `${parkId}:${year}`;

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));
