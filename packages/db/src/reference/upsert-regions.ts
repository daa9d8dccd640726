import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { columnOf, type ReferenceRow } from "./parse-reference-csv";
import { pruneVanishedRows, type PruneResult } from "./prune-vanished-rows";

/** Upserts the division table by code; codes no longer listed go unless something refers to them. */
export const upsertRegions = async (tx: Tx, rows: readonly ReferenceRow[]): Promise<PruneResult> => {
  const codes = columnOf(rows, "code");
  await tx.execute(sql`
    INSERT INTO regions (code, name, level, parent_code, province_code)
    SELECT * FROM unnest(${sql.param(codes)}::text[], ${sql.param(columnOf(rows, "name"))}::text[], ${sql.param(columnOf(rows, "level"))}::text[],
      ${sql.param(columnOf(rows, "parent_code"))}::text[], ${sql.param(columnOf(rows, "province_code"))}::text[])
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, province_code = excluded.province_code`);
  return pruneVanishedRows(tx, "regions", sql`t.code::text <> ALL(${sql.param(codes)}::text[])`);
};
