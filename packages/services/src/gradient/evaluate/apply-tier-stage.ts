import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Tx } from "@parkpilot/db";
import { quoteIdent } from "./tier-stage";

export interface ApplyTierStageInput {
  readonly stage: string;
  readonly year: number;
  readonly asOf: string;
  readonly computedAt: string;
  /** Enterprises of the evaluated scope (tenancy and park, without the status filter). */
  readonly scopeWhere: SQL;
  /** Rule sets evaluated: stored rows of any other rule set for the scope and year are stale. */
  readonly ruleSetIds: readonly string[];
  readonly lockKey: string;
}

const count = async (tx: Tx, statement: SQL): Promise<number> => {
  const [row] = rowsOf<{ n: number }>(await tx.execute(sql`WITH done AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM done`));
  return Number(row?.n ?? 0);
};

/**
 * Applies a filled stage in one transaction: deletes the rows that fell out of the stored set,
 * upserts the changed ones, and removes the scope's rows of rule sets no longer evaluated (not in
 * force on the evaluation date) and of enterprises no longer assessed. One advisory lock per
 * province and year keeps two runs over the same rows from interleaving.
 */
export const applyTierStage = async (tx: Tx, input: ApplyTierStageInput): Promise<{ written: number; removed: number }> => {
  const stage = sql.raw(quoteIdent(input.stage));
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${input.lockKey}))`);
  const deleted = await count(
    tx,
    sql`DELETE FROM tier_assessments t USING ${stage} s WHERE s.op = 'd' AND t.enterprise_id = s.enterprise_id AND t.rule_set_id = s.rule_set_id AND t.year = ${input.year}`,
  );
  // No ORDER BY: the stage is written in key order already, and sorting it spilled to disk. An
  // upsert rather than an update plus an insert of the rows not yet stored: at a million rows the
  // planner ran that insert's NOT EXISTS as a scan over the rows the insert itself was adding.
  const written = await count(
    tx,
    sql`INSERT INTO tier_assessments AS t (enterprise_id, rule_set_id, year, rule_set_version, evaluated_for, outcome, score, classification, closeness, failed_count, unknown_count, explanation, computed_at, input_hash)
        SELECT s.enterprise_id, s.rule_set_id, ${input.year}, s.rule_set_version, ${input.asOf}::date, s.outcome, s.score, s.classification, s.closeness, s.failed_count, s.unknown_count, s.explanation, ${input.computedAt}::timestamptz, s.input_hash
          FROM ${stage} s WHERE s.op = 'u'
        ON CONFLICT (enterprise_id, rule_set_id, year) DO UPDATE SET
          rule_set_version = EXCLUDED.rule_set_version, evaluated_for = EXCLUDED.evaluated_for, outcome = EXCLUDED.outcome, score = EXCLUDED.score,
          classification = EXCLUDED.classification, closeness = EXCLUDED.closeness, failed_count = EXCLUDED.failed_count, unknown_count = EXCLUDED.unknown_count,
          explanation = EXCLUDED.explanation, computed_at = EXCLUDED.computed_at, input_hash = EXCLUDED.input_hash`,
  );
  // Two deletes rather than one with an OR: each filter is selective on its own side of the join
  // (few rows of retired rule sets, few enterprises no longer assessed), the OR was not, and
  // probed the enterprise of every stored row.
  const retired = await count(
    tx,
    sql`DELETE FROM tier_assessments t USING enterprises WHERE t.enterprise_id = enterprises.id AND t.year = ${input.year} AND ${input.scopeWhere}
          AND t.rule_set_id <> ALL(${sql.param([...input.ruleSetIds])}::text[])`,
  );
  const unassessed = await count(
    tx,
    sql`DELETE FROM tier_assessments t USING enterprises WHERE t.enterprise_id = enterprises.id AND t.year = ${input.year} AND ${input.scopeWhere}
          AND enterprises.operating_status NOT IN ('operating', 'suspended')`,
  );
  const stale = retired + unassessed;
  return { written, removed: deleted + stale };
};
