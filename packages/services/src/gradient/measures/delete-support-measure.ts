import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../tenancy/actor";
import { requireWritableMeasure } from "./measure-access";

/** Removes a support measure the actor may write; audited with its content. */
export const deleteSupportMeasure = async (ctx: ServiceContext, actor: Actor, id: number): Promise<void> => {
  await ctx.database.db.transaction(async (tx) => {
    const before = await requireWritableMeasure(tx, actor.scope, id);
    await tx.delete(tables.supportMeasures).where(eq(tables.supportMeasures.id, id));
    await recordAudit(tx, { userId: actor.userId, action: "delete", entity: "support_measure", entityKey: String(id), before });
  });
};
