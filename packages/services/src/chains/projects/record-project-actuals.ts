import { and, eq } from "drizzle-orm";
import type { TProjectActualsInput, TProjectDetail } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireParkForWrite } from "../../tenancy/visibility";
import { validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { requireVisibleProject } from "./project-access";
import { getProject } from "./get-project";

const TRACKED = new Set(["signed", "under_construction", "producing"]);

/**
 * Records what a signed project actually invested, produced, paid and employed in a year; only
 * the fields given change (null clears one). Only signed projects have commitments to be held
 * to; the year must not be before signing.
 */
export const recordProjectActuals = async (ctx: ServiceContext, actor: Actor, id: number, year: number, input: TProjectActualsInput): Promise<TProjectDetail> => {
  const { db } = ctx.database;
  const project = await requireVisibleProject(db, actor.scope, id);
  await requireParkForWrite(db, actor.scope, project.parkId);
  if (!TRACKED.has(project.stage)) throw validationError("Actuals are recorded for signed projects", [{ path: "stage", message: `project is ${project.stage}` }]);
  const signedYear = project.signedOn ? Number(project.signedOn.slice(0, 4)) : null;
  if (signedYear !== null && year < signedYear) throw validationError("Year before signing", [{ path: "year", message: `signed in ${signedYear}` }]);
  const values: { investment?: number | null; output?: number | null; tax?: number | null; jobs?: number | null } = {};
  if (input.investment !== undefined) values.investment = input.investment;
  if (input.output !== undefined) values.output = input.output;
  if (input.tax !== undefined) values.tax = input.tax;
  if (input.jobs !== undefined) values.jobs = input.jobs;
  if (Object.keys(values).length === 0) throw validationError("Nothing to record", [{ path: "body", message: "give at least one of investment, output, tax, jobs" }]);
  const a = tables.projectActuals;
  const now = ctx.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(a).where(and(eq(a.projectId, id), eq(a.year, year))).limit(1);
    const [after] = await tx
      .insert(a)
      .values({ projectId: id, year, ...values, recordedBy: actor.userId, recordedAt: now })
      .onConflictDoUpdate({ target: [a.projectId, a.year], set: { ...values, recordedBy: actor.userId, recordedAt: now } })
      .returning();
    await recordAudit(tx, { userId: actor.userId, action: "project.actuals", entity: "project_actuals", entityKey: `${id}:${year}`, before: before ?? null, after });
  });
  return getProject(ctx, actor.scope, id);
};
