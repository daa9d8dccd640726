import { and, eq, sql, type SQL } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { parkVisibility } from "../../tenancy/visibility";
import { forbidden, notFound } from "../../errors/app-error";

export type ProjectRow = typeof tables.investmentProjects.$inferSelect;

/** Projects of the parks the scope can see (a park: its own; a province: its parks'). */
export const projectVisibility = (scope: TenantScope): SQL =>
  sql`${tables.investmentProjects.parkId} IN (SELECT ${tables.parks.id} FROM ${tables.parks} WHERE ${parkVisibility(scope)})`;

export const requireProjectStaff = (scope: TenantScope): void => {
  if (scope.kind === "enterprise") throw forbidden("Investment projects are for park and province accounts");
};

/** Loads a project the scope can see, or throws not_found. */
export const requireVisibleProject = async (db: DbOrTx, scope: TenantScope, id: number): Promise<ProjectRow & { parkName: string }> => {
  requireProjectStaff(scope);
  const [row] = await db
    .select({ project: tables.investmentProjects, parkName: tables.parks.name })
    .from(tables.investmentProjects)
    .innerJoin(tables.parks, eq(tables.parks.id, tables.investmentProjects.parkId))
    .where(and(eq(tables.investmentProjects.id, id), parkVisibility(scope)))
    .limit(1);
  if (!row) throw notFound(`Project ${id}`);
  return { ...row.project, parkName: row.parkName };
};
