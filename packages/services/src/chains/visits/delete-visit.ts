import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { recordAudit } from "../../audit/record-audit";
import { requireVisibleVisit } from "./visit-access";

/** Deletes a visit logged by mistake; the audit log keeps what was deleted. */
export const deleteVisit = async (ctx: ServiceContext, actor: Actor, id: number): Promise<void> => {
  const { db } = ctx.database;
  const { visit } = await requireVisibleVisit(db, actor.scope, id);
  await db.transaction(async (tx) => {
    await tx.delete(tables.enterpriseVisits).where(eq(tables.enterpriseVisits.id, id));
    await recordAudit(tx, { userId: actor.userId, action: "enterprise_visit.delete", entity: "enterprise_visit", entityKey: String(id), before: visit });
  });
};
