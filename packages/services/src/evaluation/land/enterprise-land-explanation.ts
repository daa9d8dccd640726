import { citationOf, describeLandExplanation, expandLand, moveUpOptionText, type CompactLand } from "@parkpilot/core";
import type { TLandExplanation } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { notFound } from "../../errors/app-error";
import { isoUtcSql } from "../iso-timestamp";
import { isShippedRuleSet, landRuleSetVersion } from "../land-rule-set";
import { evaluationPolicies } from "../policies";
import { citation, presentRuleSet } from "../present";

/**
 * GET /api/evaluation/land/enterprises/:id: one enterprise's per-mu result with every item's value,
 * benchmark and points, the bonus and penalty items, its class and rank, what would move it up a
 * class, and the whole explanation in sentences. Enterprise accounts see their own result.
 */
export const enterpriseLandExplanation = async (ctx: ServiceContext, scope: TenantScope, enterpriseId: number, year?: number): Promise<TLandExplanation> => {
  const { database } = ctx;
  const enterprise = await requireVisibleEnterprise(database.db, scope, enterpriseId);
  const [row] = await database.query<{ year: number; rule_set_id: string; rule_set_version: string; explanation: CompactLand; computed_at: string }>(
    `SELECT year::int AS year, rule_set_id, rule_set_version, explanation, ${isoUtcSql("computed_at")} AS computed_at
       FROM land_evaluations WHERE enterprise_id = $1 ${year !== undefined ? "AND year = $2" : ""}
      ORDER BY year DESC, computed_at DESC LIMIT 1`,
    year !== undefined ? [enterpriseId, year] : [enterpriseId],
  );
  if (!row) throw notFound(`Per-mu evaluation of enterprise ${enterpriseId}${year !== undefined ? ` for ${year}` : ""}`);
  const ruleSet = await landRuleSetVersion(database.db, enterprise.provinceCode, row.rule_set_id, row.rule_set_version, row.year);
  if (!ruleSet) throw notFound(`Rule set ${row.rule_set_id} ${row.rule_set_version}`);
  const { indicators } = evaluationPolicies();
  const e = expandLand(row.explanation, ruleSet);
  const method = ruleSet.methods.find((m) => m.id === e.method);
  const band = ruleSet.classes.bands.find((b) => b.id === e.class);
  const unitOf = (key: string) => indicators.get(key)?.unit ?? { zh: "", en: "" };
  const nameOf = (key: string) => indicators.get(key)?.name ?? { zh: key, en: key };
  const up = e.moveUp;
  const moveUp = up
    ? {
        to: up.to,
        cut: up.cut,
        scoreGap: up.scoreGap,
        options: up.options.map((o) => ({
          indicator: o.indicator,
          name: nameOf(o.indicator),
          unit: unitOf(o.indicator),
          delta: o.delta,
          from: o.from,
          text: moveUpOptionText(o, up.to, indicators),
        })),
      }
    : null;
  return {
    enterpriseId,
    name: enterprise.name,
    year: row.year,
    ruleSet: presentRuleSet(ruleSet, !isShippedRuleSet(ruleSet)),
    status: e.status,
    method: e.method,
    score: e.score,
    class: e.class,
    classLabel: band?.label ?? null,
    rank: e.rank,
    poolSize: e.poolSize,
    items: e.items.map((i) => {
      const def = method?.items.find((x) => x.id === i.id);
      return {
        id: i.id,
        indicator: i.indicator,
        name: nameOf(i.indicator),
        unit: unitOf(i.indicator),
        value: i.value,
        missing: i.missing ?? null,
        benchmark: i.benchmark,
        benchmarkOrigin: i.benchmarkOrigin,
        benchmarkYear: i.benchmarkYear,
        weight: i.weight,
        points: i.points,
        state: i.state,
        citation: citation(citationOf(ruleSet, def?.benchmark ?? def ?? method)),
      };
    }),
    adjustments: e.adjustments.map((a) => ({ id: a.id, label: ruleSet.adjustments.find((x) => x.id === a.id)?.label ?? { zh: a.id, en: a.id }, points: a.points })),
    moveUp,
    lines: describeLandExplanation(e, ruleSet, indicators),
    computedAt: row.computed_at,
  };
};
