import { and, eq } from "drizzle-orm";
import type { TAlertDetail } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { conflict, notFound, validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { alertAssigneeMemberships, alertVisibility } from "../../tenancy/visibility";
import { getAlert } from "./get-alert";

type Status = "open" | "acknowledged" | "resolved";

/** Allowed moves: open → acknowledged → resolved; open → resolved; resolved → open (reopen, with a note). */
const ALLOWED: Readonly<Record<Status, readonly Status[]>> = { open: ["acknowledged", "resolved"], acknowledged: ["resolved", "open"], resolved: ["open"] };

/**
 * POST /api/evaluation/alerts/:id/transition: moves an alert along its lifecycle with a note
 * (required to resolve or reopen), recorded in alert_events and the audit log.
 */
export const transitionAlert = async (ctx: ServiceContext, actor: Actor, id: number, to: Status, note?: string): Promise<TAlertDetail> => {
  const a = tables.alerts;
  if ((to === "resolved" || to === "open") && !note) throw validationError("A note is required", [{ path: "body.note", message: `a note is required to move an alert to ${to}` }]);
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.select({ status: a.status }).from(a).where(and(eq(a.id, id), alertVisibility(actor.scope))).for("update").limit(1);
    if (!row) throw notFound(`Alert ${id}`);
    if (!ALLOWED[row.status].includes(to)) throw conflict(`An alert cannot move from ${row.status} to ${to}`);
    const at = ctx.clock.now().toISOString();
    await tx.update(a).set({ status: to, note: note ?? null, updatedAt: at }).where(eq(a.id, id));
    await tx.insert(tables.alertEvents).values({ alertId: id, fromStatus: row.status, toStatus: to, userId: actor.userId, note: note ?? null, at });
    await recordAudit(tx, { userId: actor.userId, action: "alert.transition", entity: "alert", entityKey: String(id), before: { status: row.status }, after: { status: to, note } });
  });
  return getAlert(ctx, actor.scope, id);
};

/**
 * PUT /api/evaluation/alerts/:id/owner: assigns the alert to a user who can see it (a member of
 * the park or province it is about, alertAssigneeMemberships; GET …/assignees lists them), or
 * clears the owner.
 */
export const assignAlert = async (ctx: ServiceContext, actor: Actor, id: number, ownerUserId: number | null): Promise<TAlertDetail> => {
  const a = tables.alerts;
  const { db } = ctx.database;
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ parkId: a.parkId, provinceCode: a.provinceCode, owner: a.ownerUserId }).from(a).where(and(eq(a.id, id), alertVisibility(actor.scope))).for("update").limit(1);
    if (!row) throw notFound(`Alert ${id}`);
    if (ownerUserId !== null) {
      const m = tables.memberships;
      const [member] = await tx.select({ id: m.id }).from(m).where(and(eq(m.userId, ownerUserId), alertAssigneeMemberships(row))).limit(1);
      if (!member) throw validationError("The owner must be a member of the alert's park or province", [{ path: "body.ownerUserId", message: "not a member of the alert's park or province" }]);
    }
    await tx.update(a).set({ ownerUserId, updatedAt: ctx.clock.now().toISOString() }).where(eq(a.id, id));
    await recordAudit(tx, { userId: actor.userId, action: "alert.assign", entity: "alert", entityKey: String(id), before: { owner: row.owner }, after: { owner: ownerUserId } });
  });
  return getAlert(ctx, actor.scope, id);
};
