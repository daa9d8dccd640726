import { and, eq, sql, type SQL } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { parkVisibility, provinceRowVisibility, requireParkForWrite, requireProvinceScope } from "../../tenancy/visibility";
import { forbidden, notFound } from "../../errors/app-error";

export type OwnerRow = typeof tables.chainOwners.$inferSelect;

/**
 * 链长 of a park are visible where the park is; province-level 链长 (no park) are visible to the
 * province and its parks (their tasks concern the parks), written only by the province.
 */
export const ownerVisibility = (scope: TenantScope): SQL => {
  const o = tables.chainOwners;
  return sql`((${o.parkId} IS NOT NULL AND ${o.parkId} IN (SELECT ${tables.parks.id} FROM ${tables.parks} WHERE ${parkVisibility(scope)}))
           OR (${o.parkId} IS NULL AND ${provinceRowVisibility(scope, o.provinceCode)}))`;
};

export const requireChainTeamStaff = (scope: TenantScope): void => {
  if (scope.kind === "enterprise") throw forbidden("链长制 is for park and province accounts");
};

export const requireVisibleOwner = async (db: DbOrTx, scope: TenantScope, id: number): Promise<OwnerRow> => {
  requireChainTeamStaff(scope);
  const [row] = await db.select().from(tables.chainOwners).where(and(eq(tables.chainOwners.id, id), ownerVisibility(scope))).limit(1);
  if (!row) throw notFound(`Chain owner ${id}`);
  return row;
};

/** Park-level rows: the park's and its province's accounts; province-level rows: the province's. */
export const requireOwnerWrite = async (db: DbOrTx, scope: TenantScope, owner: Pick<OwnerRow, "parkId" | "provinceCode">): Promise<void> => {
  if (owner.parkId !== null) {
    await requireParkForWrite(db, scope, owner.parkId);
    return;
  }
  if (scope.kind === "park") throw forbidden("Province-level 链长 are managed by the province");
  requireProvinceScope(scope, owner.provinceCode ?? "");
};
