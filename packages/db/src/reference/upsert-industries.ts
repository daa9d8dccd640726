import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { columnOf, type ReferenceRow } from "./parse-reference-csv";
import { pruneVanishedRows, type PruneResult } from "./prune-vanished-rows";

/**
 * Upserts GB/T 4754 codes and rebuilds the derived classifications on them (nothing else
 * refers to those). Codes no longer listed go unless an enterprise or other data refers to them.
 */
export const upsertIndustries = async (tx: Tx, industries: readonly ReferenceRow[], classifications: readonly ReferenceRow[]): Promise<PruneResult> => {
  const codes = columnOf(industries, "code");
  await tx.execute(sql`
    INSERT INTO industries (code, name, level, parent_code, section)
    SELECT * FROM unnest(${sql.param(codes)}::text[], ${sql.param(columnOf(industries, "name"))}::text[], ${sql.param(columnOf(industries, "level"))}::smallint[],
      ${sql.param(columnOf(industries, "parent_code"))}::text[], ${sql.param(columnOf(industries, "section"))}::text[])
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, section = excluded.section`);
  await tx.execute(sql`DELETE FROM industry_classifications`);
  await tx.execute(sql`
    INSERT INTO industry_classifications (classification, industry_code, category_path, partial)
    SELECT * FROM unnest(${sql.param(columnOf(classifications, "classification"))}::text[], ${sql.param(columnOf(classifications, "industry_code"))}::text[],
      ${sql.param(columnOf(classifications, "category_path"))}::text[], ${sql.param(columnOf(classifications, "partial"))}::boolean[])`);
  return pruneVanishedRows(tx, "industries", sql`t.code::text <> ALL(${sql.param(codes)}::text[])`);
};
