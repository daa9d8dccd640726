import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { requireVisiblePark } from "../tenancy/visibility";
import { forbidden } from "../errors/app-error";
import { latestDataYear } from "../indicators/data-years";

export interface IndustryMixItem {
  industryCode: string;
  industryName: string;
  /** GB/T 4754 division (大类) of the industry, e.g. "39". */
  division: string;
  output: number | null;
  revenue: number | null;
  enterprises: number;
  /** Whether the industry falls under one of the park's declared leading industries. */
  isLeading: boolean;
}

/**
 * A park's output and revenue by GB/T 4754 division for a year, with the declared leading
 * industries marked (a declared code covers every code it prefixes: 39 covers 3971).
 */
export const parkIndustryMix = async (
  ctx: ServiceContext,
  scope: TenantScope,
  parkId: number,
  year?: number,
): Promise<{ year: number | null; items: IndustryMixItem[] }> => {
  if (scope.kind === "enterprise") throw forbidden("Park aggregates are for park and province accounts");
  await requireVisiblePark(ctx.database.db, scope, parkId);
  const y = year ?? (await latestDataYear(ctx.database, scope.provinceCode));
  if (y === null) return { year: null, items: [] };
  const leading = await ctx.database.db
    .select({ codes: tables.parkLeadingIndustries.industryCodes })
    .from(tables.parkLeadingIndustries)
    .where(eq(tables.parkLeadingIndustries.parkId, parkId));
  const leadingCodes = leading.flatMap((l) => l.codes);
  const rows = await ctx.database.query<{ division: string; name: string; output: number | null; revenue: number | null; enterprises: number }>(
    `SELECT d.code AS division, d.name, sum(a.industrial_output) AS output, sum(a.revenue) AS revenue, count(DISTINCT e.id)::int AS enterprises
       FROM enterprises e
       JOIN industries d ON d.code = left(e.industry_code, 2)
       LEFT JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = $2
      WHERE e.park_id = $1
      GROUP BY d.code, d.name
      ORDER BY sum(a.industrial_output) DESC NULLS LAST, d.code`,
    [parkId, y],
  );
  const n = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    year: y,
    items: rows.map((r) => ({
      industryCode: r.division,
      industryName: r.name,
      division: r.division,
      output: n(r.output),
      revenue: n(r.revenue),
      enterprises: r.enterprises,
      isLeading: leadingCodes.some((c) => c.startsWith(r.division) || r.division.startsWith(c)),
    })),
  };
};
