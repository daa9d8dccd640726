import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type CopySession, type Db } from "@parkpilot/db";
import { ASSESSMENT_COLUMNS, type BatchWrites } from "./assessment-rows";

/**
 * Applies one batch inside the run's transaction: removes the stored rows it replaces or drops
 * (one DELETE over the batch's keys), then COPYs its new and changed rows straight into
 * tier_assessments.
 */
export const writeBatch = async (session: CopySession, year: number, writes: BatchWrites): Promise<void> => {
  if (writes.removeEnterpriseIds.length > 0) {
    await session.query(
      `DELETE FROM tier_assessments t USING unnest($2::int[], $3::text[]) AS r(enterprise_id, rule_set_id)
        WHERE t.year = $1 AND t.enterprise_id = r.enterprise_id AND t.rule_set_id = r.rule_set_id`,
      [year, writes.removeEnterpriseIds, writes.removeRuleSetIds],
    );
  }
  if (writes.written > 0) await session.copyFromText("tier_assessments", ASSESSMENT_COLUMNS, writes.lines);
};

export interface StaleRowsInput {
  readonly year: number;
  /** Enterprises of the evaluated scope (tenancy and park, without the status filter). */
  readonly scopeWhere: SQL;
  /** Rule sets evaluated: stored rows of any other rule set for the scope and year are stale. */
  readonly ruleSetIds: readonly string[];
}

const count = async (db: Db, statement: SQL): Promise<number> => {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`WITH done AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM done`));
  return Number(row?.n ?? 0);
};

/**
 * The end of a run, in its transaction: removes the scope's rows of rule sets no longer evaluated
 * (not in force on the evaluation date) and of enterprises no longer assessed. Two deletes rather
 * than one with an OR: each filter is selective on its own side of the join (few rows of retired
 * rule sets, few enterprises no longer assessed), the OR was not, and probed the enterprise of
 * every stored row.
 */
export const removeStaleAssessments = async (db: Db, input: StaleRowsInput): Promise<number> => {
  const retired = await count(
    db,
    sql`DELETE FROM tier_assessments t USING enterprises WHERE t.enterprise_id = enterprises.id AND t.year = ${input.year} AND ${input.scopeWhere}
          AND t.rule_set_id <> ALL(${sql.param([...input.ruleSetIds])}::text[])`,
  );
  const unassessed = await count(
    db,
    sql`DELETE FROM tier_assessments t USING enterprises WHERE t.enterprise_id = enterprises.id AND t.year = ${input.year} AND ${input.scopeWhere}
          AND enterprises.operating_status NOT IN ('operating', 'suspended')`,
  );
  return retired + unassessed;
};
