import type { Database } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { requireVisiblePark } from "../tenancy/visibility";
import { forbidden } from "../errors/app-error";

export interface ParkMonthPoint {
  period: string;
  output: number | null;
  revenue: number | null;
  taxPaid: number | null;
  electricityKwh: number | null;
  /** Enterprises that reported anything for the month: the completeness behind the sums. */
  reporting: number;
}

/** The last 36 months of a park's totals, oldest first (sums are null when nobody reported). */
export const parkMonthlySeries = async (ctx: ServiceContext, scope: TenantScope, parkId: number): Promise<{ series: ParkMonthPoint[] }> => {
  if (scope.kind === "enterprise") throw forbidden("Park aggregates are for park and province accounts");
  await requireVisiblePark(ctx.database.db, scope, parkId);
  return { series: await monthlyTotals(ctx.database, parkId) };
};

const monthlyTotals = async (database: Database, parkId: number): Promise<ParkMonthPoint[]> => {
  const rows = await database.query<{
    period: string;
    output: number | null;
    revenue: number | null;
    tax_paid: number | null;
    electricity_kwh: number | null;
    reporting: number;
  }>(
    `SELECT m.period, sum(m.output) AS output, sum(m.revenue) AS revenue, sum(m.tax_paid) AS tax_paid,
            sum(m.electricity_kwh) AS electricity_kwh, count(*)::int AS reporting
       FROM enterprise_monthly m JOIN enterprises e ON e.id = m.enterprise_id
      WHERE e.park_id = $1
      GROUP BY m.period ORDER BY m.period DESC LIMIT 36`,
    [parkId],
  );
  const n = (v: number | string | null) => (v === null ? null : Number(v));
  return rows.reverse().map((r) => ({
    period: r.period,
    output: n(r.output),
    revenue: n(r.revenue),
    taxPaid: n(r.tax_paid),
    electricityKwh: n(r.electricity_kwh),
    reporting: r.reporting,
  }));
};
