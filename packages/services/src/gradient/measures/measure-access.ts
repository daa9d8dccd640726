import { and, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import { forbidden, notFound } from "../../errors/app-error";
import type { TenantScope } from "../../tenancy/actor";
import { parkVisibility, provinceRowVisibility, requireVisiblePark } from "../../tenancy/visibility";

const m = tables.supportMeasures;

/**
 * Measures a scope sees: its province's province-wide measures (province and park accounts) and
 * the measures of the parks it sees, both by the tenancy module's own rules.
 */
export const measureVisibility = (db: DbOrTx, scope: TenantScope): SQL | undefined =>
  or(
    and(isNull(m.parkId), provinceRowVisibility(scope, m.provinceCode)),
    inArray(m.parkId, db.select({ id: tables.parks.id }).from(tables.parks).where(parkVisibility(scope))),
  );

/**
 * Where a measure may be written: a park's own measure by an account that sees the park (not an
 * enterprise), a province-wide one by the province's accounts only.
 */
export const requireMeasureTarget = async (db: DbOrTx, scope: TenantScope, parkId: number | null): Promise<{ provinceCode: string; parkId: number | null }> => {
  if (scope.kind === "enterprise") throw forbidden("Support measures are managed by park and province accounts");
  if (parkId === null) {
    if (scope.kind !== "province") throw forbidden("Only province accounts add province-wide measures");
    return { provinceCode: scope.provinceCode, parkId: null };
  }
  const park = await requireVisiblePark(db, scope, parkId);
  return { provinceCode: park.provinceCode, parkId: park.id };
};

/** A measure the scope may change (visible, and at a level it may write), or not_found/forbidden. */
export const requireWritableMeasure = async (db: DbOrTx, scope: TenantScope, id: number) => {
  const [row] = await db
    .select()
    .from(m)
    .where(and(eq(m.id, id), measureVisibility(db, scope)))
    .limit(1);
  if (!row) throw notFound(`Support measure ${id}`);
  await requireMeasureTarget(db, scope, row.parkId);
  return row;
};
