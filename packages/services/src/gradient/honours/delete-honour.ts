import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../tenancy/actor";
import { requireHonourWriter, requireVisibleHonour } from "./honour-access";

const h = tables.enterpriseHonours;

/** Removes a grant recorded in error (audited with its content). */
export const deleteHonour = async (ctx: ServiceContext, actor: Actor, id: number): Promise<void> => {
  requireHonourWriter(actor.scope);
  await ctx.database.db.transaction(async (tx) => {
    const before = await requireVisibleHonour(tx, actor.scope, id);
    await tx.delete(h).where(eq(h.id, id));
    await recordAudit(tx, { userId: actor.userId, action: "delete", entity: "enterprise_honour", entityKey: String(id), before });
  });
};
