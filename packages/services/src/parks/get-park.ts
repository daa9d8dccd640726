import { asc, eq, inArray } from "drizzle-orm";
import type { TParkDetail } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { requireVisiblePark } from "../tenancy/visibility";
import { kpiKey, parkKpis } from "./park-kpis";
import { presentParkSummary } from "./present-park";

/** A park's catalogue profile, leading industries with GB/T 4754 names, and KPIs of every year. */
export const getPark = async (ctx: ServiceContext, scope: TenantScope, parkId: number): Promise<TParkDetail> => {
  const { db } = ctx.database;
  const park = await requireVisiblePark(db, scope, parkId);
  const leading = await db
    .select()
    .from(tables.parkLeadingIndustries)
    .where(eq(tables.parkLeadingIndustries.parkId, parkId))
    .orderBy(asc(tables.parkLeadingIndustries.position));
  const codes = [...new Set(leading.flatMap((l) => l.industryCodes))];
  const names = codes.length
    ? new Map(
        (await db.select({ code: tables.industries.code, name: tables.industries.name }).from(tables.industries).where(inArray(tables.industries.code, codes))).map(
          (r) => [r.code, r.name],
        ),
      )
    : new Map<string, string>();
  const years = (
    await ctx.database.query<{ year: number }>(
      "SELECT DISTINCT a.year::int AS year FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id WHERE e.park_id = $1 ORDER BY 1",
      [parkId],
    )
  ).map((r) => r.year);
  const showKpis = scope.kind !== "enterprise";
  const kpis = showKpis ? await parkKpis(ctx.database, [parkId], years) : new Map();
  const kpiHistory = showKpis ? years.flatMap((y) => kpis.get(kpiKey(parkId, y)) ?? []) : [];
  return {
    ...presentParkSummary(park, leading.length, kpiHistory.at(-1) ?? null),
    approvalText: park.approvalText,
    source: park.source,
    locationSource: park.locationSource,
    leadingIndustries: leading.map((l) => ({
      position: l.position,
      label: l.label,
      industryCodes: l.industryCodes,
      industryNames: l.industryCodes.map((c) => names.get(c) ?? c),
      mappingStatus: l.mappingStatus,
    })),
    kpiHistory,
  };
};
