import { and, eq } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility } from "../../tenancy/visibility";
import { forbidden, notFound } from "../../errors/app-error";

export type VisitRow = typeof tables.enterpriseVisits.$inferSelect;

/** The visit log is kept by park and province staff; enterprise accounts neither read nor write it. */
export const requireVisitStaff = (scope: TenantScope): void => {
  if (scope.kind === "enterprise") throw forbidden("The visit log is for park and province accounts");
};

/**
 * A visit to an enterprise the scope can see (a park: its enterprises; a province: its
 * province's), with the enterprise's name and the name of whoever logged it, or not_found. Whoever
 * may log a visit to the enterprise may correct or delete a visit to it: the log is shared.
 */
export const requireVisibleVisit = async (db: DbOrTx, scope: TenantScope, id: number): Promise<{ visit: VisitRow; enterpriseName: string; userName: string | null }> => {
  requireVisitStaff(scope);
  const v = tables.enterpriseVisits;
  const e = tables.enterprises;
  const [row] = await db
    .select({ visit: v, enterpriseName: e.name, userName: tables.users.displayName })
    .from(v)
    .innerJoin(e, eq(e.id, v.enterpriseId))
    .leftJoin(tables.users, eq(tables.users.id, v.userId))
    .where(and(eq(v.id, id), enterpriseVisibility(scope)))
    .limit(1);
  if (!row) throw notFound(`Visit ${id}`);
  return row;
};
