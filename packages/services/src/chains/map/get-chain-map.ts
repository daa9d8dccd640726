import { buildChainMap, EMPTY_FIGURES, flattenSegments, leafSegments, pickChainLeaders } from "@parkpilot/core";
import type { TChainMap, TChainSubjectQuery } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { notFound } from "../../errors/app-error";
import { latestDataYear } from "../../indicators/data-years";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { effectiveTemplate, type LoadedTemplate } from "../templates/template-rows";
import { resolveChainSubject, type ChainSubject } from "./chain-subject";
import { CHAIN_NODE, queryChainMapData } from "./chain-map-query";
import { chinaToday } from "./chain-year";

export interface ChainMapContext {
  readonly template: LoadedTemplate;
  readonly subject: ChainSubject;
  readonly year: number | null;
  readonly map: TChainMap;
}

/**
 * The chain map of a park or a province: per segment the enterprises counted on it, their output
 * and revenue (latest year with data), how many hold a tier honour, how many placements await
 * confirmation; each leaf classed strong / weak / missing with its reasons (thresholds of the
 * level, from the template), and the chain-leader candidates. Drawn with the template version
 * the subject's province uses.
 */
export const getChainMap = async (ctx: ServiceContext, scope: TenantScope, query: TChainSubjectQuery): Promise<TChainMap> =>
  (await buildChainMapContext(ctx, scope, query)).map;

export const buildChainMapContext = async (ctx: ServiceContext, scope: TenantScope, query: TChainSubjectQuery): Promise<ChainMapContext> => {
  const { db } = ctx.database;
  const subject = await resolveChainSubject(db, scope, query);
  await ensureShippedChainTemplates(ctx.database);
  const template = await effectiveTemplate(db, subject.provinceCode, query.templateCode);
  if (!template) throw notFound(`Chain template ${query.templateCode}`);
  const { definition } = template;
  const year = await latestDataYear(ctx.database, subject.provinceCode);
  const leaderPolicy = definition.leaders[subject.level];
  const eligible = leafSegments(definition).filter((n) => leaderPolicy.stages.includes(n.segment.stage));
  const { figures, leaderCandidates: candidates } = await queryChainMapData(db, {
    definition,
    enterprises: subject.enterprises,
    year,
    today: chinaToday(ctx.clock),
    leaders: { minRevenue: leaderPolicy.minRevenue, eligible: eligible.map((n) => n.segment.key), perSegment: leaderPolicy.maxPerSegment },
  });
  const result = buildChainMap(definition, figures, figures.get(CHAIN_NODE) ?? EMPTY_FIGURES, subject.level);
  const byKey = new Map(flattenSegments(definition.segments).map((n) => [n.segment.key, n.segment]));
  const leaders = pickChainLeaders(
    candidates.flatMap((c) => {
      const segment = byKey.get(c.segmentKey);
      return segment ? [{ ...c, segmentName: segment.name, stage: segment.stage }] : [];
    }),
    leaderPolicy,
  );

  const map: TChainMap = {
    template: { id: template.row.id, code: template.row.code, version: template.row.version, name: definition.name, dataVersion: definition.dataVersion },
    subject: { level: subject.level, parkId: subject.parkId, provinceCode: subject.provinceCode, name: subject.name },
    year,
    totals: figures.get(CHAIN_NODE) ?? EMPTY_FIGURES,
    summary: result.summary,
    thresholds: {
      minEnterprises: definition.assessment[subject.level].strong.minEnterprises,
      minShare: definition.assessment[subject.level].strong.minShare,
      countFloor: definition.placement.countFloor,
      leaderMinRevenue: leaderPolicy.minRevenue,
    },
    nodes: result.nodes.map((n) => {
      const segment = byKey.get(n.key);
      return {
        ...n,
        description: segment?.description ?? null,
        classes: [...(segment?.classes ?? [])],
        keywords: [...(segment?.keywords ?? [])],
        assessment: n.assessment ? { ...n.assessment, reasons: [...n.assessment.reasons] } : null,
        leafSummary: n.leafSummary ? { ...n.leafSummary } : null,
      };
    }),
    edges: definition.edges.map((e) => ({ from: e.from, to: e.to, label: e.label ?? null })),
    leaders: leaders.map((l) => ({ enterpriseId: l.enterpriseId, name: l.name, segmentKey: l.segmentKey, segmentName: l.segmentName, stage: l.stage, revenue: l.revenue, rank: l.rank, reason: l.reason })),
  };
  return { template, subject, year, map };
};
