import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { TParkKpis, TParkListQuery, TParkSummary } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { parkVisibility } from "../tenancy/visibility";
import { latestDataYear } from "../indicators/data-years";
import { kpiKey, parkKpis } from "./park-kpis";
import { presentParkSummary } from "./present-park";

export interface ParkListResult {
  items: TParkSummary[];
  total: number;
  page: number;
  pageSize: number;
  year: number | null;
}

/**
 * Parks the scope can see, filtered, with their KPIs for the year (default: latest with data),
 * sorted by any KPI. A scope covers at most one province (a few hundred parks), so KPIs are
 * computed for the whole filtered set and sorted before paging.
 */
export const listParks = async (ctx: ServiceContext, scope: TenantScope, query: TParkListQuery): Promise<ParkListResult> => {
  const { db } = ctx.database;
  const filters: SQL[] = [parkVisibility(scope)];
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const byText = or(ilike(tables.parks.name, like), ilike(tables.parks.catalogueCode, like));
    if (byText) filters.push(byText);
  }
  if (query.level) filters.push(eq(tables.parks.level, query.level));
  if (query.kind) filters.push(eq(tables.parks.kind, query.kind));
  if (query.provinceCode) filters.push(eq(tables.parks.provinceCode, query.provinceCode));

  const parks = await db
    .select({
      park: tables.parks,
      leadingCount: sql<number>`(SELECT count(*)::int FROM park_leading_industries l WHERE l.park_id = ${tables.parks.id})`,
    })
    .from(tables.parks)
    .where(and(...filters));

  const year = query.year ?? (await latestDataYear(ctx.database, scope.provinceCode));
  const showKpis = scope.kind !== "enterprise" && year !== null;
  const kpis = showKpis ? await parkKpis(ctx.database, parks.map((p) => p.park.id), [year]) : new Map<string, TParkKpis>();
  const summaries = parks.map(({ park, leadingCount }) =>
    presentParkSummary(park, leadingCount, year === null ? null : (kpis.get(kpiKey(park.id, year)) ?? null)),
  );
  summaries.sort(compareBy(query.sort, query.order));
  const start = (query.page - 1) * query.pageSize;
  return { items: summaries.slice(start, start + query.pageSize), total: summaries.length, page: query.page, pageSize: query.pageSize, year };
};

const compareBy = (sort: TParkListQuery["sort"], order: TParkListQuery["order"]) => {
  const sign = order === "asc" ? 1 : -1;
  return (a: TParkSummary, b: TParkSummary): number => {
    if (sort === "name") return sign * a.name.localeCompare(b.name, "zh-CN");
    const va = sort === "enterprises" ? (a.kpis?.enterprises ?? null) : (a.kpis?.[sort] ?? null);
    const vb = sort === "enterprises" ? (b.kpis?.enterprises ?? null) : (b.kpis?.[sort] ?? null);
    // Unknown values sort last in both directions: missing data is never ranked as zero.
    if (va === null && vb === null) return a.name.localeCompare(b.name, "zh-CN");
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (va - vb) || a.name.localeCompare(b.name, "zh-CN");
  };
};
