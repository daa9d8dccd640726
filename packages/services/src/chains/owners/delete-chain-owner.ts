import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { recordAudit } from "../../audit/record-audit";
import { requireOwnerWrite, requireVisibleOwner } from "./owner-access";

/** Removes a 链长 with its tasks; the audit log keeps what was removed. */
export const deleteChainOwner = async (ctx: ServiceContext, actor: Actor, id: number): Promise<void> => {
  const { db } = ctx.database;
  const before = await requireVisibleOwner(db, actor.scope, id);
  await requireOwnerWrite(db, actor.scope, before);
  await db.transaction(async (tx) => {
    await tx.delete(tables.chainOwners).where(eq(tables.chainOwners.id, id));
    await recordAudit(tx, { userId: actor.userId, action: "chain_owner.delete", entity: "chain_owner", entityKey: String(id), before });
  });
};
