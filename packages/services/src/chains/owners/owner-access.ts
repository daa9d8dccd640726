import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { chainOwnerAccountMemberships, parkVisibility, provinceRowVisibility, requireParkForWrite, requireProvinceScope } from "../../tenancy/visibility";
import { forbidden, notFound, validationError } from "../../errors/app-error";

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

/**
 * A team member linked to an account must name an active account of the 链长's own park or
 * province, by the rule the 链长's own account follows (chainOwnerAccountMemberships). A link the
 * team already holds (`kept`, the stored team's accounts on an update) stays acceptable, so that
 * changing the team is not refused for a member linked before to an account since disabled.
 */
export const requireTeamAccounts = async (
  db: DbOrTx,
  owner: Pick<OwnerRow, "parkId" | "provinceCode">,
  team: readonly { userId?: number | undefined }[] | undefined,
  kept: readonly { userId?: number | undefined }[] = [],
): Promise<void> => {
  const keptIds = new Set(kept.flatMap((m) => (m.userId === undefined ? [] : [m.userId])));
  const ids = [...new Set((team ?? []).flatMap((m) => (m.userId === undefined || keptIds.has(m.userId) ? [] : [m.userId])))];
  if (ids.length === 0) return;
  const m = tables.memberships;
  const rows = await db.selectDistinct({ id: m.userId }).from(m).where(and(inArray(m.userId, ids), chainOwnerAccountMemberships(owner)));
  const linkable = new Set([...keptIds, ...rows.map((r) => r.id)]);
  const tenant = owner.parkId === null ? "province" : "park";
  const issues = (team ?? []).flatMap((member, i) =>
    member.userId !== undefined && !linkable.has(member.userId) ? [{ path: `team.${i}.userId`, message: `no active account ${member.userId} of the 链长's ${tenant}` }] : [],
  );
  if (issues.length > 0) throw validationError("Unknown account in the team", issues);
};

/** A 链长 linked to an account must name an active account of the 链长's own park or province (chainOwnerAccountMemberships). */
export const requireOwnerAccount = async (db: DbOrTx, owner: Pick<OwnerRow, "parkId" | "provinceCode">, userId: number | null | undefined): Promise<void> => {
  if (userId === null || userId === undefined) return;
  const m = tables.memberships;
  const [member] = await db.select({ id: m.id }).from(m).where(and(eq(m.userId, userId), chainOwnerAccountMemberships(owner))).limit(1);
  if (!member) throw validationError("Unknown account", [{ path: "ownerUserId", message: `no active account ${userId} of the 链长's ${owner.parkId === null ? "province" : "park"}` }]);
};
