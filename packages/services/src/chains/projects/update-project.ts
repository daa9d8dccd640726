import { eq } from "drizzle-orm";
import type { TProjectSummary, TProjectUpdate } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireParkForWrite } from "../../tenancy/visibility";
import { recordAudit } from "../../audit/record-audit";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { checkProjectLinks } from "./check-project-links";
import { requireVisibleProject } from "./project-access";
import { presentProjectSummary } from "./present-project";

type ProjectInsert = typeof tables.investmentProjects.$inferInsert;

/** Maps commitment fields of the API onto their columns. */
export const commitmentColumns = (c: NonNullable<TProjectUpdate["commitments"]>): Partial<ProjectInsert> => {
  const out: Partial<ProjectInsert> = {};
  if (c.investment !== undefined) out.committedInvestment = c.investment;
  if (c.landMu !== undefined) out.committedLandMu = c.landMu;
  if (c.annualOutput !== undefined) out.committedAnnualOutput = c.annualOutput;
  if (c.annualTax !== undefined) out.committedAnnualTax = c.annualTax;
  if (c.jobs !== undefined) out.committedJobs = c.jobs;
  if (c.signedOn !== undefined) out.signedOn = c.signedOn;
  if (c.productionDueOn !== undefined) out.productionDueOn = c.productionDueOn;
  return out;
};

/**
 * Edits a project's description, links or commitments (the stage changes only by transition).
 * Commitments may be corrected after signing, since contracts get amended; every change is
 * audited with before and after.
 */
export const updateProject = async (ctx: ServiceContext, actor: Actor, id: number, input: TProjectUpdate): Promise<TProjectSummary> => {
  const { db } = ctx.database;
  const before = await requireVisibleProject(db, actor.scope, id);
  const park = await requireParkForWrite(db, actor.scope, before.parkId);
  await ensureShippedChainTemplates(ctx.database);
  const templateCode = input.templateCode === undefined ? before.templateCode : input.templateCode;
  const segmentKey = input.segmentKey === undefined ? before.segmentKey : input.segmentKey;
  await checkProjectLinks(db, park.provinceCode, { templateCode, segmentKey, industryCode: input.industryCode });
  const changes: Partial<ProjectInsert> = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.investorName !== undefined ? { investorName: input.investorName } : {}),
    ...(input.templateCode !== undefined ? { templateCode: input.templateCode } : {}),
    ...(input.segmentKey !== undefined ? { segmentKey: input.segmentKey } : {}),
    ...(input.industryCode !== undefined ? { industryCode: input.industryCode } : {}),
    ...(input.commitments ? commitmentColumns(input.commitments) : {}),
    updatedAt: ctx.clock.now().toISOString(),
  };
  const row = await db.transaction(async (tx) => {
    const [after] = await tx.update(tables.investmentProjects).set(changes).where(eq(tables.investmentProjects.id, id)).returning();
    if (!after) throw new Error("project update returned nothing");
    await recordAudit(tx, { userId: actor.userId, action: "project.update", entity: "investment_project", entityKey: String(id), before, after });
    return after;
  });
  const actuals = await db.select().from(tables.projectActuals).where(eq(tables.projectActuals.projectId, id));
  return presentProjectSummary({ ...row, parkName: before.parkName }, actuals);
};
