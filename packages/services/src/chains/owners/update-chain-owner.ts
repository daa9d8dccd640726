import { eq } from "drizzle-orm";
import type { TChainOwner, TChainOwnerUpdate } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { recordAudit } from "../../audit/record-audit";
import { requireOwnerAccount, requireOwnerWrite, requireTeamAccounts, requireVisibleOwner } from "./owner-access";
import { presentChainOwner } from "./present-chain-owner";

/** Renames a 链长, links or unlinks its account, or changes the team; audited. */
export const updateChainOwner = async (ctx: ServiceContext, actor: Actor, id: number, input: TChainOwnerUpdate): Promise<TChainOwner> => {
  const { db } = ctx.database;
  const before = await requireVisibleOwner(db, actor.scope, id);
  await requireOwnerWrite(db, actor.scope, before);
  await requireTeamAccounts(db, before, input.team, before.team);
  await requireOwnerAccount(db, before, input.ownerUserId);
  const changes = {
    ...(input.ownerName !== undefined ? { ownerName: input.ownerName } : {}),
    ...(input.ownerTitle !== undefined ? { ownerTitle: input.ownerTitle } : {}),
    ...(input.ownerUserId !== undefined ? { ownerUserId: input.ownerUserId } : {}),
    ...(input.team !== undefined ? { team: input.team } : {}),
  };
  await db.transaction(async (tx) => {
    const [after] = await tx.update(tables.chainOwners).set(changes).where(eq(tables.chainOwners.id, id)).returning();
    await recordAudit(tx, { userId: actor.userId, action: "chain_owner.update", entity: "chain_owner", entityKey: String(id), before, after });
  });
  return presentChainOwner(ctx, actor, id);
};

