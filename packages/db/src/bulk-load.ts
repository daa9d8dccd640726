import { sql } from "drizzle-orm";
import type { Database, Tx } from "./client";

/**
 * Runs a bulk load of rows the caller generated itself (the demo province) without the
 * per-row foreign-key triggers, on the embedded database only.
 *
 * On PGlite the process is the only client and runs as the superuser, so
 * `session_replication_role = replica` is allowed and affects nobody else; the foreign-key
 * checks (one trigger call per row, ~40 % of the demo's load time there) are skipped. The demo
 * generator writes parents before children from one consistent plan, so nothing can dangle.
 * Never wrap deletes: cascades and the refusals that guard real data are triggers too.
 * On a PostgreSQL server the load runs unchanged: the account may not be a superuser and the
 * writes are spread over pooled connections.
 */
export const withoutForeignKeyChecks = async <T>(database: Database, load: () => Promise<T>): Promise<T> => {
  if (database.target.kind !== "pglite") return load();
  await database.query("SET session_replication_role = replica");
  try {
    return await load();
  } finally {
    await database.query("SET session_replication_role = DEFAULT");
  }
};

/**
 * The same for the rest of the transaction `tx` only (SET LOCAL), for inserts of generated rows
 * made while the server serves others: the embedded database is one session, so a session-wide
 * setting would also reach their statements run between ours (deletes without their cascades).
 */
export const skipForeignKeyChecksInTransaction = async (database: Database, tx: Tx): Promise<void> => {
  if (database.target.kind === "pglite") await tx.execute(sql`SET LOCAL session_replication_role = replica`);
};

/** Rows written or removed above which a bulk rewrite refreshes the table's planner statistics. */
export const ANALYZE_AFTER_ROWS = 50_000;

/**
 * ANALYZE of tables a bulk write just rewrote (a sample: about a second at a million rows), so
 * the queries read right after it are planned for the rows now there rather than for the old
 * counts, until autovacuum would have got to it. With `vacuum`, VACUUM (ANALYZE): it also marks
 * the rewritten pages all-visible, which index-only scans of the table need (inbox counts, chain
 * maps); a few seconds more at a million rows. Not inside a transaction.
 */
export const refreshPlannerStatistics = async (database: Database, tables: readonly string[], options: { vacuum?: boolean } = {}): Promise<void> => {
  if (tables.length > 0) await database.query(`${options.vacuum ? "VACUUM (ANALYZE)" : "ANALYZE"} ${tables.join(", ")}`);
};
