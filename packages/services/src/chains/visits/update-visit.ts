import { eq } from "drizzle-orm";
import type { TVisit, TVisitUpdate } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { recordAudit } from "../../audit/record-audit";
import { presentVisit } from "./list-visits";
import { requireVisibleVisit } from "./visit-access";

/**
 * Corrects a logged visit (date, team, purpose, notes, follow-up date; an emptied notes or
 * follow-up date is removed). The enterprise and who logged it stay; audited with before and after.
 */
export const updateVisit = async (ctx: ServiceContext, actor: Actor, id: number, input: TVisitUpdate): Promise<TVisit> => {
  const { db } = ctx.database;
  const { visit: before, enterpriseName, userName } = await requireVisibleVisit(db, actor.scope, id);
  const changes = {
    ...(input.visitedOn !== undefined ? { visitedOn: input.visitedOn } : {}),
    ...(input.team !== undefined ? { team: input.team } : {}),
    ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.followUpOn !== undefined ? { followUpOn: input.followUpOn } : {}),
  };
  const row = await db.transaction(async (tx) => {
    const [after] = Object.keys(changes).length === 0 ? [before] : await tx.update(tables.enterpriseVisits).set(changes).where(eq(tables.enterpriseVisits.id, id)).returning();
    if (!after) throw new Error("visit update returned nothing");
    await recordAudit(tx, { userId: actor.userId, action: "enterprise_visit.update", entity: "enterprise_visit", entityKey: String(id), before, after });
    return after;
  });
  return presentVisit(row, enterpriseName, userName);
};
