import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The Drizzle database, whichever driver is underneath (PGlite or node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A Drizzle transaction handle; accepted wherever a Db is. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null; /** An already opened client (test clones). */ client?: PGlite }
  | { kind: "postgres"; url: string };

export interface Database {
  readonly target: DatabaseTarget;
  readonly db: Db;
  /** Runs a parameterised SQL statement and returns its rows (for queries clearer as SQL). */
  query<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Streams CSV text into `COPY table (columns) FROM STDIN`: the bulk path of imports and the demo. */
  copyFromCsv(table: string, columns: readonly string[], csv: AsyncIterable<string> | Iterable<string>): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const openDatabase = async (target: DatabaseTarget): Promise<Database> =>
  target.kind === "postgres" ? openPostgres(target) : openPglite(target);

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const copySql = (table: string, columns: readonly string[], source: string) =>
  `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM ${source} WITH (FORMAT csv)`;

const openPglite = async (target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Database> => {
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = target.client ?? (target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create());
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    target,
    db,
    async query(text, params) {
      const result = await client.query(text, params ?? []);
      return result.rows as never;
    },
    async copyFromCsv(table, columns, csv) {
      // PGlite reads COPY input from a Blob mounted at /dev/blob.
      const parts: string[] = [];
      for await (const chunk of csv) parts.push(chunk);
      await client.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob(parts) });
    },
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
    },
    async close() {
      await client.close();
    },
  };
};

const openPostgres = async (target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Database> => {
  // JIT off for this application's sessions: the planner compiles any query whose cost estimate
  // passes jit_above_cost, and estimates on a province of a million enterprises pass it for
  // queries that read a few rows (a 20-row alert page once spent ~3 s compiling).
  const pool = new pg.Pool({ connectionString: target.url, max: 10, options: "-c jit=off" });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    target,
    db,
    async query(text, params) {
      const result = await pool.query(text, params ?? []);
      return result.rows as never;
    },
    async copyFromCsv(table, columns, csv) {
      const { from } = await import("pg-copy-streams");
      const { pipeline } = await import("node:stream/promises");
      const { Readable } = await import("node:stream");
      const conn = await pool.connect();
      try {
        await pipeline(Readable.from(csv), conn.query(from(copySql(table, columns, "STDIN"))));
      } finally {
        conn.release();
      }
    },
    async migrate() {
      await migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_DIR });
    },
    async close() {
      await pool.end();
    },
  };
};
