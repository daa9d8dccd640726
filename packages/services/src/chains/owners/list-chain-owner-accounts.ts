import { asc } from "drizzle-orm";
import type { TChainOwnerAccount } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { qualifiedAccounts } from "../../tenancy/qualified-accounts";
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
  const u = tables.users;
  return { items: await qualifiedAccounts(db, chainOwnerAccountMemberships(owner), owner.provinceCode, [asc(u.displayName), asc(u.id)]) };
};
