import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { CopyOutStream } from "./copy-out-stream";
import { lockDataDir } from "./data-dir-lock";
import { startEmbeddedPglite, type EmbeddedPglite, type PgliteRunner } from "./pglite-worker-client";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The Drizzle database, whichever driver is underneath (PGlite or node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A Drizzle transaction handle; accepted wherever a Db is. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null; /** A tarball from dumpEmbeddedDatabase to start from, in memory (test clones). */ loadDataDir?: Blob }
  | { kind: "postgres"; url: string };

export interface Database extends BulkReader {
  readonly target: DatabaseTarget;
  /** Runs a parameterised SQL statement and returns its rows (for queries clearer as SQL). */
  query<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Streams CSV text into `COPY table (columns) FROM STDIN`: the bulk path of imports and the demo. */
  copyFromCsv(table: string, columns: readonly string[], csv: AsyncIterable<string> | Iterable<string>): Promise<void>;
  /**
   * Runs `work` in one transaction on one connection, whose COPY writes are part of it: a bulk
   * replacement (delete, then COPY the new rows) commits whole or not at all. copyFromCsv above
   * runs on a connection of its own, outside any transaction.
   */
  copyTransaction<T>(work: (session: CopySession) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** What reads a population in bulk: Drizzle, and binary COPY out (readColumns). A Database or a CopySession. */
export interface BulkReader {
  /** Drizzle: the pool's, or the transaction's connection in a CopySession. */
  readonly db: Db;
  /** Streams `COPY (query) TO STDOUT (FORMAT binary)`: the bulk read path of populations (copy-out.ts decodes it). */
  copyOutBinary(query: string, options?: CopyOutOptions): AsyncIterable<Uint8Array>;
}

export interface CopyOutOptions {
  /**
   * Plan the read without parallel workers. For reads of one batch run beside other work (a tier
   * run reads the next batch while Node evaluates the last and another connection writes): on a
   * small machine the workers take the cores that work needs, and the parallel cost model prefers
   * scanning a whole 13-million-row table to the batch's index range (measured at a million
   * enterprises: the facts of a batch 790 ms as a parallel scan, 280 ms as a bitmap scan of the
   * range). PGlite runs every query on its one thread and ignores it.
   */
  readonly serial?: boolean;
}

/** One connection inside a transaction (Database.copyTransaction). */
export interface CopySession extends BulkReader {
  query<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /**
   * Streams lines into `COPY table (columns) FROM STDIN` in PostgreSQL's text format: fields
   * separated by tabs, \N for NULL, a backslash doubled (copyTextField). Rows carrying JSON are
   * written in it because CSV would have to quote the field and double every quote inside
   * (measured at a million per-mu results: 12 s of Node time instead of 7 s).
   */
  copyFromText(table: string, columns: readonly string[], lines: CopyChunks): Promise<void>;
}

/** What a COPY … FROM STDIN reads: text, or text already encoded (CopyTextBuffer's pieces). */
export type CopyChunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** A text field of copyFromText: tabs, newlines and backslashes escaped; null is \N. */
export const copyTextField = (value: string | null): string =>
  value === null ? "\\N" : /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : value;

export const openDatabase = async (target: DatabaseTarget): Promise<Database> =>
  target.kind === "postgres" ? openPostgres(target) : openPglite(target);

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const copySql = (table: string, columns: readonly string[], source: string, format: "csv" | "text" = "csv") =>
  `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM ${source} WITH (FORMAT ${format})`;

/** Runs work with PGlite to itself: in a transaction of its own, or in the caller's, which already is. */
type PgliteExclusive = <T>(work: (runner: PgliteRunner) => Promise<T>) => Promise<T>;

/**
 * PGlite writes COPY output to a Blob at /dev/blob: the whole result at once. A COPY that fails
 * part-way leaves what it wrote there, and PGlite would hand it out ahead of the next COPY's
 * output: it is taken away when the COPY fails, before any other statement may run.
 */
async function* pgliteCopyOut(owner: EmbeddedPglite, exclusive: PgliteExclusive, query: string): AsyncIterable<Uint8Array> {
  const result = await exclusive(async (runner) => {
    try {
      return await runner.query(`COPY (${query}) TO '/dev/blob' WITH (FORMAT binary)`);
    } catch (error) {
      await owner.discardWrittenBlob();
      throw error;
    }
  });
  if (!result.blob) throw new Error("COPY TO /dev/blob returned no data");
  yield new Uint8Array(await result.blob.arrayBuffer());
}

/** PGlite reads COPY input from a Blob mounted at /dev/blob: the whole input at once. */
const blobOf = async (data: CopyChunks): Promise<Blob> => {
  const parts: (string | Uint8Array)[] = [];
  for await (const chunk of data) parts.push(chunk);
  return new Blob(parts);
};

const PARALLEL_SETTING = "max_parallel_workers_per_gather";

/**
 * Streams `COPY (query) TO STDOUT (FORMAT binary)` on one server connection; a reader that stops
 * early ends the stream with an error. A serial read sets the connection's parallel workers to
 * none for the COPY and puts the previous value back after it (inside a transaction too, where a
 * SET LOCAL would last to its end); a read that fails leaves the setting to the transaction's
 * rollback or to the discarded connection.
 */
async function* pgCopyOut(conn: pg.PoolClient, query: string, options?: CopyOutOptions): AsyncGenerator<Uint8Array> {
  if (!options?.serial) return yield* pgCopyStream(conn, query);
  const { rows } = await conn.query<{ previous: string }>(`SELECT current_setting('${PARALLEL_SETTING}') AS previous, set_config('${PARALLEL_SETTING}', '0', false)`);
  let failed = false;
  try {
    yield* pgCopyStream(conn, query);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // Also when the reader stopped early (the rest of the COPY is drained first, in pg's queue).
    if (!failed) await conn.query(`SELECT set_config('${PARALLEL_SETTING}', $1, false)`, [rows[0]?.previous ?? "2"]);
  }
}

async function* pgCopyStream(conn: pg.PoolClient, query: string): AsyncGenerator<Uint8Array> {
  const stream = conn.query(new CopyOutStream(`COPY (${query}) TO STDOUT WITH (FORMAT binary)`));
  let complete = false;
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
    complete = true;
  } finally {
    if (!complete && !stream.readableEnded) stream.destroy(new Error("COPY read abandoned"));
  }
}

/** Streams text into a COPY … FROM STDIN statement on one server connection. */
const copyOn = async (conn: pg.PoolClient, statement: string, data: CopyChunks): Promise<void> => {
  const { from } = await import("pg-copy-streams");
  const { pipeline } = await import("node:stream/promises");
  const { Readable } = await import("node:stream");
  await pipeline(Readable.from(data), conn.query(from(statement)));
};

/** The embedded database behind each Database opened on PGlite, by its Drizzle handle (kept by copies of the Database). */
const embeddedOf = new WeakMap<Db, EmbeddedPglite>();

/** An embedded database's data directory as a tarball, for a target's `loadDataDir` (the test template). */
export const dumpEmbeddedDatabase = (database: Database): Promise<Blob> => {
  const embedded = embeddedOf.get(database.db);
  if (!embedded) throw new Error("only an embedded (PGlite) database can be dumped");
  return embedded.dumpDataDir();
};

/** Drizzle over the embedded database's client: it calls query() and transaction(), as on PGlite. */
const drizzleOver = (runner: PgliteRunner | EmbeddedPglite): Db => drizzlePglite(runner as unknown as PGlite, { schema }) as unknown as Db;

const openPglite = async (target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Database> => {
  const lock = target.dataDir ? lockDataDir(target.dataDir) : null;
  let client: EmbeddedPglite;
  try {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    client = await startEmbeddedPglite({ dataDir: target.dataDir, ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}) });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const database: Database = {
    target,
    db: drizzleOver(client),
    async query(text, params) {
      const result = await client.query(text, params ?? []);
      return result.rows as never;
    },
    async copyFromCsv(table, columns, csv) {
      await client.query(copySql(table, columns, "'/dev/blob'"), [], { blob: await blobOf(csv) });
    },
    copyTransaction(work) {
      return client.transaction((tx) =>
        work({
          db: drizzleOver(tx),
          async query(text, params) {
            return (await tx.query(text, params ?? [])).rows as never;
          },
          async copyFromText(table, columns, lines) {
            await tx.query(copySql(table, columns, "'/dev/blob'", "text"), [], { blob: await blobOf(lines) });
          },
          copyOutBinary: (query) => pgliteCopyOut(client, (work) => work(tx), query),
        }),
      );
    },
    copyOutBinary: (query) => pgliteCopyOut(client, (work) => client.transaction(work), query),
    async migrate() {
      await migratePglite(drizzlePglite(client as unknown as PGlite), { migrationsFolder: MIGRATIONS_DIR });
    },
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
  embeddedOf.set(database.db, client);
  return database;
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
      const conn = await pool.connect();
      try {
        await copyOn(conn, copySql(table, columns, "STDIN"), csv);
      } finally {
        conn.release();
      }
    },
    async copyTransaction(work) {
      const conn = await pool.connect();
      let broken: Error | undefined;
      try {
        await conn.query("BEGIN");
        const result = await work({
          db: drizzlePg(conn, { schema }) as unknown as Db,
          async query(text, params) {
            return (await conn.query(text, params ?? [])).rows as never;
          },
          copyFromText: (table, columns, lines) => copyOn(conn, copySql(table, columns, "STDIN", "text"), lines),
          copyOutBinary: (query, options) => pgCopyOut(conn, query, options),
        });
        await conn.query("COMMIT");
        return result;
      } catch (error) {
        await conn.query("ROLLBACK").catch((e: unknown) => (broken = e instanceof Error ? e : new Error(String(e))));
        throw error;
      } finally {
        // A connection that could not even roll back is closed rather than returned to the pool.
        conn.release(broken);
      }
    },
    async *copyOutBinary(query, options) {
      const conn = await pool.connect();
      let complete = false;
      try {
        yield* pgCopyOut(conn, query, options);
        complete = true;
      } finally {
        // A read that failed or stopped early may leave the COPY running: that connection is discarded, not reused.
        conn.release(complete ? undefined : new Error("COPY read not completed"));
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
