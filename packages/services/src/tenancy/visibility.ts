import { and, eq, or, sql, type SQL } from "drizzle-orm";
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

/**
 * A row that carries its tenant's keys, compared with the scope: the province's rows, the park's
 * rows, the enterprise's own.
 */
const byTenantKeys = (scope: TenantScope, keys: { province: AnyPgColumn; park: AnyPgColumn; enterprise: AnyPgColumn }): SQL => {
  switch (scope.kind) {
    case "province":
      return eq(keys.province, scope.provinceCode);
    case "park":
      return eq(keys.park, scope.parkId);
    case "enterprise":
      return eq(keys.enterprise, scope.enterpriseId);
  }
};

export const enterpriseVisibility = (scope: TenantScope): SQL => {
  const e = tables.enterprises;
  return byTenantKeys(scope, { province: e.provinceCode, park: e.parkId, enterprise: e.id });
};

/**
 * Import batches belong to the scope they were made in and to the scopes above it: a park sees
 * the imports made in the park and by its enterprises, a province all imports of its province, an
 * enterprise its own.
 */
export const importBatchVisibility = (scope: TenantScope): SQL => {
  const b = tables.importBatches;
  return byTenantKeys(scope, { province: b.provinceCode, park: b.parkId, enterprise: b.enterpriseId });
};

/**
 * Alerts are the monitoring desk's work list: enterprise accounts have none. An alert carries the
 * province whose recomputation raised it (which evaluates that province's own parks and
 * enterprises only) and the park, for a park or an enterprise in one. Comparing those keys, which
 * the inbox index holds, keeps counting a province's inbox an index-only scan; a correlated
 * EXISTS per alert on its park or enterprise, which this once was, made the planner read the
 * whole table (115 ms against 13 ms at 33,000 open alerts).
 */
export const alertVisibility = (scope: TenantScope): SQL => {
  if (scope.kind === "enterprise") throw forbidden("Alerts are for park and province accounts");
  const a = tables.alerts;
  return byTenantKeys(scope, { province: a.provinceCode, park: a.parkId, enterprise: a.enterpriseId });
};

/**
 * The memberships whose accounts may own an alert: the other side of alertVisibility, those of
 * the alert's province (province admins) and of its park (park admins), never an enterprise's,
 * and only of accounts that are not disabled (they can no longer log in to work on it).
 * assignAlert accepts an owner by it and listAlertAssignees lists by it, so the two cannot differ.
 */
export const alertAssigneeMemberships = (alert: { readonly provinceCode: string; readonly parkId: number | null }): SQL => {
  const m = tables.memberships;
  const province = eq(m.provinceCode, alert.provinceCode);
  const tenant = alert.parkId === null ? province : (or(province, eq(m.parkId, alert.parkId)) ?? province);
  const active = sql`NOT EXISTS (SELECT 1 FROM users disabled_user WHERE disabled_user.id = ${m.userId} AND disabled_user.disabled)`;
  return and(tenant, active) ?? tenant;
};

/**
 * The memberships whose accounts a 链长, or a member of its team, may be linked to: those of the
 * 链长's own tenant (a park's 链长, the park's accounts; a province-level 链长, the province's), never
 * an enterprise's, and only of accounts that are not disabled. The owner's writes accept an account
 * for the 链长 and for each team member by it and listChainOwnerAccounts lists by it, so they
 * cannot differ.
 */
export const chainOwnerAccountMemberships = (owner: { readonly parkId: number | null; readonly provinceCode: string | null }): SQL => {
  const m = tables.memberships;
  const tenant = owner.parkId !== null ? eq(m.parkId, owner.parkId) : owner.provinceCode !== null ? eq(m.provinceCode, owner.provinceCode) : sql`false`;
  const active = sql`NOT EXISTS (SELECT 1 FROM users disabled_user WHERE disabled_user.id = ${m.userId} AND disabled_user.disabled)`;
  return and(tenant, active) ?? tenant;
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
