// The embedded database's thread: PGlite (PostgreSQL compiled to WebAssembly) runs here, so that
// a long statement never blocks the server's event loop (decision 0013). pglite-worker-client.ts
// is the other end; it documents the messages. Plain JavaScript: Node starts a worker from a
// file, and this one must run the same from the sources, the bundles and the tests.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

/** Error fields PostgreSQL reports (SQLSTATE and the rest), carried across as data. */
const ERROR_FIELDS = ["code", "severity", "detail", "hint", "position", "where", "schema", "table", "column", "dataType", "constraint"];

const describeError = (error) => {
  const plain = { name: "Error", message: String(error) };
  if (error instanceof Error) {
    plain.name = error.name;
    plain.message = error.message;
    plain.stack = error.stack;
    for (const field of ERROR_FIELDS) if (error[field] !== undefined) plain[field] = error[field];
  }
  return plain;
};

/** drizzle passes parsers that keep some types as text: rebuilt here from their type oids. */
const identityParsers = (oids) => (oids && oids.length > 0 ? Object.fromEntries(oids.map((oid) => [oid, (value) => value])) : undefined);

const queryOptions = (options) => {
  if (!options) return undefined;
  const parsers = identityParsers(options.identityParsers);
  return {
    ...(options.rowMode ? { rowMode: options.rowMode } : {}),
    ...(parsers ? { parsers } : {}),
    ...(options.blob ? { blob: new Blob([options.blob]) } : {}),
  };
};

/** Thrown inside PGlite's transaction() to have it roll back. */
const ROLLBACK = Symbol("rollback");

const start = async () => {
  const { dataDir, loadDataDir } = workerData;
  const db = await PGlite.create(dataDir ?? undefined, loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {});
  /**
   * Open transactions by id. Each is a PGlite transaction() whose callback waits for the client's
   * decision (commit or not); `settled` is that transaction() call, awaited by end().
   */
  const transactions = new Map();
  let nextTransaction = 1;

  const runnerOf = (tx) => {
    if (tx === undefined) return db;
    const open = transactions.get(tx);
    if (!open) throw new Error(`transaction ${tx} is not open`);
    return open.runner;
  };

  const handlers = {
    async query({ sql, params, options, tx }) {
      const result = await runnerOf(tx).query(sql, params ?? [], queryOptions(options));
      const blob = result.blob ? await result.blob.arrayBuffer() : undefined;
      return { value: { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows, blob }, transfer: blob ? [blob] : [] };
    },
    async begin() {
      const id = nextTransaction++;
      const entry = { runner: undefined, decide: undefined, settled: undefined };
      const decision = new Promise((resolve) => (entry.decide = resolve));
      await new Promise((opened, failedToOpen) => {
        entry.settled = db.transaction(async (runner) => {
          entry.runner = runner;
          transactions.set(id, entry);
          opened();
          if (!(await decision)) throw ROLLBACK;
        });
        // A BEGIN that fails fails begin(); a later failure is end()'s to report.
        entry.settled.catch(failedToOpen);
      });
      return { value: id };
    },
    async end({ tx, commit }) {
      const entry = transactions.get(tx);
      if (!entry) throw new Error(`transaction ${tx} is not open`);
      transactions.delete(tx);
      entry.decide(commit);
      try {
        await entry.settled;
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      }
      return { value: null };
    },
    async discardWrittenBlob() {
      await db._getWrittenBlob();
      return { value: null };
    },
    async dump() {
      const bytes = await (await db.dumpDataDir("none")).arrayBuffer();
      return { value: bytes, transfer: [bytes] };
    },
    async close() {
      await db.close();
      return { value: null };
    },
  };

  parentPort.on("message", async (message) => {
    const { id, op } = message;
    try {
      const { value, transfer } = await handlers[op](message);
      parentPort.postMessage({ id, ok: true, value }, transfer ?? []);
    } catch (error) {
      parentPort.postMessage({ id, ok: false, error: describeError(error) });
    }
  });
  parentPort.postMessage({ ready: true });
};

start().catch((error) => parentPort.postMessage({ ready: false, error: describeError(error) }));
