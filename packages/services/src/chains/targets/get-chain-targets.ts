import { sql } from "drizzle-orm";
import { leafSegments, rankTargets, sizeBand, type TargetCandidate } from "@parkpilot/core";
import { ZPlacementMethod, ZProjectStage, type TTarget, type TTargetList, type TTargetsQuery } from "@parkpilot/contracts";
import { rowsOf } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { validationError } from "../../errors/app-error";
import { parkVisibility } from "../../tenancy/visibility";
import { shippedChainFiles } from "../files/load-chain-files";
import { buildChainMapContext } from "../map/get-chain-map";
import { countedSql } from "../map/chain-map-query";
import { chinaToday } from "../map/chain-year";
import { validHonourTiers } from "./valid-honours";

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const BASIS = {
  zh: "候选企业取自本园区（省）以外、已落在该环节的企业（人工确认或达到计入阈值）；只展示公开信息：名称、所在省与园区、行业、规模档（按《统计上大中小微型企业划分办法（2017）》划型）与梯度培育认定，不展示任何企业报送的指标数值。",
  en: "Candidates are enterprises outside this park (province) already placed on the segment (confirmed, or at or above the count floor). Only public facts are shown: name, province and park, industry, size band (by the NBS 2017 size classification) and tier honours; no figure any enterprise reported.",
};

/**
 * 链式招商 targets: for each missing or weak segment of the subject's chain map, candidate
 * enterprises placed on that segment elsewhere in the database (other parks, other provinces),
 * ranked by segment fit, size band, tier honours and distance, each rank explained.
 *
 * This deliberately reads beyond the viewer's tenant (docs/decisions/0005): enterprises outside
 * the subject are read by this use case only, and only public profile fields leave it. Their
 * employees and revenue are read to derive the size band and never returned.
 */
