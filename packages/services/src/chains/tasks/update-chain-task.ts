import { eq } from "drizzle-orm";
import type { TChainTask, TChainTaskUpdate } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { recordAudit } from "../../audit/record-audit";
import { chinaToday } from "../map/chain-year";
import { requireOwnerWrite } from "../owners/owner-access";
import { presentTask } from "./list-chain-tasks";
import { requireVisibleTask } from "./require-visible-task";

/** Updates a task (status, deadline, wording); audited. */
export const updateChainTask = async (ctx: ServiceContext, actor: Actor, id: number, input: TChainTaskUpdate): Promise<TChainTask> => {
  const { db } = ctx.database;
  const { task: before, owner } = await requireVisibleTask(db, actor.scope, id);
  await requireOwnerWrite(db, actor.scope, owner);
  const changes = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.detail !== undefined ? { detail: input.detail } : {}),
    ...(input.assigneeName !== undefined ? { assigneeName: input.assigneeName } : {}),
    ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    updatedAt: ctx.clock.now().toISOString(),
  };
  const row = await db.transaction(async (tx) => {
    const [after] = await tx.update(tables.chainTasks).set(changes).where(eq(tables.chainTasks.id, id)).returning();
    if (!after) throw new Error("task update returned nothing");
    await recordAudit(tx, { userId: actor.userId, action: "chain_task.update", entity: "chain_task", entityKey: String(id), before, after });
    return after;
  });
  return presentTask(row, owner, chinaToday(ctx.clock));
};
