import type { Database } from "../client";
import type { OperatingStatus } from "../schema";
import { allocate } from "./allocation";
import { buildCalendar, parseIsoDate } from "./calendar";
import { loadDemoReference, type ReferenceData } from "./context";
import { csvText } from "./csv";
import { abandonDemo, claimDemo, recordDemo, type DemoSettingValue } from "./demo-state";
import { DemoGenerationError } from "./errors";
import { drawParkTraits, type GenerationContext } from "./firm";
import { creditCodeFactory } from "./identity";
import { emptyTally, runChunks } from "./chunks";
import { createRowContext } from "./rows";
import { seasonTables } from "./seasonality";
import { withoutForeignKeyChecks } from "../bulk-load";

export type DemoPhase = "prepare" | "generate" | "analyze";

export interface DemoOptions {
  /** Any safe integer; the same seed and options give the same rows, byte for byte. */
  readonly seed: number;
  readonly enterprises: number;
  /** Two-digit province code; "44" (Guangdong) by default. */
  readonly provinceCode?: string;
  /** ISO date: annual data for the 3 completed years before it, monthly for the 36 complete months. */
  readonly asOf: string;
  /** Remove an earlier demo (every is_generated row) first instead of refusing. */
  readonly replace?: boolean;
  /** Recorded in system_settings as given; the generator reads no clock. */
  readonly generatedAt?: string;
  /** Enterprises per COPY round (default 5,000): bounds memory, and PGlite's buffered COPY. */
  readonly chunkSize?: number;
  /** Chunks copied at once on the server (default 2; PGlite has one connection: always 1). */
  readonly writeConcurrency?: number;
  /**
   * Leave the demo recorded as in progress when the rows are written, because the caller goes on
   * to derive more from them (tiers, chains, evaluation) and records the demo further (setDemoStatus);
   * a crash in between then reads as an unfinished demo, regenerated at the next start.
   */
  readonly leaveInProgress?: boolean;
  readonly onProgress?: (done: number, total: number, phase: DemoPhase) => void;
}

export interface DemoSummary {
  readonly seed: number;
  readonly provinceCode: string;
  readonly asOf: string;
  readonly years: readonly number[];
  readonly periods: { readonly first: string; readonly last: string };
  /** Whether an earlier demo was removed first. */
  readonly replaced: boolean;
  readonly rows: { readonly enterprises: number; readonly enterpriseAnnual: number; readonly enterpriseMonthly: number; readonly landParcels: number };
  readonly parks: { readonly available: number; readonly used: number; readonly byPark: readonly { parkId: number; name: string; enterprises: number }[] };
  readonly composition: Readonly<Record<OperatingStatus, number>> & {
    readonly declining: number;
    readonly anomalous: number;
    readonly inLeadingIndustries: number;
  };
}

const DEFAULT_CHUNK = 5000;
/** Organisation codes give room for 10^8 indices; far more than a province needs. */
const MAX_ENTERPRISES = 10_000_000;

const validate = (options: DemoOptions): { provinceCode: string; chunkSize: number } => {
  const provinceCode = options.provinceCode ?? "44";
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const problems: string[] = [];
  if (!Number.isSafeInteger(options.seed)) problems.push("seed must be a safe integer");
  if (!Number.isInteger(options.enterprises) || options.enterprises < 1 || options.enterprises > MAX_ENTERPRISES) {
    problems.push(`enterprises must be an integer from 1 to ${MAX_ENTERPRISES}`);
  }
  if (!/^\d{2}$/.test(provinceCode)) problems.push("provinceCode must be two digits");
  if (!parseIsoDate(options.asOf)) problems.push("asOf must be an ISO date (YYYY-MM-DD)");
  if (!Number.isInteger(chunkSize) || chunkSize < 1) problems.push("chunkSize must be a positive integer");
  const concurrency = options.writeConcurrency;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8)) problems.push("writeConcurrency must be an integer from 1 to 8");
  if (problems.length > 0) throw new DemoGenerationError("invalid_options", problems.join("; "));
  return { provinceCode, chunkSize };
};

/** Everything a run derives from its options and the reference data before the first row. */
export const createGenerationContext = (reference: ReferenceData, seed: number, provinceCode: string, asOf: string, enterprises: number): GenerationContext => {
  const calendar = buildCalendar(asOf);
  const sourceNote = csvText(demoSourceNote(seed));
  return {
    seed,
    provinceCode,
    calendar,
    reference,
    allocation: allocate(reference.parks, enterprises),
    parkTraits: reference.parks.map((park) => drawParkTraits(seed, park)),
    codes: creditCodeFactory(seed),
    sourceNote,
    rows: createRowContext(calendar, sourceNote),
    season: seasonTables(calendar.yearOf, calendar.monthOfYear),
  };
};

/** The provenance note of every generated row: short, since it repeats tens of millions of times. */
export const demoSourceNote = (seed: number): string => `demo seed ${seed}`;

/**
 * Generates a demo province into `database`: enterprises in the province's real parks, their
 * annual and monthly indicators and land parcels, all marked as generated. Rows are produced
 * and copied chunk by chunk, so memory stays flat whatever the size.
 */
export const generateDemoProvince = async (database: Database, options: DemoOptions): Promise<DemoSummary> => {
  const { provinceCode, chunkSize } = validate(options);
  const total = options.enterprises;
  const progress = options.onProgress ?? (() => undefined);

  progress(0, 1, "prepare");
  // Read the reference data before touching anything, so a missing catalogue refuses cleanly.
  const reference = await loadDemoReference(database, provinceCode);
  const setting: DemoSettingValue = {
    seed: options.seed,
    enterprises: total,
    provinceCode,
    asOf: options.asOf,
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    status: "in_progress",
  };
  const { replaced } = await claimDemo(database, setting, options.replace === true);
  progress(1, 1, "prepare");

  const ctx = createGenerationContext(reference, options.seed, provinceCode, options.asOf, total);
  const { allocation, calendar } = ctx;

  const tally = emptyTally();
  const { rows, composition } = tally;
  const concurrency = database.target.kind === "postgres" ? (options.writeConcurrency ?? 2) : 1;
  try {
    progress(0, total, "generate");
    // Inserts only (the claim above removed any earlier demo with its checks and cascades intact).
    await withoutForeignKeyChecks(database, () =>
      runChunks(database, ctx, tally, { total, chunkSize, concurrency, onWritten: (written) => progress(written, total, "generate") }),
    );
  } catch (error) {
    // Leave the database as it was before the run rather than with a partial demo.
    await abandonDemo(database).catch(() => undefined);
    throw error;
  }

  progress(0, 1, "analyze");
  await database.query("analyze enterprises, enterprise_annual, enterprise_monthly, land_parcels");
  await recordDemo(database, { ...setting, status: options.leaveInProgress ? "in_progress" : "complete", rows });
  progress(1, 1, "analyze");

  const byPark = reference.parks
    .map((park, i) => ({ parkId: park.id, name: park.name, enterprises: allocation.counts[i] ?? 0 }))
    .filter((p) => p.enterprises > 0);
  return {
    seed: options.seed,
    provinceCode,
    asOf: options.asOf,
    years: calendar.years,
    periods: { first: calendar.periods[calendar.firstReported] ?? "", last: calendar.periods[calendar.months - 1] ?? "" },
    replaced,
    rows,
    parks: { available: reference.parks.length, used: byPark.length, byPark },
    composition,
  };
};
