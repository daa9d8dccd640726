import { and, eq } from "drizzle-orm";
import type { TChainPlacement, TPlacementDecision } from "@parkpilot/contracts";
import { leafSegments } from "@parkpilot/core";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { forbidden, notFound, validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { effectiveTemplate } from "../templates/template-rows";
import { presentPlacement } from "./list-enterprise-placements";

/**
 * A person's decision on a placement: confirm it (it counts whatever its confidence), reject it
 * (it never counts), or clear the decision (back to the machine). Confirming a segment the
 * machine did not find adds a manual placement. Decisions survive recomputation; each is audited.
 */
export const decidePlacement = async (ctx: ServiceContext, actor: Actor, enterpriseId: number, input: TPlacementDecision): Promise<TChainPlacement | null> => {
  if (actor.scope.kind === "enterprise") throw forbidden("Placements are confirmed by park and province staff");
  const { db } = ctx.database;
  const enterprise = await requireVisibleEnterprise(db, actor.scope, enterpriseId);
  await ensureShippedChainTemplates(ctx.database);
  const template = await effectiveTemplate(db, enterprise.provinceCode, input.templateCode);
  if (!template) throw notFound(`Chain template ${input.templateCode}`);
  const segment = leafSegments(template.definition).find((n) => n.segment.key === input.segmentKey);
  if (!segment) throw validationError("Unknown segment", [{ path: "segmentKey", message: `"${input.segmentKey}" is not a leaf segment of ${input.templateCode}` }]);

  const cp = tables.chainPlacements;
  const key = and(eq(cp.enterpriseId, enterpriseId), eq(cp.templateCode, input.templateCode), eq(cp.segmentKey, input.segmentKey));
  const now = ctx.clock.now().toISOString();
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(cp).where(key).limit(1);
    let after: typeof before;
    if (input.decision === "cleared") {
      if (!before) throw notFound("Placement");
      // A manual placement has no machine evidence to fall back to: clearing removes it.
      if (before.method === "manual") {
        await tx.delete(cp).where(key);
        after = undefined;
      } else {
        [after] = await tx.update(cp).set({ override: null, overriddenBy: null, overriddenAt: null }).where(key).returning();
      }
    } else if (before) {
      [after] = await tx.update(cp).set({ override: input.decision, overriddenBy: actor.userId, overriddenAt: now }).where(key).returning();
    } else {
      if (input.decision === "rejected") throw notFound("Placement");
      [after] = await tx
        .insert(cp)
        .values({
          enterpriseId,
          templateCode: input.templateCode,
          segmentKey: input.segmentKey,
          templateVersion: template.row.version,
          method: "manual",
          confidence: 1,
          reason: `人工添加：${actor.displayName}${input.note ? `（${input.note}）` : ""}`,
          override: "confirmed",
          overriddenBy: actor.userId,
          overriddenAt: now,
        })
        .returning();
    }
    await recordAudit(tx, {
      userId: actor.userId,
      action: `chain_placement.${input.decision}`,
      entity: "chain_placement",
      entityKey: `${enterpriseId}:${input.templateCode}:${input.segmentKey}`,
      before: before ?? null,
      after: after ? { ...after, note: input.note ?? null } : null,
    });
    return after;
  });
  return row ? presentPlacement(row, template) : null;
};
