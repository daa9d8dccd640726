import { sql, type SQL } from "drizzle-orm";
import type { TAssessmentOutcome, TCandidate, TCandidateList, TCandidateQuery } from "@parkpilot/contracts";
import { rowsOf } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { presentGap } from "../card/present-explanation";
import { evaluateLive } from "../evaluate/evaluate-live";
import { findRuleSet, selectRuleSets } from "../rules/select-rule-sets";
import { provinceRuleSets } from "../rules/province-rule-sets";
import { SIZE_RULE_SET_ID, tierByKey } from "../tiers";
import { funnelScope } from "./funnel-scope";
import { heldSql, nearMissSql, tierMapSql } from "./tier-sql";

type CandidateRow = {
  enterprise_id: number;
  name: string;
  credit_code: string;
  park_name: string | null;
  is_generated: boolean;
  outcome: TAssessmentOutcome;
  rule_set_version: string;
  closeness: number | null;
  failed_count: number;
  unknown_count: number;
  score: number | null;
};

const kindSql = (kind: TCandidateQuery["kind"]): SQL =>
  kind === "eligible" ? sql`t.outcome = 'eligible'` : kind === "undetermined" ? sql`t.outcome = 'undetermined'` : nearMissSql();

/**
 * Candidates for a tier in a data year, closest first: enterprises that do not hold the title on
 * the evaluation date and are assessed eligible, pending, or a near miss. Each comes with what it
 * lacks, from a live explanation of today's data under the rule version its assessment used.
 */
export const listTierCandidates = async (ctx: ServiceContext, scope: TenantScope, query: TCandidateQuery): Promise<TCandidateList> => {
  const { db } = ctx.database;
  const tier = tierByKey.get(query.tier);
  if (!tier) throw new Error(`unknown tier ${query.tier}`);
  const { where, asOf, settings } = await funnelScope(db, scope, query.year, query.parkId);
  const filter = sql`t.year = ${query.year} AND t.rule_set_id = ${tier.ruleSetId} AND ${kindSql(query.kind)} AND NOT ${heldSql("t.enterprise_id", asOf)} AND ${where}`;
  const from = sql`FROM tier_assessments t JOIN enterprises ON enterprises.id = t.enterprise_id JOIN ${tierMapSql()} ON m.rule_set_id = t.rule_set_id`;
  const [total] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n ${from} WHERE ${filter}`));
  const rows = rowsOf<CandidateRow>(
    await db.execute(sql`SELECT t.enterprise_id, enterprises.name, enterprises.credit_code, parks.name AS park_name, enterprises.is_generated,
        t.outcome, t.rule_set_version, t.closeness, t.failed_count, t.unknown_count, t.score
      ${from} LEFT JOIN parks ON parks.id = enterprises.park_id
      WHERE ${filter}
      ORDER BY t.closeness DESC NULLS LAST, t.failed_count ASC, t.score DESC NULLS LAST, enterprises.name ASC, t.enterprise_id ASC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`),
  );

  const defs = provinceRuleSets(settings);
  const sizeDef = selectRuleSets(defs, asOf).find((d) => d.id === SIZE_RULE_SET_ID);
  const gaps = new Map<number, TCandidate["gaps"]>();
  for (const version of new Set(rows.map((r) => r.rule_set_version))) {
    const def = findRuleSet(defs, tier.ruleSetId, version);
    if (!def) continue;
    const ids = rows.filter((r) => r.rule_set_version === version).map((r) => r.enterprise_id);
    const live = await evaluateLive(ctx.database, { provinceCode: scope.provinceCode, enterpriseIds: ids, year: query.year, asOf, defs: [def], ...(sizeDef ? { sizeDef } : {}) });
    const result = live.result(tier.ruleSetId);
    for (const id of ids) {
      const i = live.row(id);
      if (result && i !== undefined) gaps.set(id, result.explain(i).gaps.map(presentGap));
    }
  }
  return {
    items: rows.map((r) => ({
      enterpriseId: r.enterprise_id,
      name: r.name,
      creditCode: r.credit_code,
      parkName: r.park_name,
      isGenerated: r.is_generated,
      outcome: r.outcome,
      ruleSetVersion: r.rule_set_version,
      closeness: r.closeness,
      failedCount: r.failed_count,
      unknownCount: r.unknown_count,
      score: r.score,
      gaps: gaps.get(r.enterprise_id) ?? [],
    })),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    asOf,
  };
};
