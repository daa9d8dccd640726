import { asc, eq } from "drizzle-orm";
import type { TChainPlacement } from "@parkpilot/contracts";
import { flattenSegments } from "@parkpilot/core";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { effectiveTemplates, type LoadedTemplate } from "../templates/template-rows";

type PlacementRow = typeof tables.chainPlacements.$inferSelect;

/** A stored placement with its chain and segment names, and whether it counts on the map. */
export const presentPlacement = (p: PlacementRow, template: LoadedTemplate | undefined): TChainPlacement => {
  const node = template ? flattenSegments(template.definition.segments).find((n) => n.segment.key === p.segmentKey) : undefined;
  const countFloor = template?.definition.placement.countFloor ?? 1;
  return {
    enterpriseId: p.enterpriseId,
    templateCode: p.templateCode,
    templateVersion: p.templateVersion,
    chainName: template?.definition.name ?? p.templateCode,
    segmentKey: p.segmentKey,
    // A segment removed in a later version keeps its key as its name until placement runs again.
    segmentName: node?.segment.name ?? p.segmentKey,
    stage: node?.segment.stage ?? null,
    method: p.method,
    confidence: p.confidence,
    reason: p.reason,
    override: p.override ?? null,
    overriddenAt: p.overriddenAt,
    counts: p.override === "confirmed" || (p.override === null && p.confidence >= countFloor),
  };
};

/**
 * Where an enterprise sits on the chains, with the reason for each placement; rejected ones are
 * listed too (marked), so a person sees what was turned down. Enterprise accounts read their own.
 */
export const listEnterprisePlacements = async (ctx: ServiceContext, scope: TenantScope, enterpriseId: number): Promise<{ items: TChainPlacement[] }> => {
  const { db } = ctx.database;
  const enterprise = await requireVisibleEnterprise(db, scope, enterpriseId);
  await ensureShippedChainTemplates(ctx.database);
  const templates = new Map((await effectiveTemplates(db, enterprise.provinceCode)).map((t) => [t.row.code, t]));
  const rows = await db
    .select()
    .from(tables.chainPlacements)
    .where(eq(tables.chainPlacements.enterpriseId, enterpriseId))
    .orderBy(asc(tables.chainPlacements.templateCode), asc(tables.chainPlacements.segmentKey));
  const items = rows.map((r) => presentPlacement(r, templates.get(r.templateCode)));
  items.sort((a, b) => a.templateCode.localeCompare(b.templateCode) || b.confidence - a.confidence);
  return { items };
};
