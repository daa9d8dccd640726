import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility, requireVisiblePark } from "../../tenancy/visibility";
import { latestParkYear } from "../park/park-values";
import { requireParkReader } from "../visible-parks";

export interface LandListQuery {
  readonly year?: number;
  readonly class?: "A" | "B" | "C" | "D";
  readonly status?: "scored" | "excluded" | "out_of_scope" | "data_missing";
  readonly page: number;
  readonly pageSize: number;
}

/** GET /api/evaluation/land/parks/:id/enterprises: the park's enterprises with class, score and rank, best first. */
export const listLandEvaluations = async (ctx: ServiceContext, scope: TenantScope, parkId: number, query: LandListQuery) => {
  requireParkReader(scope);
  const { db } = ctx.database;
  await requireVisiblePark(db, scope, parkId);
  const year = query.year ?? (await latestParkYear(ctx.database, parkId));
  if (year === null) return { items: [], total: 0, page: query.page, pageSize: query.pageSize, year: null };
  const le = tables.landEvaluations;
  const e = tables.enterprises;
  // The status from the columns (no jsonb read): the method column says excluded / out_of_scope, a method without a class is missing data.
  const status = sql<string>`CASE WHEN ${le.method} IN ('excluded', 'out_of_scope') THEN ${le.method} WHEN ${le.landClass} IS NULL THEN 'data_missing' ELSE 'scored' END`;
  const conditions: SQL[] = [eq(e.parkId, parkId), eq(le.year, year), enterpriseVisibility(scope)];
  if (query.class) conditions.push(eq(le.landClass, query.class));
  if (query.status) conditions.push(sql`${status} = ${query.status}`);
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        enterpriseId: e.id,
        name: e.name,
        isGenerated: e.isGenerated,
        method: le.method,
        status,
        score: le.score,
        class: le.landClass,
        rank: sql<number | null>`(${le.explanation}->>'rk')::int`,
        poolSize: sql<number | null>`(${le.explanation}->>'n')::int`,
      })
      .from(le)
      .innerJoin(e, eq(e.id, le.enterpriseId))
      .where(where)
      .orderBy(sql`${le.score} DESC NULLS LAST`, asc(e.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(le).innerJoin(e, eq(e.id, le.enterpriseId)).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r, method: r.method === r.status ? null : r.method, rank: r.rank === null ? null : Number(r.rank), poolSize: r.poolSize === null ? null : Number(r.poolSize) })),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    year,
  };
};
