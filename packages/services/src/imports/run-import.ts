import { and, eq } from "drizzle-orm";
import { ANALYZE_AFTER_ROWS, refreshPlannerStatistics, tables, type Database, type Tx } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import { AppError, forbidden, validationError } from "../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import { failAbandonedBatches, markBatchApplied, markBatchFailed, openBatch, rejectBatch } from "./batch-store";
import { importBatchVisibility } from "../tenancy/visibility";
import { csvRows } from "./csv-rows";
import { IMPORT_KINDS, type ImportKind } from "./import-columns";
import { FileProblem, type SheetRow } from "./import-issue";
import { findImportWarnings, type FoundWarnings } from "./import-warnings";
import { SNIFF_BYTES, type ImportSource } from "./import-source";
import type { ImportOptions, ImportOutcome } from "./import-types";
import { IssueCollector } from "./issue-collector";
import { bilingual } from "./messages";
import { prepareKind } from "./prepare-kind";
import { selectBatches } from "./present-batch";
import { readAndStage, type StagedSegment, type StagingOptions, type StagingResult } from "./read-and-stage";
import { SegmentApplier } from "./segment-applier";
import { sniffFile } from "./sniff-file";
import { dropStageTable, dropStaleStageTables, STALE_AFTER_MS, stageTableName } from "./staging-table";
import { xlsxRows } from "./xlsx-rows";

const OUTCOME_ERRORS = 100;
const RECORDED_PROBLEMS = 10_000;
const SEGMENT_ROWS = 100_000;

/**
 * An overlapped import holds two pooled connections at once (its transaction and a COPY). A
 * few at a time per database leave the pool to everyone else and can never deadlock it; an
 * import beyond that stages first and applies afterwards, one connection at a time.
 */
const MAX_OVERLAPPED = 2;
const overlapping = new WeakMap<Database, number>();

/** The table an import of each kind writes. */
const IMPORTED_TABLE: Record<ImportKind, string> = { enterprises: "enterprises", annual: "enterprise_annual", monthly: "enterprise_monthly", parcels: "land_parcels" };

/** Thrown inside the apply transaction to roll it back when the file turns out to have problems. */
class Rejected extends Error {}

/**
 * The import pipeline shared by importFile (a Buffer) and importFileFromPath (a file on disk):
 * check → record the batch → sniff → read, validate and stage (one streaming pass) → apply in
 * one transaction, or record why not. All-or-nothing: the target tables change only inside one
 * transaction, which also marks the batch applied and writes the one audit entry; a problem
 * anywhere in the file rolls it back.
 */
