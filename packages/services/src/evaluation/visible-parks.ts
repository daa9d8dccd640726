import { and, asc, eq, type SQL } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../tenancy/actor";
import { parkVisibility } from "../tenancy/visibility";
import { forbidden } from "../errors/app-error";

export interface VisiblePark {
  readonly id: number;
  readonly name: string;
  readonly provinceCode: string;
  readonly regionCode: string | null;
}

/**
 * The parks of a province the scope may see (all of them for the province's admin, its own
 * for a park admin), filtered through parkVisibility so tenancy stays in one place.
 */
export const visibleParks = async (db: DbOrTx, scope: TenantScope, extra?: SQL): Promise<VisiblePark[]> =>
  db
    .select({ id: tables.parks.id, name: tables.parks.name, provinceCode: tables.parks.provinceCode, regionCode: tables.parks.regionCode })
    .from(tables.parks)
    .where(extra ? and(parkVisibility(scope), extra) : parkVisibility(scope))
    .orderBy(asc(tables.parks.id));

/** Province-wide views (rankings, homogeneity) compare parks with one another: province accounts only. */
export const requireProvinceScope = (scope: TenantScope, provinceCode?: string): string => {
  if (scope.kind !== "province") throw forbidden("Province-wide comparisons are for province accounts");
  if (provinceCode !== undefined && provinceCode !== scope.provinceCode) throw forbidden("Another province's parks are not visible to this account");
  return scope.provinceCode;
};

/** Park aggregates are for park and province accounts, not enterprise accounts. */
export const requireParkReader = (scope: TenantScope): void => {
  if (scope.kind === "enterprise") throw forbidden("Park aggregates are for park and province accounts");
};

export const parksOfProvince = async (db: DbOrTx, provinceCode: string): Promise<VisiblePark[]> =>
  visibleParks(db, { kind: "province", provinceCode }, eq(tables.parks.provinceCode, provinceCode));
