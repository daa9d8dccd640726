import { sql } from "drizzle-orm";
import { ZPlacementMethod, ZPlacementOverride, type TSegmentEnterpriseList, type TSegmentEnterprisesQuery } from "@parkpilot/contracts";
import { leafSegments } from "@parkpilot/core";
import { rowsOf } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { notFound, validationError } from "../../errors/app-error";
import { latestDataYear } from "../../indicators/data-years";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { effectiveTemplate } from "../templates/template-rows";
import { resolveChainSubject } from "./chain-subject";
import { countedSql } from "./chain-map-query";
import { chinaToday } from "./chain-year";
import { validHonourTiers } from "../targets/valid-honours";

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Drill-down from a segment of the map to its enterprises (in the viewer's tenant), largest
 * first: counted ones, those awaiting confirmation, or those a person rejected.
 */
export const listSegmentEnterprises = async (ctx: ServiceContext, scope: TenantScope, query: TSegmentEnterprisesQuery): Promise<TSegmentEnterpriseList> => {
  const { db } = ctx.database;
  const subject = await resolveChainSubject(db, scope, query);
  await ensureShippedChainTemplates(ctx.database);
  const template = await effectiveTemplate(db, subject.provinceCode, query.templateCode);
  if (!template) throw notFound(`Chain template ${query.templateCode}`);
  if (!leafSegments(template.definition).some((n) => n.segment.key === query.segmentKey)) {
    throw validationError("Unknown segment", [{ path: "segmentKey", message: `"${query.segmentKey}" is not a leaf segment of ${query.templateCode}` }]);
  }
  const floor = template.definition.placement.countFloor;
  const status =
    query.status === "counted"
      ? countedSql(floor)
      : query.status === "pending"
        ? sql`(cp.override IS NULL AND cp.confidence < ${floor})`
        : sql`cp.override = 'rejected'`;
  const year = await latestDataYear(ctx.database, subject.provinceCode);
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT enterprises.id, enterprises.name, enterprises.park_id, pk.name AS park_name, enterprises.industry_code, i.name AS industry_name,
             enterprises.is_generated, cp.method, cp.confidence, cp.reason, cp.override, a.industrial_output, a.revenue, count(*) OVER () AS total
        FROM chain_placements cp
        JOIN enterprises ON enterprises.id = cp.enterprise_id
        LEFT JOIN parks pk ON pk.id = enterprises.park_id
        LEFT JOIN industries i ON i.code = enterprises.industry_code
        LEFT JOIN enterprise_annual a ON a.enterprise_id = enterprises.id AND a.year = ${year ?? -1}
       WHERE cp.template_code = ${query.templateCode} AND cp.segment_key = ${query.segmentKey} AND ${subject.enterprises} AND ${status}
       ORDER BY a.revenue DESC NULLS LAST, enterprises.id
       LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`),
  );
  const tiers = await validHonourTiers(db, rows.map((r) => Number(r.id)), chinaToday(ctx.clock));
  return {
    items: rows.map((r) => ({
      enterpriseId: Number(r.id),
      name: String(r.name),
      parkId: num(r.park_id),
      parkName: r.park_name === null ? null : String(r.park_name),
      industryCode: r.industry_code === null ? null : String(r.industry_code),
      industryName: r.industry_name === null ? null : String(r.industry_name),
      method: ZPlacementMethod.parse(r.method),
      confidence: Number(r.confidence),
      reason: String(r.reason),
      override: r.override === null ? null : ZPlacementOverride.parse(r.override),
      output: num(r.industrial_output),
      revenue: num(r.revenue),
      tiers: tiers.get(Number(r.id)) ?? [],
      isGenerated: Boolean(r.is_generated),
    })),
    total: rows.length > 0 ? Number(rows[0]?.total) : 0,
    page: query.page,
    pageSize: query.pageSize,
    year,
  };
};
