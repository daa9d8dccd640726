import { and, eq, gte, lte } from "drizzle-orm";
import { visitWarnings, type VisitWarning } from "@parkpilot/core";
import type { TVisit, TVisitInput } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { recordAudit } from "../../audit/record-audit";
import { shippedChainFiles } from "../files/load-chain-files";
import { presentVisit } from "./list-visits";
import { requireVisitStaff } from "./visit-access";

const shiftDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Logs a visit to an enterprise in the shared log and answers with a warning for every visit
 * another team made to the same enterprise within the window (30 days by policy), so that teams
 * learn of each other before the enterprise is visited twice. The visit is recorded either way:
 * the warning informs, it does not forbid.
 */
export const recordVisit = async (ctx: ServiceContext, actor: Actor, enterpriseId: number, input: TVisitInput): Promise<{ visit: TVisit; warnings: VisitWarning[] }> => {
  requireVisitStaff(actor.scope);
  const { db } = ctx.database;
  const enterprise = await requireVisibleEnterprise(db, actor.scope, enterpriseId);
  const window = shippedChainFiles().policy.projects.visitWindowDays;
  const v = tables.enterpriseVisits;
  const nearby = await db
    .select({ id: v.id, enterpriseId: v.enterpriseId, team: v.team, visitedOn: v.visitedOn })
    .from(v)
    .where(and(eq(v.enterpriseId, enterpriseId), gte(v.visitedOn, shiftDays(input.visitedOn, -window)), lte(v.visitedOn, shiftDays(input.visitedOn, window))));
  const warnings = visitWarnings({ enterpriseId, team: input.team, visitedOn: input.visitedOn }, nearby, window);
  const row = await db.transaction(async (tx) => {
    const [visit] = await tx
      .insert(v)
      .values({
        enterpriseId,
        visitedOn: input.visitedOn,
        team: input.team,
        purpose: input.purpose,
        notes: input.notes ?? null,
        followUpOn: input.followUpOn ?? null,
        userId: actor.userId,
        createdAt: ctx.clock.now().toISOString(),
      })
      .returning();
    if (!visit) throw new Error("visit insert returned nothing");
    await recordAudit(tx, { userId: actor.userId, action: "enterprise_visit.create", entity: "enterprise_visit", entityKey: String(visit.id), after: visit });
    return visit;
  });
  return { visit: presentVisit(row, enterprise.name, actor.displayName), warnings };
};
