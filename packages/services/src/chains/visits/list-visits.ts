import { and, count, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { TVisit, TVisitListQuery } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility } from "../../tenancy/visibility";
import { requireVisitStaff, type VisitRow } from "./visit-access";

export const presentVisit = (v: VisitRow, enterpriseName: string, userName: string | null): TVisit => ({
  id: v.id,
  enterpriseId: v.enterpriseId,
  enterpriseName,
  visitedOn: v.visitedOn,
  team: v.team,
  purpose: v.purpose,
  notes: v.notes,
  followUpOn: v.followUpOn,
  userName,
  createdAt: v.createdAt,
});

/** The shared visit log of the enterprises the scope can see, newest first. */
export const listVisits = async (
  ctx: ServiceContext,
  scope: TenantScope,
  query: TVisitListQuery,
): Promise<{ items: TVisit[]; total: number; page: number; pageSize: number }> => {
  requireVisitStaff(scope);
  const v = tables.enterpriseVisits;
  const e = tables.enterprises;
  const filters: SQL[] = [enterpriseVisibility(scope)];
  if (query.enterpriseId !== undefined) filters.push(eq(v.enterpriseId, query.enterpriseId));
  if (query.parkId !== undefined) filters.push(eq(e.parkId, query.parkId));
  if (query.from) filters.push(gte(v.visitedOn, query.from));
  if (query.to) filters.push(lte(v.visitedOn, query.to));
  const where = and(...filters);
  const { db } = ctx.database;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(v).innerJoin(e, eq(e.id, v.enterpriseId)).where(where);
  const rows = await db
    .select({ visit: v, enterpriseName: e.name, userName: tables.users.displayName })
    .from(v)
    .innerJoin(e, eq(e.id, v.enterpriseId))
    .leftJoin(tables.users, eq(tables.users.id, v.userId))
    .where(where)
    .orderBy(desc(v.visitedOn), desc(v.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows.map((r) => presentVisit(r.visit, r.enterpriseName, r.userName)), total, page: query.page, pageSize: query.pageSize };
};
