import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "../client";
import { rowsOf } from "../raw-sql";

const ident = (name: string): SQL => sql.raw(`"${name.replace(/"/g, '""')}"`);

export interface PruneResult {
  readonly deleted: number;
  /** Rows gone from the reference files but kept because other data still refers to them. */
  readonly retained: number;
}

/**
 * Deletes the rows of `table` (alias t) matching `vanished` — reference rows a new version no
 * longer lists — except those another table still refers to. References are found through
 * the foreign keys in the catalog, so tables added later are covered too. A cascading key
 * counts as a reference: deleting a park must never take its memberships or alerts with it.
 * `ownedBy` names the tables the loader rebuilds itself (their rows do not keep a row alive).
 */
export const pruneVanishedRows = async (tx: Tx, table: string, vanished: SQL, ownedBy: readonly string[] = []): Promise<PruneResult> => {
  const references = rowsOf<{ referencing: string; column: string; referenced: string }>(
    await tx.execute(sql`
      SELECT cl.relname AS referencing, a.attname AS "column", af.attname AS referenced
      FROM pg_constraint c
      JOIN pg_class cl ON cl.oid = c.conrelid
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND c.confrelid = ${table}::regclass AND cardinality(c.conkey) = 1`),
  ).filter((ref) => !ownedBy.includes(ref.referencing));
  const unreferenced = references.map(
    (ref) => sql` AND NOT EXISTS (SELECT 1 FROM ${ident(ref.referencing)} r WHERE r.${ident(ref.column)} = t.${ident(ref.referenced)})`,
  );
  const [deleted] = rowsOf<{ n: number }>(
    await tx.execute(sql`WITH gone AS (DELETE FROM ${ident(table)} t WHERE ${vanished}${sql.join(unreferenced)} RETURNING 1) SELECT count(*)::int AS n FROM gone`),
  );
  const [retained] = rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM ${ident(table)} t WHERE ${vanished}`));
  return { deleted: deleted?.n ?? 0, retained: retained?.n ?? 0 };
};
