import { Worker } from "node:worker_threads";

/**
 * The embedded database (PGlite) in a worker thread of its own (decision 0013). PGlite runs
 * PostgreSQL as WebAssembly on the thread that calls it: on the server's thread, every statement
 * stopped the event loop for as long as it ran (an import, a recompute, the first start's demo),
 * and no other request, not even a health check, was answered meanwhile. Here PGlite runs in
 * pglite-worker.mjs and this is its client: the part of PGlite's interface that Drizzle and
 * client.ts use (query, transaction), with PGlite's semantics, since the worker calls PGlite's
 * own query() and transaction() (a query outside a transaction waits for an open one to end).
 *
 * Messages to the worker: { id, op, …arguments }, op one of query, begin, end, discardWrittenBlob,
 * dump, close; the answer is { id, ok: true, value } or { id, ok: false, error }, the error's
 * PostgreSQL fields (code, detail, constraint …) carried as data. Blobs cross as transferred
 * ArrayBuffers. Parsers cannot cross a thread: only parsers that keep a type's text as it is
 * (Drizzle's, for dates and timestamps) are supported, sent as their type oids.
 */
export interface PgliteQueryOptions {
  readonly rowMode?: "array" | "object";
  readonly parsers?: Readonly<Record<number, (value: string, typeId: number) => unknown>>;
  /** COPY … FROM '/dev/blob' reads it. */
  readonly blob?: Blob;
}

export interface PgliteResult<R> {
  readonly rows: R[];
  readonly fields: { name: string; dataTypeID: number }[];
  readonly affectedRows?: number;
  /** What COPY … TO '/dev/blob' wrote. */
  readonly blob?: Blob;
}

/** Runs statements: the database itself, or one of its transactions. */
export interface PgliteRunner {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[], options?: PgliteQueryOptions): Promise<PgliteResult<R>>;
}

export interface EmbeddedPglite extends PgliteRunner {
  /** Runs `work` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: PgliteRunner) => Promise<T>): Promise<T>;
  /** Drops what a failed COPY … TO '/dev/blob' left written, before the next COPY hands it out. */
  discardWrittenBlob(): Promise<void>;
  /** The data directory as a tarball (PGlite's dumpDataDir), for `loadDataDir`. */
  dumpDataDir(): Promise<Blob>;
  close(): Promise<void>;
}

export interface EmbeddedPgliteOptions {
  /** Where PGlite keeps its files; null: in memory. */
  readonly dataDir: string | null;
  /** A tarball from dumpDataDir to start from (in memory). */
  readonly loadDataDir?: Blob;
}

interface WorkerError {
  readonly name: string;
  readonly message: string;
  readonly [field: string]: unknown;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };
type Startup = { ready: true } | { ready: false; error: WorkerError };

const WORKER_FILE = new URL("./pglite-worker.mjs", import.meta.url);

/** An Error of this thread from the worker's description, with the stack of the call that failed. */
const errorFrom = (described: WorkerError, callSite: Error): Error => {
  const { name, message, stack: _workerStack, ...fields } = described;
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  error.stack = `${name}: ${message}\n${(callSite.stack ?? "").split("\n").slice(1).join("\n")}`;
  return error;
};

/** Checked parser sets: Drizzle passes the same object at every run of a query. */
const checkedParsers = new WeakMap<NonNullable<PgliteQueryOptions["parsers"]>, number[]>();

/** The type oids of parsers that keep the text as it is; any other parser cannot cross the thread. */
const identityParserOids = (parsers: PgliteQueryOptions["parsers"]): number[] | undefined => {
  if (!parsers) return undefined;
  let oids = checkedParsers.get(parsers);
  if (!oids) {
    oids = Object.entries(parsers).map(([oid, parse]) => {
      const probe = "2026-01-01 00:00:00";
      if (parse(probe, Number(oid)) !== probe) throw new Error(`the embedded database keeps type ${oid} as text or parses it itself: a parser of another kind cannot be sent to its thread`);
      return Number(oid);
    });
    checkedParsers.set(parsers, oids);
  }
  return oids;
};

export const startEmbeddedPglite = async (options: EmbeddedPgliteOptions): Promise<EmbeddedPglite> => {
  const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
  const worker = new Worker(WORKER_FILE, { workerData: { dataDir: options.dataDir, loadDataDir }, transferList: loadDataDir ? [loadDataDir] : [] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; callSite: Error }>();
  let nextId = 1;
  let stopped: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    const onStartup = (message: Startup) => {
      worker.off("error", reject);
      if (message.ready) resolve();
      else reject(errorFrom(message.error, new Error()));
    };
    worker.once("message", onStartup);
    worker.once("error", reject);
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });

  const failAll = (error: Error) => {
    stopped ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    // An idle worker does not keep the process alive; one with a statement under way does.
    if (pending.size === 0) worker.unref();
    if (reply.ok) call.resolve(reply.value);
    else call.reject(errorFrom(reply.error, call.callSite));
  });
  worker.on("error", (error) => failAll(new Error(`the embedded database stopped: ${error.message}`, { cause: error })));
  worker.on("exit", (code) => failAll(new Error(`the embedded database stopped (its thread exited with code ${code})`)));
  worker.unref();

  const call = <T>(op: string, args: Record<string, unknown> = {}, transfer: ArrayBuffer[] = []): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    const callSite = new Error();
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, callSite });
      worker.ref();
      worker.postMessage({ id, op, ...args }, transfer);
    });
  };

  const queryOn =
    (tx: number | undefined) =>
    async <R>(sql: string, params: unknown[] = [], queryOptions?: PgliteQueryOptions): Promise<PgliteResult<R>> => {
      const blob = queryOptions?.blob ? await queryOptions.blob.arrayBuffer() : undefined;
      const sent = queryOptions ? { rowMode: queryOptions.rowMode, identityParsers: identityParserOids(queryOptions.parsers), blob } : undefined;
      const result = await call<Omit<PgliteResult<R>, "blob"> & { blob?: ArrayBuffer }>("query", { sql, params, options: sent, tx }, blob ? [blob] : []);
      return { ...result, blob: result.blob ? new Blob([result.blob]) : undefined };
    };

  return {
    query: queryOn(undefined),
    async transaction<T>(work: (tx: PgliteRunner) => Promise<T>): Promise<T> {
      const tx = await call<number>("begin");
      let result: T;
      try {
        result = await work({ query: queryOn(tx) });
      } catch (error) {
        await call("end", { tx, commit: false });
        throw error;
      }
      await call("end", { tx, commit: true });
      return result;
    },
    discardWrittenBlob: () => call("discardWrittenBlob"),
    dumpDataDir: async () => new Blob([await call<ArrayBuffer>("dump")]),
    async close() {
      if (stopped) return;
      try {
        await call("close");
      } finally {
        stopped = new Error("the embedded database is closed");
        await worker.terminate();
      }
    },
  };
};
