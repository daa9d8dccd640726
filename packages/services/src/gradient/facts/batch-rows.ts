import { sql, type SQL } from "drizzle-orm";
import type { CopyOutOptions } from "@parkpilot/db";

/** How a batch's rows are read: serially (see CopyOutOptions.serial), as ranges of the batch beside the evaluation of the last one. */
export const BATCH_READ: CopyOutOptions = { serial: true };

/**
 * "enterprise_id is one of the batch": a range when the batch is dense in ids (a province read in
 * id order: an index range scan, far cheaper than probing fifty thousand ids one by one), the id
 * list when it is sparse (one park's enterprises scattered over a province's ids, a card).
 * Rows of other enterprises inside a range are dropped by the caller's row lookup.
 */
export const batchMembership = (column: string, list: Int32Array): SQL => {
  const first = list[0] ?? 0;
  const last = list[list.length - 1] ?? 0;
  return last - first + 1 <= 2 * list.length
    ? sql`${sql.raw(column)} BETWEEN ${first} AND ${last}`
    : sql`${sql.raw(column)} = ANY(${sql.param(Array.from(list))}::int[])`;
};

/**
 * The batch row of an enterprise id, -1 for ids outside the batch. Ids ascend, so a dense batch
 * is an offset table: millions of lookups per batch (one per fact) cost an array read each.
 */
export const batchRows = (ids: Int32Array): ((id: number) => number) => {
  const first = ids[0] ?? 0;
  const span = (ids[ids.length - 1] ?? 0) - first + 1;
  if (ids.length > 0 && span <= 4 * ids.length) {
    const rows = new Int32Array(span).fill(-1);
    for (let i = 0; i < ids.length; i++) rows[(ids[i] as number) - first] = i;
    return (id) => (id >= first && id - first < span ? (rows[id - first] as number) : -1);
  }
  const rows = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) rows.set(ids[i] as number, i);
  return (id) => rows.get(id) ?? -1;
};
