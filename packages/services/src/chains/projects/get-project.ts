import { asc, eq } from "drizzle-orm";
import { projectPerMu } from "@parkpilot/core";
import { ZProjectStage, type TProjectDetail } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisibleProject } from "./project-access";
import { parkIntensityBenchmark } from "./park-intensity";
import { presentProjectSummary, reviewActuals } from "./present-project";

/**
 * A project with its stage history, actuals against commitments (shortfall per metric and year)
 * and the projected per-mu class of its commitments against the park's medians.
 */
export const getProject = async (ctx: ServiceContext, scope: TenantScope, id: number): Promise<TProjectDetail> => {
  const { db } = ctx.database;
  const project = await requireVisibleProject(db, scope, id);
  const h = tables.projectStageHistory;
  const history = await db
    .select({ fromStage: h.fromStage, toStage: h.toStage, note: h.note, at: h.at, userName: tables.users.displayName })
    .from(h)
    .leftJoin(tables.users, eq(tables.users.id, h.userId))
    .where(eq(h.projectId, id))
    .orderBy(asc(h.at), asc(h.id));
  const actuals = await db.select().from(tables.projectActuals).where(eq(tables.projectActuals.projectId, id)).orderBy(asc(tables.projectActuals.year));
  const review = reviewActuals(project, actuals);
  const benchmark = await parkIntensityBenchmark(ctx.database, project.parkId);
  const perMu = projectPerMu({ annualTax: project.committedAnnualTax, annualOutput: project.committedAnnualOutput, landMu: project.committedLandMu }, benchmark);
  return {
    ...presentProjectSummary(project, actuals),
    history: history.map((r) => ({
      fromStage: r.fromStage === null ? null : ZProjectStage.parse(r.fromStage),
      toStage: ZProjectStage.parse(r.toStage),
      note: r.note,
      userName: r.userName,
      at: r.at,
    })),
    actuals: actuals.map((a) => ({ year: a.year, investment: a.investment, output: a.output, tax: a.tax, jobs: a.jobs })),
    review: { firstDueYear: review.firstDueYear, shortfall: review.shortfall, checks: review.checks.map((c) => ({ ...c })) },
    perMu,
  };
};
