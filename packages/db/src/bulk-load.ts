import type { Database } from "./client";

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
