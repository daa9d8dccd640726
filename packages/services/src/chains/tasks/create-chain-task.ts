import type { TChainTask, TChainTaskInput } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { recordAudit } from "../../audit/record-audit";
import { chinaToday } from "../map/chain-year";
import { requireOwnerWrite, requireVisibleOwner } from "../owners/owner-access";
import { presentTask } from "./list-chain-tasks";

/** Gives a 链长's team a task with an optional deadline. */
export const createChainTask = async (ctx: ServiceContext, actor: Actor, chainOwnerId: number, input: TChainTaskInput): Promise<TChainTask> => {
  const { db } = ctx.database;
  const owner = await requireVisibleOwner(db, actor.scope, chainOwnerId);
  await requireOwnerWrite(db, actor.scope, owner);
  const now = ctx.clock.now().toISOString();
  const row = await db.transaction(async (tx) => {
    const [task] = await tx
      .insert(tables.chainTasks)
      .values({ chainOwnerId, title: input.title, detail: input.detail ?? null, assigneeName: input.assigneeName ?? null, dueOn: input.dueOn ?? null, createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning();
    if (!task) throw new Error("task insert returned nothing");
    await recordAudit(tx, { userId: actor.userId, action: "chain_task.create", entity: "chain_task", entityKey: String(task.id), after: task });
    return task;
  });
  return presentTask(row, owner, chinaToday(ctx.clock));
};
