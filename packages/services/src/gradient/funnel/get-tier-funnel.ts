import { sql } from "drizzle-orm";
import type { TFunnel, TFunnelQuery } from "@parkpilot/contracts";
import { rowsOf } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { isoUtcSql } from "../../evaluation/iso-timestamp";
import type { TenantScope } from "../../tenancy/actor";
import { listSupportMeasures } from "../measures/list-support-measures";
import { TIERS } from "../tiers";
import { funnelScope } from "./funnel-scope";
import { heldSql, nearMissSql, tierMapSql } from "./tier-sql";

type AssessedRow = { rule_set_id: string; version: string | null; eligible: number; undetermined: number; near_miss: number; computed_at: string | null };

/**
 * The gradient funnel of a park or a province for one data year: per tier, how many enterprises
 * hold the title on the evaluation date (recognised), and of those that do not, how many are
 * assessed eligible, pending (missing data or a review decision), or a near miss (not eligible,
 * no veto, ≥ 80% of the conditions met). With the support measures attached to each tier, a park
 * sees whom to help with what.
 */
export const getTierFunnel = async (ctx: ServiceContext, scope: TenantScope, query: TFunnelQuery): Promise<TFunnel> => {
  const { db } = ctx.database;
  const { where, asOf } = await funnelScope(db, scope, query.year, query.parkId);
  const [total] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM enterprises WHERE ${where}`));
  const recognised = rowsOf<{ tier: string; n: number }>(
    await db.execute(sql`SELECT m.tier, count(DISTINCT enterprises.id)::int AS n FROM enterprises CROSS JOIN ${tierMapSql()}
      WHERE ${where} AND ${heldSql("enterprises.id", asOf)} GROUP BY m.tier`),
  );
  const assessed = rowsOf<AssessedRow>(
    await db.execute(sql`SELECT t.rule_set_id, max(t.rule_set_version) AS version,
        count(*) FILTER (WHERE t.outcome = 'eligible' AND NOT x.held)::int AS eligible,
        count(*) FILTER (WHERE t.outcome = 'undetermined' AND NOT x.held)::int AS undetermined,
        count(*) FILTER (WHERE ${nearMissSql()} AND NOT x.held)::int AS near_miss,
        ${sql.raw(isoUtcSql("max(t.computed_at)"))} AS computed_at
      FROM tier_assessments t JOIN enterprises ON enterprises.id = t.enterprise_id JOIN ${tierMapSql()} ON m.rule_set_id = t.rule_set_id
      CROSS JOIN LATERAL (SELECT ${heldSql("t.enterprise_id", asOf)} AS held) x
      WHERE t.year = ${query.year} AND ${where} GROUP BY t.rule_set_id`),
  );
  const measures = await listSupportMeasures(ctx, scope, { active: true });
  const relevant = measures.filter((m) => m.parkId === null || query.parkId === undefined || m.parkId === query.parkId);
  const computed = assessed.map((a) => a.computed_at).filter((d): d is string => d !== null);
  return {
    year: query.year,
    asOf,
    parkId: query.parkId ?? null,
    enterprises: total?.n ?? 0,
    evaluatedAt: computed.length > 0 ? computed.sort().at(-1) ?? null : null,
    tiers: TIERS.map((t) => {
      const a = assessed.find((r) => r.rule_set_id === t.ruleSetId);
      return {
        tier: t.key,
        label: t.label,
        rung: t.rung,
        ruleSetId: t.ruleSetId,
        ruleSetVersion: a?.version ?? null,
        recognised: recognised.find((r) => r.tier === t.key)?.n ?? 0,
        eligibleNotRecognised: a?.eligible ?? 0,
        undetermined: a?.undetermined ?? 0,
        nearMiss: a?.near_miss ?? 0,
        measures: relevant.filter((m) => m.tier === t.key).length,
      };
    }),
  };
};
