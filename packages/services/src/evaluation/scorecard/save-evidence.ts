import { and, eq } from "drizzle-orm";
import { EVIDENCE_MAX_BYTES, type TEvidence, type TEvidenceBody, type TEvidenceReviewBody } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { AppError, forbidden, notFound, validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { scorecardFor } from "./scorecard-def";

const checklistItem = (year: number, itemKey: string) => {
  const def = scorecardFor(year);
  const item = def.dimensions.flatMap((d) => d.orientations.flatMap((o) => o.items)).find((i) => i.id === itemKey);
  if (!item) throw notFound(`Scorecard item ${itemKey}`);
  if (item.kind !== "checklist") throw validationError(`${itemKey} is scored from data, not from evidence`, [{ path: "params.itemKey", message: "not a checklist item" }]);
  return item;
};

const requireWriter = async (ctx: ServiceContext, actor: Actor, parkId: number) => {
  if (actor.scope.kind === "enterprise") throw forbidden("Evidence is filed by the park or the province");
  return requireVisiblePark(ctx.database.db, actor.scope, parkId);
};

/**
 * PUT /api/evaluation/scorecard/parks/:id/evidence/:itemKey: files (or replaces) the evidence of a
 * checklist item for a year: a note and optionally a small attachment (base64, ≤ 512 KB decoded).
 */
export const saveScorecardEvidence = async (ctx: ServiceContext, actor: Actor, parkId: number, itemKey: string, body: TEvidenceBody): Promise<TEvidence> => {
  await requireWriter(ctx, actor, parkId);
  checklistItem(body.year, itemKey);
  const bytes = body.attachment ? Buffer.from(body.attachment.base64, "base64").length : null;
  if (bytes !== null && bytes > EVIDENCE_MAX_BYTES) throw new AppError("payload_too_large", `Attachment is ${bytes} bytes; the limit is ${EVIDENCE_MAX_BYTES}`);
  const at = ctx.clock.now().toISOString();
  // A park's evidence is its claim, reviewed by the province before it scores (filed again, it is
  // reviewed again); the province's own is its judgment, accepted as filed.
  const byProvince = actor.scope.kind === "province";
  const values = {
    parkId,
    year: body.year,
    itemKey,
    note: body.note,
    attachmentName: body.attachment?.name ?? null,
    attachmentType: body.attachment?.type ?? null,
    attachment: body.attachment?.base64 ?? null,
    createdBy: actor.userId,
    createdAt: at,
    reviewStatus: byProvince ? ("accepted" as const) : ("submitted" as const),
    reviewNote: null,
    reviewedBy: byProvince ? actor.userId : null,
    reviewedAt: byProvince ? at : null,
  };
  const row = await ctx.database.db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(tables.scorecardEvidence)
      .values(values)
      .onConflictDoUpdate({ target: [tables.scorecardEvidence.parkId, tables.scorecardEvidence.year, tables.scorecardEvidence.itemKey], set: values })
      .returning();
    if (!saved) throw new Error("evidence upsert returned no row");
    await recordAudit(tx, { userId: actor.userId, action: "scorecard_evidence.save", entity: "scorecard_evidence", entityKey: `${parkId}:${body.year}:${itemKey}`, after: { note: body.note, attachmentName: values.attachmentName, bytes } });
    return saved;
  });
  return {
    id: row.id,
    itemKey,
    year: body.year,
    note: row.note,
    attachmentName: row.attachmentName,
    attachmentType: row.attachmentType,
    attachmentBytes: bytes,
    createdAt: values.createdAt,
    review: { status: values.reviewStatus, note: null, at: values.reviewedAt, reviewer: byProvince ? actor.displayName : null },
  };
};

/**
 * PUT …/evidence/:itemKey/review: the province accepts a park's evidence (the item scores) or
 * returns it with the reason (it scores nothing until filed again). Province accounts only, of
 * the park's province; the review is audited with the evidence it judged.
 */
export const reviewScorecardEvidence = async (ctx: ServiceContext, actor: Actor, parkId: number, itemKey: string, body: TEvidenceReviewBody): Promise<void> => {
  if (actor.scope.kind !== "province") throw forbidden("Evidence is reviewed by the province");
  await requireVisiblePark(ctx.database.db, actor.scope, parkId);
  checklistItem(body.year, itemKey);
  const e = tables.scorecardEvidence;
  const status = body.decision === "accept" ? ("accepted" as const) : ("returned" as const);
  await ctx.database.db.transaction(async (tx) => {
    const [reviewed] = await tx
      .update(e)
      .set({ reviewStatus: status, reviewNote: body.note ?? null, reviewedBy: actor.userId, reviewedAt: ctx.clock.now().toISOString() })
      .where(and(eq(e.parkId, parkId), eq(e.year, body.year), eq(e.itemKey, itemKey)))
      .returning({ note: e.note, attachmentName: e.attachmentName });
    if (!reviewed) throw notFound(`Evidence ${itemKey} for ${body.year}`);
    await recordAudit(tx, {
      userId: actor.userId,
      action: "scorecard_evidence.review",
      entity: "scorecard_evidence",
      entityKey: `${parkId}:${body.year}:${itemKey}`,
      after: { status, reviewNote: body.note ?? null, evidence: reviewed },
    });
  });
};

/** DELETE …/evidence/:itemKey?year=: withdraws the evidence (the item scores 0 again). */
export const deleteScorecardEvidence = async (ctx: ServiceContext, actor: Actor, parkId: number, itemKey: string, year: number): Promise<void> => {
  await requireWriter(ctx, actor, parkId);
  const e = tables.scorecardEvidence;
  await ctx.database.db.transaction(async (tx) => {
    const deleted = await tx.delete(e).where(and(eq(e.parkId, parkId), eq(e.year, year), eq(e.itemKey, itemKey))).returning({ id: e.id });
    if (deleted.length === 0) throw notFound(`Evidence ${itemKey} for ${year}`);
    await recordAudit(tx, { userId: actor.userId, action: "scorecard_evidence.delete", entity: "scorecard_evidence", entityKey: `${parkId}:${year}:${itemKey}` });
  });
};

/** GET …/evidence/:itemKey/attachment?year=: the attachment as filed. */
export const scorecardEvidenceAttachment = async (ctx: ServiceContext, actor: Actor, parkId: number, itemKey: string, year: number) => {
  if (actor.scope.kind === "enterprise") throw forbidden("Evidence is for park and province accounts");
  await requireVisiblePark(ctx.database.db, actor.scope, parkId);
  const e = tables.scorecardEvidence;
  const [row] = await ctx.database.db
    .select({ name: e.attachmentName, type: e.attachmentType, data: e.attachment })
    .from(e)
    .where(and(eq(e.parkId, parkId), eq(e.year, year), eq(e.itemKey, itemKey)))
    .limit(1);
  if (!row?.data || !row.name) throw notFound(`Attachment of ${itemKey} for ${year}`);
  return { name: row.name, type: row.type ?? "application/octet-stream", content: Buffer.from(row.data, "base64") };
};
