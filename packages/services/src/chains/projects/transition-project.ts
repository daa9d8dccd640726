import { and, eq } from "drizzle-orm";
import { checkTransition } from "@parkpilot/core";
import type { TProjectDetail, TProjectTransition } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireParkForWrite } from "../../tenancy/visibility";
import { conflict, validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { chinaToday } from "../map/chain-year";
import { requireVisibleProject } from "./project-access";
import { commitmentColumns } from "./update-project";
import { commitmentsOf } from "./present-project";
import { getProject } from "./get-project";

/**
 * Moves a project along the pipeline. The state machine of core decides what is legal (no
 * skipping, signing needs every commitment, a loss needs its reason); commitments given with
 * the move are saved with it. Stage, history row and audit are written in one transaction,
 * guarded against a concurrent move (the stage must still be the one the check saw).
 */
export const transitionProject = async (ctx: ServiceContext, actor: Actor, id: number, input: TProjectTransition): Promise<TProjectDetail> => {
  const { db } = ctx.database;
  const project = await requireVisibleProject(db, actor.scope, id);
  await requireParkForWrite(db, actor.scope, project.parkId);
  const given = input.commitments ? commitmentColumns(input.commitments) : {};
  const merged = { ...project, ...given };
  const problems = checkTransition({ from: project.stage, to: input.to, commitments: commitmentsOf(merged), lostReason: input.lostReason ?? null });
  if (problems.length > 0) throw validationError(problems[0]?.message ?? "Transition not allowed", problems.map((p) => ({ path: p.field, message: p.message })));
  const now = ctx.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const changes = {
      ...given,
      stage: input.to,
      updatedAt: now,
      ...(input.to === "signed" && !merged.signedOn ? { signedOn: chinaToday(ctx.clock) } : {}),
      ...(input.to === "lost" ? { lostReason: input.lostReason?.trim() ?? null } : {}),
    };
    const updated = await tx
      .update(tables.investmentProjects)
      .set(changes)
      .where(and(eq(tables.investmentProjects.id, id), eq(tables.investmentProjects.stage, project.stage)))
      .returning({ id: tables.investmentProjects.id });
    if (updated.length === 0) throw conflict("The project changed meanwhile; reload and try again");
    await tx.insert(tables.projectStageHistory).values({ projectId: id, fromStage: project.stage, toStage: input.to, note: input.note ?? input.lostReason ?? null, userId: actor.userId, at: now });
    await recordAudit(tx, {
      userId: actor.userId,
      action: "project.transition",
      entity: "investment_project",
      entityKey: String(id),
      before: { stage: project.stage },
      after: changes,
    });
  });
  return getProject(ctx, actor.scope, id);
};
