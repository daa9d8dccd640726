import { sql } from "drizzle-orm";
import { BOOL_FALSE, BOOL_TRUE, type FactTable } from "@parkpilot/core";
import { rowsOf, type DbOrTx } from "@parkpilot/db";
import { batchMembership } from "./batch-rows";
import type { BatchSpec } from "./load-fact-batch";

/**
 * Fills the plan's title facts from the honours register: held where a grant is valid on the
 * evaluation date; not held where the province's register lists the tier at all; otherwise
 * unknown.
 */
export const loadTitles = async (db: DbOrTx, spec: BatchSpec, table: FactTable, ids: Int32Array, rowOf: (id: number) => number): Promise<void> => {
  const tiers = [...new Set([...spec.plan.titles.values()].flat())];
  const held = rowsOf<{ enterprise_id: number; tier: string }>(
    await db.execute(
      sql`SELECT DISTINCT enterprise_id, tier FROM enterprise_honours WHERE ${batchMembership("enterprise_id", ids)} AND tier = ANY(${sql.param(tiers)}::text[])
          AND valid_from <= ${spec.asOf}::date AND (valid_until IS NULL OR valid_until >= ${spec.asOf}::date)`,
    ),
  );
  const holders = new Map<string, number[]>();
  for (const h of held) {
    const i = rowOf(h.enterprise_id);
    if (i < 0) continue;
    const list = holders.get(h.tier);
    if (list) list.push(i);
    else holders.set(h.tier, [i]);
  }
  for (const [key, honourTiers] of spec.plan.titles) {
    const column = table.booleanColumn(key);
    if (honourTiers.some((t) => spec.listedTiers.has(t))) column.fill(BOOL_FALSE);
    for (const t of honourTiers) for (const i of holders.get(t) ?? []) column[i] = BOOL_TRUE;
  }
};
