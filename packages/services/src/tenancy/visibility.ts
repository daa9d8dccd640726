import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { tables } from "@parkpilot/db";
import type { TenantScope } from "./actor";
import { forbidden, notFound } from "../errors/app-error";
import type { DbOrTx } from "@parkpilot/db";

/**
 * THE place where tenancy is enforced. Every service that reads or writes parks, enterprises
 * or their data builds its WHERE clause from these functions or calls the assert* guards;
 * nothing else decides who sees what. Tests in packages/services/test/tenancy.test.ts and the
 * API tests prove that no route reads or writes outside the scope.
 *
 * Rows outside the scope are reported as "not found" (404), so their existence does not leak.
 */
export const parkVisibility = (scope: TenantScope): SQL => {
  switch (scope.kind) {
    case "province":
      return eq(tables.parks.provinceCode, scope.provinceCode);
    case "park":
      return eq(tables.parks.id, scope.parkId);
    case "enterprise":
      // An enterprise user sees the park it belongs to (its profile), nothing else.
      return scope.parkId === null ? sql`false` : eq(tables.parks.id, scope.parkId);
  }
};

export const enterpriseVisibility = (scope: TenantScope): SQL => {
  switch (scope.kind) {
    case "province":
      return eq(tables.enterprises.provinceCode, scope.provinceCode);
    case "park":
      return eq(tables.enterprises.parkId, scope.parkId);
    case "enterprise":
      return eq(tables.enterprises.id, scope.enterpriseId);
  }
};

/** Loads an enterprise the scope can see, or throws not_found. */
export const requireVisibleEnterprise = async (db: DbOrTx, scope: TenantScope, enterpriseId: number) => {
  const [row] = await db
    .select()
    .from(tables.enterprises)
    .where(and(eq(tables.enterprises.id, enterpriseId), enterpriseVisibility(scope)))
    .limit(1);
  if (!row) throw notFound(`Enterprise ${enterpriseId}`);
  return row;
};

/** Loads a park the scope can see, or throws not_found. */
export const requireVisiblePark = async (db: DbOrTx, scope: TenantScope, parkId: number) => {
  const [row] = await db
    .select()
    .from(tables.parks)
    .where(and(eq(tables.parks.id, parkId), parkVisibility(scope)))
    .limit(1);
  if (!row) throw notFound(`Park ${parkId}`);
  return row;
};

/** Parks into which the scope may place or move enterprises (park and province admins only). */
export const requireParkForWrite = async (db: DbOrTx, scope: TenantScope, parkId: number) => {
  if (scope.kind === "enterprise") throw forbidden("Enterprise accounts cannot manage park membership");
  return requireVisiblePark(db, scope, parkId);
};

/**
 * Rows that belong to a province as a whole (its chain-template versions, its province-level
 * 链长): read by the province's accounts and by the accounts of its parks, never by enterprises.
 * Writing them is for the province's own accounts (requireProvinceScope).
 */
export const provinceRowVisibility = (scope: TenantScope, provinceColumn: AnyPgColumn): SQL =>
  scope.kind === "enterprise" ? sql`false` : eq(provinceColumn, scope.provinceCode);

/** A province as a whole (its aggregate map, its own rows) is acted on only by that province's accounts. */
export const requireProvinceScope = (scope: TenantScope, provinceCode: string): void => {
  if (scope.kind !== "province" || scope.provinceCode !== provinceCode) throw notFound(`Province ${provinceCode}`);
};
