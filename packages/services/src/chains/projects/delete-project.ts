import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireParkForWrite } from "../../tenancy/visibility";
import { recordAudit } from "../../audit/record-audit";
import { requireVisibleProject } from "./project-access";

/** Deletes a project entered by mistake (history and actuals go with it); the audit log keeps it. */
export const deleteProject = async (ctx: ServiceContext, actor: Actor, id: number): Promise<void> => {
  const { db } = ctx.database;
  const project = await requireVisibleProject(db, actor.scope, id);
  await requireParkForWrite(db, actor.scope, project.parkId);
  await db.transaction(async (tx) => {
    await tx.delete(tables.investmentProjects).where(eq(tables.investmentProjects.id, id));
    await recordAudit(tx, { userId: actor.userId, action: "project.delete", entity: "investment_project", entityKey: String(id), before: project });
  });
};