export const runImport = async (ctx: ServiceContext, source: ImportSource, options: ImportOptions): Promise<ImportOutcome> => {
  const { actor, kind } = options;
  const { database } = ctx;
  if (!IMPORT_KINDS.includes(kind)) throw validationError(`Unknown import kind "${String(kind)}"`, [{ path: "kind", message: `one of ${IMPORT_KINDS.join(", ")}` }]);
  if (actor.scope.kind === "enterprise" && (kind === "enterprises" || kind === "parcels")) {
    throw forbidden("Enterprise accounts can import their own indicators, not enterprise lists or land parcels");
  }
  const bytes = await source.size();
  if (bytes > options.maxBytes) {
    throw new AppError("payload_too_large", `The file is ${bytes} bytes; imports accept at most ${options.maxBytes} bytes`);
  }
  const started = ctx.clock.now();
  await dropStaleStageTables(database, started);
  await failAbandonedBatches(database.db, started, STALE_AFTER_MS);

  const batchId = await openBatch(database.db, { actor, kind, fileName: source.fileName, sha256: await source.sha256(), bytes, at: started.toISOString() });
  const recorded = options.maxRecordedErrors ?? RECORDED_PROBLEMS;
  const issues = new IssueCollector(recorded);
  const created: string[] = [];
  /** Staging segments handed to the apply, in file order. */
  const applied: string[] = [];
  let warnings: FoundWarnings = { count: 0, warnings: [] };
  /** Keys of the import columns the file carries. */
  const present = new Set<string>();
  let rows = 0;
  let overlapSlot = false;
  const finishedAt = () => ctx.clock.now().toISOString();

  /** After the whole file is read: is it clean? Throws FileProblem or Rejected when not. */
  const verdict = async (staged: StagingResult) => {
    rows = staged.rows;
    if (staged.header === null || staged.processor === null) throw new FileProblem(bilingual("文件没有任何内容（没有表头）", "the file has no header and no data"));
    if (rows === 0 && issues.count === 0) throw new FileProblem(bilingual("文件只有表头，没有数据行", "the file has a header but no data rows"));
    options.onProgress?.({ phase: "checking", rows });
    await staged.processor.finish();
    if (issues.count > 0) throw new Rejected();
    options.onProgress?.({ phase: "applying", rows });
  };

  const markApplied = async (tx: Tx, counts: { inserted: number; updated: number }) => {
    // Values a hundred times off the period before are listed for a second look; they never block.
    if (kind === "annual" || kind === "monthly") {
      warnings = await findImportWarnings(tx, { grain: kind, segments: applied, present, batchId, limit: recorded });
    }
    const toCheck = warnings.count > 0 ? [`；${warnings.count} 个数值需核对`, `; ${warnings.count} values to check`] : ["", ""];
    await markBatchApplied(tx, batchId, {
      rows,
      ...counts,
      warnings,
      message: bilingual(
        `已导入 ${rows} 行：新增 ${counts.inserted}，更新 ${counts.updated}${toCheck[0]}`,
        `${rows} rows imported: ${counts.inserted} new, ${counts.updated} updated${toCheck[1]}`,
      ),
      at: finishedAt(),
    });
    await recordAudit(tx, {
      userId: actor.userId,
      action: "import",
      entity: "import_batch",
      entityKey: String(batchId),
      after: { kind, fileName: source.fileName, rows, inserted: counts.inserted, updated: counts.updated, warnings: warnings.count },
    });
  };

  try {
    const sniffed = sniffFile(source.fileName, await source.head(SNIFF_BYTES), bytes);
    const prepared = await prepareKind(ctx, kind, actor.scope, issues);
    const sheetRows: AsyncIterable<SheetRow[]> = sniffed.format === "xlsx" ? xlsxRows(source) : csvRows(source.chunks(), sniffed.encoding);
    const applyBase = { kind, scope: actor.scope, batchId, userId: actor.userId, at: started.toISOString(), present };
    const staging = (onSegment: (segment: StagedSegment) => void): StagingOptions => ({
      database,
      kind,
      stage: stageTableName(started),
      stageColumns: prepared.stageColumns,
      rows: sheetRows,
      format: sniffed.format,
      issues,
      createProcessor: (header) => {
        for (const c of header.present) present.add(c.key);
        return prepared.createProcessor(header);
      },
      onProgress: options.onProgress,
      segmentRows: options.segmentRows ?? SEGMENT_ROWS,
      onSegment,
      created,
    });

    const overlap = database.target.kind === "postgres" && (overlapping.get(database) ?? 0) < MAX_OVERLAPPED;
    if (overlap) {
      overlapping.set(database, (overlapping.get(database) ?? 0) + 1);
      overlapSlot = true;
      // The server runs COPY of the next segment on one connection while this transaction
      // applies the previous one on another: reading and writing overlap. (PGlite has one
      // connection, where a COPY cannot run beside an open transaction.)
      await database.db.transaction(async (tx) => {
        const applier = new SegmentApplier(tx, applyBase, prepared.prepareSegment);
        try {
          const staged = await readAndStage(
            staging((segment) => {
              applier.enqueue(segment);
              applied.push(segment.table);
            }),
          );
          await verdict(staged);
          await markApplied(tx, await applier.drain());
        } finally {
          await applier.close();
        }
      });
    } else {
      // Stage everything first, then apply all segments in one transaction.
      const segments: StagedSegment[] = [];
      await verdict(await readAndStage(staging((segment) => segments.push(segment))));
      await database.db.transaction(async (tx) => {
        const applier = new SegmentApplier(tx, applyBase, prepared.prepareSegment);
        for (const segment of segments) {
          applier.enqueue(segment);
          applied.push(segment.table);
        }
        await markApplied(tx, await applier.drain());
      });
    }
  } catch (error) {
    if (error instanceof FileProblem || error instanceof Rejected) {
      if (error instanceof FileProblem) {
        issues.add(error.row, null, null, error.message);
        rows = Math.max(rows, error.rowsRead);
      }
      const more = issues.truncated ? `；仅记录前 ${issues.issues.length} 个` : "";
      await rejectBatch(database.db, batchId, {
        rows,
        errorCount: issues.count,
        issues: issues.sorted(),
        message: error instanceof FileProblem ? error.message : bilingual(`文件有 ${issues.count} 个问题${more}，未导入任何数据`, `${issues.count} problems; nothing was imported`),
        at: finishedAt(),
      });
    } else {
      const message = error instanceof AppError ? error.message : bilingual("导入失败，未写入任何数据", "the import failed; nothing was applied");
      await markBatchFailed(database.db, batchId, { rows, message, at: finishedAt() });
      throw error;
    }
  } finally {
    if (overlapSlot) overlapping.set(database, (overlapping.get(database) ?? 1) - 1);
    // A failed drop is harmless: the next import removes stale staging tables.
    for (const table of created) await dropStageTable(database, table).catch(() => undefined);
  }
  const [batch] = await selectBatches(database.db, and(eq(tables.importBatches.id, batchId), importBatchVisibility(actor.scope)));
  if (!batch) throw new Error(`import batch ${batchId} vanished`);
  // After a large import the queries read next (recompute, chain maps) are planned for the rows
  // now there and read covering indexes without visiting the heap, whether or not autovacuum runs.
  // Only an optimisation: the import has landed either way.
  if (batch.status === "applied" && rows >= ANALYZE_AFTER_ROWS) {
    await refreshPlannerStatistics(database, [IMPORTED_TABLE[kind]], { vacuum: true }).catch(() => undefined);
  }
  options.onProgress?.({ phase: "done", rows });
  return { batch, errors: issues.sorted().slice(0, OUTCOME_ERRORS), warnings: batch.status === "applied" ? warnings.warnings.slice(0, OUTCOME_ERRORS) : [] };
};
