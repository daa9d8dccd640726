import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { TProjectListQuery, TProjectSummary } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { projectVisibility, requireProjectStaff } from "./project-access";
import { presentProjectSummary, type ActualRow } from "./present-project";

/** The pipeline of the parks the scope can see, newest activity first, with shortfall flags. */
export const listProjects = async (
  ctx: ServiceContext,
  scope: TenantScope,
  query: TProjectListQuery,
): Promise<{ items: TProjectSummary[]; total: number; page: number; pageSize: number }> => {
  requireProjectStaff(scope);
  const { db } = ctx.database;
  const p = tables.investmentProjects;
  const filters: SQL[] = [projectVisibility(scope)];
  if (query.parkId !== undefined) filters.push(eq(p.parkId, query.parkId));
  if (query.stage) filters.push(eq(p.stage, query.stage));
  if (query.templateCode) filters.push(eq(p.templateCode, query.templateCode));
  const where = and(...filters);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(p).where(where);
  const rows = await db
    .select({ project: p, parkName: tables.parks.name })
    .from(p)
    .innerJoin(tables.parks, eq(tables.parks.id, p.parkId))
    .where(where)
    .orderBy(desc(p.updatedAt), desc(p.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const ids = rows.map((r) => r.project.id);
  const actuals = new Map<number, ActualRow[]>();
  if (ids.length > 0) {
    const a = tables.projectActuals;
    for (const r of await db.select().from(a).where(inArray(a.projectId, ids)).orderBy(asc(a.year))) {
      actuals.set(r.projectId, [...(actuals.get(r.projectId) ?? []), r]);
    }
  }
  return {
    items: rows.map((r) => presentProjectSummary({ ...r.project, parkName: r.parkName }, actuals.get(r.project.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
};
