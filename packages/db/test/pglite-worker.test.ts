import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpEmbeddedDatabase, openDatabase, sqlStateOf, type Database } from "../src";
import { startEmbeddedPglite } from "../src/pglite-worker-client";
import { createTestDatabase, testBackend, type TestDatabase } from "../src/testing";

// The embedded database runs in a worker thread (pglite-worker-client.ts): these check what that
// thread boundary must keep, on top of the whole suite, which runs on it.
describe.skipIf(testBackend() === "postgres")("embedded database in its own thread", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.query("CREATE TABLE worker_probe (id int PRIMARY KEY, note text)");
  });
  afterAll(async () => database.dispose());

  it("leaves the event loop free while a statement runs", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    try {
      // About a second of work in PostgreSQL; on the caller's thread the interval would not run once meanwhile.
      const [row] = await database.query<{ n: string }>("SELECT count(*) AS n FROM generate_series(1, 4000000) g WHERE g % 7 = 0");
      expect(Number(row?.n)).toBe(571_428);
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it("reports PostgreSQL's error fields and the caller's stack", async () => {
    await database.query("INSERT INTO worker_probe VALUES (1, 'a')");
    const error = await database.query("INSERT INTO worker_probe VALUES (1, 'b')").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(sqlStateOf(error)).toBe("23505");
    expect(error).toMatchObject({ constraint: "worker_probe_pkey", table: "worker_probe" });
    expect((error as Error).stack).toContain("pglite-worker.test.ts");
  });

  it("rolls a failed transaction back, and a statement from outside waits for an open one to end", async () => {
    const failed = database.copyTransaction(async (session) => {
      await session.query("INSERT INTO worker_probe VALUES (2, 'rolled back')");
      throw new Error("stop");
    });
    await expect(failed).rejects.toThrow("stop");
    expect(await database.query("SELECT id FROM worker_probe WHERE id = 2")).toEqual([]);

    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await database.copyTransaction(async (session) => {
      await session.query("INSERT INTO worker_probe VALUES (3, 'committed')");
      outside = database.query<{ n: number }>("SELECT count(*)::int AS n FROM worker_probe WHERE id = 3").then((rows) => {
        order.push("outside read");
        return rows;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push("transaction ends");
    });
    expect(await outside).toEqual([{ n: 1 }]);
    expect(order).toEqual(["transaction ends", "outside read"]);
  });

  it("refuses a result parser that would have to run in the database's thread", async () => {
    const embedded = await startEmbeddedPglite({ dataDir: null });
    try {
      await expect(embedded.query("SELECT 1", [], { parsers: { 23: (value: string) => Number(value) } })).rejects.toThrow("cannot be sent to its thread");
      const kept = await embedded.query<{ d: string }>("SELECT date '2026-01-02' AS d", [], { parsers: { 1082: (value: string) => value } });
      expect(kept.rows).toEqual([{ d: "2026-01-02" }]);
    } finally {
      await embedded.close();
    }
    await expect(embedded.query("SELECT 1")).rejects.toThrow("closed");
  });

  it("dumps its data directory for another to start from", async () => {
    const copy: Database = await openDatabase({ kind: "pglite", dataDir: null, loadDataDir: await dumpEmbeddedDatabase(database) });
    try {
      expect(await copy.query("SELECT id, note FROM worker_probe ORDER BY id")).toEqual([
        { id: 1, note: "a" },
        { id: 3, note: "committed" },
      ]);
    } finally {
      await copy.close();
    }
  });
});
