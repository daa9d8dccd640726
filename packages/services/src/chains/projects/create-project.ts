import type { TProjectCreate, TProjectSummary } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireParkForWrite } from "../../tenancy/visibility";
import { recordAudit } from "../../audit/record-audit";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { checkProjectLinks } from "./check-project-links";
import { requireProjectStaff } from "./project-access";
import { presentProjectSummary } from "./present-project";

/**
 * Records a new investment project of a park at an early stage (lead, contacted or
 * negotiating: signing is a transition, because it needs the commitments). The first history
 * row says where it entered the pipeline.
 */
export const createProject = async (ctx: ServiceContext, actor: Actor, input: TProjectCreate): Promise<TProjectSummary> => {
  requireProjectStaff(actor.scope);
  const { db } = ctx.database;
  const park = await requireParkForWrite(db, actor.scope, input.parkId);
  await ensureShippedChainTemplates(ctx.database);
  await checkProjectLinks(db, park.provinceCode, input);
  const now = ctx.clock.now().toISOString();
  const row = await db.transaction(async (tx) => {
    const [project] = await tx
      .insert(tables.investmentProjects)
      .values({
        parkId: park.id,
        name: input.name,
        investorName: input.investorName,
        investorCreditCode: input.investorCreditCode ?? null,
        investorEnterpriseId: input.investorEnterpriseId ?? null,
        templateCode: input.templateCode ?? null,
        segmentKey: input.segmentKey ?? null,
        industryCode: input.industryCode ?? null,
        stage: input.stage,
        ownerUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!project) throw new Error("project insert returned nothing");
    await tx.insert(tables.projectStageHistory).values({ projectId: project.id, fromStage: null, toStage: input.stage, note: input.note ?? null, userId: actor.userId, at: now });
    await recordAudit(tx, { userId: actor.userId, action: "project.create", entity: "investment_project", entityKey: String(project.id), after: project });
    return project;
  });
  return presentProjectSummary({ ...row, parkName: park.name }, []);
};
