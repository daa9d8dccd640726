import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "../client";

/**
 * Test databases. Integration tests run once on PGlite and, when DATABASE_URL is set, once more
 * on the PostgreSQL server (see vitest.config.ts). The global setup migrates and loads the
 * reference data once into a template; each test file gets its own clone, so files can run in
 * parallel and never depend on one another's rows.
 */
export type TestBackend = "pglite" | "postgres";

export const testBackend = (): TestBackend => (process.env.PARKPILOT_TEST_BACKEND === "postgres" ? "postgres" : "pglite");

/** A fresh template name per run: two runs on one server (a developer and CI) never drop each other's. */
export const newTemplateName = (): string => `parkpilot_test_template_${randomBytes(4).toString("hex")}`;

/** Connection string of the server database named `name`, on the server of DATABASE_URL. */
export const serverUrlFor = (name: string): string => {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set: the postgres test tier needs a PostgreSQL server");
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
};

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export const pgliteTemplatePath = (): string => inject("pgliteTemplate");

export interface TestDatabase extends Database {
  /** Drops the clone (server) or discards it (PGlite). */
  dispose(): Promise<void>;
}

export const createTestDatabase = async (): Promise<TestDatabase> => {
  if (testBackend() === "postgres") {
    const name = `parkpilot_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrlFor("postgres") });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
    } finally {
      await admin.end();
    }
    const database = await openDatabase({ kind: "postgres", url: serverUrlFor(name) });
    return {
      ...database,
      async dispose() {
        await database.close();
        const dropper = new pg.Client({ connectionString: serverUrlFor("postgres") });
        await dropper.connect();
        try {
          // pg-pool's end() resolves before its sockets close: wait for the backends to go, or
          // FORCE terminates them mid-shutdown and the pool emits an unhandled 57P01 error.
          for (let i = 0; i < 50; i++) {
            const { rows } = await dropper.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
            if ((rows[0]?.n ?? 0) === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      },
    };
  }
  const database = await openDatabase({ kind: "pglite", dataDir: null, loadDataDir: new Blob([readFileSync(pgliteTemplatePath())]) });
  return { ...database, dispose: () => database.close() };
};
