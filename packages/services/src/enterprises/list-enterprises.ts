import { and, asc, desc, eq, ilike, like, or, sql, type SQL } from "drizzle-orm";
import type { TEnterpriseListQuery, TEnterpriseSummary } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { enterpriseVisibility } from "../tenancy/visibility";
import { latestDataYear } from "../indicators/data-years";

export interface EnterpriseListResult {
  items: TEnterpriseSummary[];
  total: number;
  page: number;
  pageSize: number;
  year: number | null;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);

/** Enterprises the scope can see, with filters, search by name or credit code, paging and sorting. */
export const listEnterprises = async (ctx: ServiceContext, scope: TenantScope, query: TEnterpriseListQuery): Promise<EnterpriseListResult> => {
  const { db } = ctx.database;
  const e = tables.enterprises;
  const filters: SQL[] = [enterpriseVisibility(scope)];
  if (query.parkId) filters.push(eq(e.parkId, query.parkId));
  if (query.industry) {
    filters.push(
      /^[A-Z]$/.test(query.industry)
        ? sql`${e.industryCode} IN (SELECT code FROM industries WHERE section = ${query.industry} AND level = 4)`
        : like(e.industryCode, `${query.industry}%`),
    );
  }
  if (query.status) filters.push(eq(e.operatingStatus, query.status));
  if (query.q) {
    const q = query.q.trim();
    const byText = or(ilike(e.name, `%${escapeLike(q)}%`), like(e.creditCode, `${escapeLike(q.toUpperCase())}%`));
    if (byText) filters.push(byText);
  }
  const where = and(...filters);
  const year = query.year ?? (await latestDataYear(ctx.database, scope.provinceCode));
  const a = tables.enterpriseAnnual;
  const joinOn = and(eq(a.enterpriseId, e.id), eq(a.year, year ?? -1));
  const sortColumn = { name: e.name, revenue: a.revenue, taxPaid: a.taxPaid, industrialOutput: a.industrialOutput }[query.sort];
  const orderBy = query.order === "asc" ? sql`${sortColumn} ASC NULLS LAST` : sql`${sortColumn} DESC NULLS LAST`;

  const [countRow] = await db.select({ n: sql<number>`count(*)::int` }).from(e).where(where);
  const rows = await db
    .select({
      e,
      parkName: tables.parks.name,
      industryName: tables.industries.name,
      revenue: a.revenue,
      industrialOutput: a.industrialOutput,
      taxPaid: a.taxPaid,
      employees: a.employees,
      hasYear: a.year,
    })
    .from(e)
    .leftJoin(tables.parks, eq(tables.parks.id, e.parkId))
    .leftJoin(tables.industries, eq(tables.industries.code, e.industryCode))
    .leftJoin(a, joinOn)
    .where(where)
    .orderBy(orderBy, query.sort === "name" ? asc(e.id) : desc(e.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  return {
    items: rows.map((r) => ({
      id: r.e.id,
      creditCode: r.e.creditCode,
      name: r.e.name,
      parkId: r.e.parkId,
      parkName: r.parkName,
      industryCode: r.e.industryCode,
      industryName: r.industryName,
      operatingStatus: r.e.operatingStatus,
      aboveDesignatedSize: r.e.aboveDesignatedSize,
      isGenerated: r.e.isGenerated,
      year: r.hasYear === null ? null : year,
      revenue: r.revenue,
      industrialOutput: r.industrialOutput,
      taxPaid: r.taxPaid,
      employees: r.employees,
    })),
    total: countRow?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    year,
  };
};