export const getChainTargets = async (ctx: ServiceContext, scope: TenantScope, query: TTargetsQuery): Promise<TTargetList> => {
  const { template, subject, year, map } = await buildChainMapContext(ctx, scope, query);
  const { definition } = template;
  const policy = definition.targeting;
  const leaves = leafSegments(definition);
  if (query.segmentKey && !leaves.some((n) => n.segment.key === query.segmentKey)) {
    throw validationError("Unknown segment", [{ path: "segmentKey", message: `"${query.segmentKey}" is not a leaf segment of ${query.templateCode}` }]);
  }
  const gaps = map.nodes.filter(
    (n) => n.isLeaf && n.assessment && n.assessment.strength !== "strong" && (!query.segmentKey || n.key === query.segmentKey),
  );
  const { db } = ctx.database;
  const today = chinaToday(ctx.clock);
  const sizeTable = shippedChainFiles().sizeBands;
  // Outside the subject: another park (or none) for a park, another province for a province.
  const outside = subject.parkId !== null ? sql`e.park_id IS DISTINCT FROM ${subject.parkId}` : sql`e.province_code <> ${subject.provinceCode}`;

  // The gaps are independent: on a server their candidate queries run side by side (the pool has
  // several connections); PGlite runs them one after the other.
  const out: TTargetList["gaps"] = await Promise.all(gaps.map(async (gap): Promise<TTargetList["gaps"][number]> => {
      const rows = rowsOf<Record<string, unknown>>(
        // The pool is chosen and cut first; names are joined to those rows only (joined before the
        // cut, the planner once compared every candidate with every region: 4 s per segment).
        await db.execute(sql`
          SELECT c.*, r.name AS province_name, pk.name AS park_name, pk.latitude, pk.longitude, i.name AS industry_name
            FROM (
              SELECT e.id, e.name, e.province_code, e.park_id, e.industry_code, e.is_generated, cp.confidence, cp.method, cp.override,
                     a.employees, a.revenue, count(*) OVER () AS pool
                FROM chain_placements cp
                JOIN enterprises e ON e.id = cp.enterprise_id
                LEFT JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = ${year ?? -1}
               WHERE cp.template_code = ${definition.code} AND cp.segment_key = ${gap.key} AND ${countedSql(definition.placement.countFloor)}
                 AND e.operating_status = 'operating' AND ${outside}
               ORDER BY (cp.override IS NOT DISTINCT FROM 'confirmed') DESC, cp.confidence DESC, a.revenue DESC NULLS LAST, e.id
               LIMIT ${policy.poolSize}
            ) c
            LEFT JOIN parks pk ON pk.id = c.park_id
            LEFT JOIN regions r ON r.code = c.province_code || '0000'
            LEFT JOIN industries i ON i.code = c.industry_code
           ORDER BY (c.override IS NOT DISTINCT FROM 'confirmed') DESC, c.confidence DESC, c.revenue DESC NULLS LAST, c.id`),
      );
      const tiers = await validHonourTiers(db, rows.map((r) => Number(r.id)), today);
      const candidates: (TargetCandidate & { provinceName: string | null; isGenerated: boolean })[] = rows.map((r) => {
        const lat = num(r.latitude);
        const lon = num(r.longitude);
        const industryCode = str(r.industry_code);
        return {
          enterpriseId: Number(r.id),
          name: String(r.name),
          provinceCode: String(r.province_code),
          provinceName: str(r.province_name),
          parkId: null,
          parkName: str(r.park_name),
          industryCode,
          industryName: str(r.industry_name),
          fit: Number(r.confidence),
          method: ZPlacementMethod.parse(r.method),
          size: sizeBand(sizeTable, industryCode, num(r.employees), num(r.revenue)),
          tiers: tiers.get(Number(r.id)) ?? [],
          location: lat !== null && lon !== null ? { latitude: lat, longitude: lon } : null,
          isGenerated: Boolean(r.is_generated),
        };
      });
      const extra = new Map(candidates.map((c) => [c.enterpriseId, c]));
      const ranked = rankTargets(candidates, policy, subject.location, query.limit ?? policy.perSegment);
      return {
        segmentKey: gap.key,
        segmentName: gap.name,
        stage: gap.stage,
        strength: gap.assessment?.strength === "missing" ? "missing" : "weak",
        reasons: [...(gap.assessment?.reasons ?? [])],
        pool: rows.length > 0 ? Number(rows[0]?.pool) : 0,
        targets: ranked.map((t) => ({
          rank: t.rank,
          score: t.score,
          reason: t.reason,
          parts: t.parts,
          fit: t.fit,
          method: t.method,
          enterprise: {
            id: t.enterpriseId,
            name: t.name,
            provinceCode: t.provinceCode,
            provinceName: extra.get(t.enterpriseId)?.provinceName ?? null,
            parkName: t.parkName,
            industryCode: t.industryCode,
            industryName: t.industryName,
            sizeBand: t.size.band,
            sizeBasis: `${shippedChainFiles().sizeBands.citation}：${t.size.sector}`,
            tiers: t.tiers.map((key) => {
              const tier = policy.tiers[key];
              return { key, name: { zh: tier?.name ?? key, en: tier?.name_en ?? tier?.name ?? key } };
            }),
            isGenerated: extra.get(t.enterpriseId)?.isGenerated ?? false,
          },
          projects: [],
        })),
      };
  }));
  const projects = await parkProjectsByInvestor(ctx, scope, subject.parkId, out.flatMap((g) => g.targets.map((t) => t.enterprise.id)));
  for (const gap of out) for (const target of gap.targets) target.projects = projects.get(target.enterprise.id) ?? [];
  return { template: map.template, subject: map.subject, basis: BASIS, gaps: out };
};

/**
 * The park's projects naming each of these enterprises as investor, newest first: a target
 * already turned into a lead says so (and which), instead of inviting a second one. None for a
 * province subject (leads are a park's).
 */
const parkProjectsByInvestor = async (ctx: ServiceContext, scope: TenantScope, parkId: number | null, enterpriseIds: readonly number[]): Promise<Map<number, TTarget["projects"]>> => {
  const byInvestor = new Map<number, TTarget["projects"]>();
  if (parkId === null || enterpriseIds.length === 0) return byInvestor;
  const rows = rowsOf<{ id: number; name: string; stage: string; investor_enterprise_id: number }>(
    await ctx.database.db.execute(sql`
      SELECT p.id, p.name, p.stage, p.investor_enterprise_id
        FROM investment_projects p JOIN parks ON parks.id = p.park_id
       WHERE p.park_id = ${parkId} AND ${parkVisibility(scope)} AND p.investor_enterprise_id = ANY(${`{${[...new Set(enterpriseIds)].join(",")}}`}::int[])
       ORDER BY p.id DESC`),
  );
  for (const r of rows) {
    const list = byInvestor.get(Number(r.investor_enterprise_id)) ?? [];
    list.push({ id: Number(r.id), name: r.name, stage: ZProjectStage.parse(r.stage) });
    byInvestor.set(Number(r.investor_enterprise_id), list);
  }
  return byInvestor;
};
