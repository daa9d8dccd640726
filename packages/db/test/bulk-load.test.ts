import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { refreshPlannerStatistics, skipForeignKeyChecksInTransaction } from "../src/bulk-load";
import { rowsOf } from "../src/raw-sql";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/** What the planner and index-only scans know of a table: its row estimate and all-visible pages. */
const tableState = async (database: TestDatabase, table: string) => {
  const [row] = await database.query<{ tuples: number; visible: number; pages: number }>(
    "SELECT reltuples::float8 AS tuples, relallvisible::int AS visible, relpages::int AS pages FROM pg_class WHERE oid = $1::regclass",
    [table],
  );
  return row;
};

describe("refreshing planner statistics after a bulk write", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (const name of ["bulk_analyzed", "bulk_vacuumed"]) {
      await database.query(`CREATE TABLE ${name} (id int PRIMARY KEY, v int)`);
      await database.query(`INSERT INTO ${name} SELECT g, g % 7 FROM generate_series(1, 20000) g`);
    }
  });
  afterAll(async () => database.dispose());

  it("ANALYZE gives the planner the rows now there", async () => {
    expect((await tableState(database, "bulk_analyzed"))?.tuples).not.toBe(20000);
    await refreshPlannerStatistics(database, ["bulk_analyzed"]);
    expect((await tableState(database, "bulk_analyzed"))?.tuples).toBe(20000);
  });

  it("with vacuum, also marks every page all-visible, so index-only scans skip the heap", async () => {
    await refreshPlannerStatistics(database, ["bulk_vacuumed"], { vacuum: true });
    const state = await tableState(database, "bulk_vacuumed");
    expect(state?.tuples).toBe(20000);
    expect(state?.pages).toBeGreaterThan(0);
    expect(state?.visible).toBe(state?.pages);
  });

  it("does nothing for no tables", async () => {
    await expect(refreshPlannerStatistics(database, [])).resolves.toBeUndefined();
  });
});

describe("skipping foreign-key checks for one transaction", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.query("CREATE TABLE fk_parent (id int PRIMARY KEY)");
    await database.query("CREATE TABLE fk_child (id int PRIMARY KEY, parent int NOT NULL REFERENCES fk_parent (id))");
  });
  afterAll(async () => database.dispose());

  it("skips them inside it on the embedded database only, and never for statements outside it", async () => {
    const role = async () => (await database.query<{ role: string }>("SELECT current_setting('session_replication_role') AS role"))[0]?.role;
    let outside: Promise<string | undefined> | undefined;
    const inside = await database.db.transaction(async (tx) => {
      await skipForeignKeyChecksInTransaction(database, tx);
      // Issued while the transaction is open: on PGlite it runs after the transaction ends.
      outside = role();
      const [row] = rowsOf<{ role: string }>(await tx.execute(sql`SELECT current_setting('session_replication_role') AS role`));
      return row?.role;
    });
    expect(inside).toBe(database.target.kind === "pglite" ? "replica" : "origin");
    expect(await outside).toBe("origin");
    expect(await role()).toBe("origin");
    await expect(database.query("INSERT INTO fk_child VALUES (1, 99)")).rejects.toThrow(/foreign key/);
  });
});
