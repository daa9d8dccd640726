import type { Database } from "../client";
import type { OperatingStatus } from "../schema";
import { ENTERPRISE_COLUMNS, generateEnterprise } from "./enterprise";
import type { GenerationContext } from "./firm";
import { PARCEL_COLUMNS } from "./parcels";
import { ANNUAL_COLUMNS, MONTHLY_COLUMNS } from "./rows";

/**
 * A run proceeds in chunks of enterprises: CSV text for every table is produced for a chunk,
 * then copied. While chunks are being copied the next one is generated, yielding to the event
 * loop every few dozen enterprises so that the COPY streams keep the server fed. Chunks are
 * independent of one another (ids are reserved in order before generation), so several can be
 * copied at once over separate connections; within a chunk, enterprises go first.
 */
export interface Chunk {
  readonly count: number;
  readonly enterprises: string[];
  readonly annual: string[];
  readonly monthly: string[];
  readonly parcels: string[];
}

export interface Tally {
  readonly rows: { enterprises: number; enterpriseAnnual: number; enterpriseMonthly: number; landParcels: number };
  readonly composition: Record<OperatingStatus, number> & { declining: number; anomalous: number; inLeadingIndustries: number };
}

export const emptyTally = (): Tally => ({
  rows: { enterprises: 0, enterpriseAnnual: 0, enterpriseMonthly: 0, landParcels: 0 },
  composition: { operating: 0, suspended: 0, deregistered: 0, relocated: 0, declining: 0, anomalous: 0, inLeadingIndustries: 0 },
});

/** ~5 ms of generation between yields: short enough that the socket never runs dry. */
const YIELD_EVERY = 50;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export const generateChunk = async (ctx: GenerationContext, first: number, ids: readonly number[], tally: Tally): Promise<Chunk> => {
  const chunk: Chunk = { count: ids.length, enterprises: [], annual: [], monthly: [], parcels: [] };
  const { rows, composition } = tally;
  for (let k = 0; k < ids.length; k++) {
    if (k > 0 && k % YIELD_EVERY === 0) await yieldToEventLoop();
    const g = generateEnterprise(ctx, first + k, ids[k] as number);
    chunk.enterprises.push(g.enterprise);
    if (g.annual) chunk.annual.push(g.annual);
    if (g.monthly) chunk.monthly.push(g.monthly);
    if (g.parcels) chunk.parcels.push(g.parcels);
    rows.enterpriseAnnual += g.annualRows;
    rows.enterpriseMonthly += g.monthlyRows;
    rows.landParcels += g.parcelRows;
    composition[g.status]++;
    if (g.declining) composition.declining++;
    if (g.anomalous) composition.anomalous++;
    if (g.inLeadingIndustry) composition.inLeadingIndustries++;
  }
  return chunk;
};

export const writeChunk = async (database: Database, chunk: Chunk): Promise<void> => {
  // Enterprises first: the other tables refer to them.
  await database.copyFromCsv("enterprises", ENTERPRISE_COLUMNS, chunk.enterprises);
  if (chunk.annual.length > 0) await database.copyFromCsv("enterprise_annual", ANNUAL_COLUMNS, chunk.annual);
  if (chunk.monthly.length > 0) await database.copyFromCsv("enterprise_monthly", MONTHLY_COLUMNS, chunk.monthly);
  if (chunk.parcels.length > 0) await database.copyFromCsv("land_parcels", PARCEL_COLUMNS, chunk.parcels);
};

/** Ids for the next `count` enterprises, taken from the table's own sequence. */
const reserveIds = async (database: Database, count: number): Promise<number[]> => {
  const rows = await database.query<{ id: number }>(
    `select nextval(pg_get_serial_sequence('enterprises', 'id'))::int as id from generate_series(1, $1::int)`,
    [count],
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
};

export interface RunChunksOptions {
  readonly total: number;
  readonly chunkSize: number;
  /** Chunks copied at the same time (each on its own connection). */
  readonly concurrency: number;
  /** Called after each chunk is written, with the number of enterprises written so far. */
  readonly onWritten: (written: number) => void;
}

/** Generates and writes all chunks; on failure waits for writes in flight, then rethrows. */
export const runChunks = async (database: Database, ctx: GenerationContext, tally: Tally, options: RunChunksOptions): Promise<void> => {
  const inFlight: Promise<void>[] = [];
  try {
    for (let first = 0; first < options.total; first += options.chunkSize) {
      const ids = await reserveIds(database, Math.min(options.chunkSize, options.total - first));
      const chunk = await generateChunk(ctx, first, ids, tally);
      while (inFlight.length >= options.concurrency) await inFlight.shift();
      const writing = writeChunk(database, chunk).then(() => {
        tally.rows.enterprises += chunk.count;
        options.onWritten(tally.rows.enterprises);
      });
      // Observed by the awaits here; this only keeps Node from reporting the rejection as
      // unhandled while the next chunk is being generated.
      writing.catch(() => undefined);
      inFlight.push(writing);
    }
    await Promise.all(inFlight);
  } catch (error) {
    await Promise.allSettled(inFlight);
    throw error;
  }
};
