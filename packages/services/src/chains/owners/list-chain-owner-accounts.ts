import { asc, eq } from "drizzle-orm";
import type { TChainOwnerAccount } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { chainOwnerAccountMemberships } from "../../tenancy/visibility";
import { requireOwnerWrite, requireVisibleOwner } from "./owner-access";

/**
 * GET /api/chains/owners/:id/accounts: the accounts the 链长 may be linked to, by the rule its
 * update enforces (chainOwnerAccountMemberships), for an account that may change the 链长 (404 out
 * of scope, 403 to enterprises and to a park account for a province-level 链长). Each account once,
 * with the name of the tenant that qualifies it.
 */
export const listChainOwnerAccounts = async (ctx: ServiceContext, actor: Actor, id: number): Promise<{ items: TChainOwnerAccount[] }> => {
  const { db } = ctx.database;
  const owner = await requireVisibleOwner(db, actor.scope, id);
  await requireOwnerWrite(db, actor.scope, owner);
  const m = tables.memberships;
  const u = tables.users;
  const [members, [province]] = await Promise.all([
    db
      .select({ id: u.id, displayName: u.displayName, role: m.role, parkName: tables.parks.name })
      .from(m)
      .innerJoin(u, eq(u.id, m.userId))
      .leftJoin(tables.parks, eq(tables.parks.id, m.parkId))
      .where(chainOwnerAccountMemberships(owner))
      .orderBy(asc(u.displayName), asc(u.id)),
    owner.provinceCode === null ? [] : db.select({ name: tables.regions.name }).from(tables.regions).where(eq(tables.regions.code, `${owner.provinceCode}0000`)),
  ]);
  const items = new Map<number, TChainOwnerAccount>();
  for (const r of members) {
    if (!items.has(r.id)) items.set(r.id, { id: r.id, displayName: r.displayName, role: r.role, tenantName: r.parkName ?? province?.name ?? owner.provinceCode ?? "" });
  }
  return { items: [...items.values()] };
};
