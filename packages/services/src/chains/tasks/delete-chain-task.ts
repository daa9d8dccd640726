import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { recordAudit } from "../../audit/record-audit";
import { requireOwnerWrite } from "../owners/owner-access";
import { requireVisibleTask } from "./require-visible-task";

export const deleteChainTask = async (ctx: ServiceContext, actor: Actor, id: number): Promise<void> => {
  const { db } = ctx.database;
  const { task, owner } = await requireVisibleTask(db, actor.scope, id);
  await requireOwnerWrite(db, actor.scope, owner);
  await db.transaction(async (tx) => {
    await tx.delete(tables.chainTasks).where(eq(tables.chainTasks.id, id));
    await recordAudit(tx, { userId: actor.userId, action: "chain_task.delete", entity: "chain_task", entityKey: String(id), before: task });
  });
};
