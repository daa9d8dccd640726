import type { Database } from "@parkpilot/db";
import type { ImportKind } from "./import-columns";
import type { ImportProgress } from "./import-types";
import { cellsOf, FileProblem, type Cell, type SheetRow } from "./import-issue";
import type { IssueCollector } from "./issue-collector";
import { bilingual, columnLetter } from "./messages";
import { cellDisplay } from "./parse-cell";
import { resolveHeader, type ResolvedHeader } from "./resolve-header";
import type { RowProcessor } from "./row-processor";
import type { StageColumn } from "./staging-csv";
import { createStageTable } from "./staging-table";

/** A filled staging table: one segment of the file's clean rows. */
export interface StagedSegment {
  readonly table: string;
  readonly rows: number;
}

export interface StagingResult {
  readonly header: ResolvedHeader | null;
  readonly processor: RowProcessor | null;
  /** Non-blank data rows read. */
  readonly rows: number;
}

export interface StagingOptions {
  readonly database: Database;
  readonly kind: ImportKind;
  /** Base name of the staging tables; segment k is `${stage}_s${k}`. */
  readonly stage: string;
  readonly stageColumns: readonly StageColumn[];
  readonly rows: AsyncIterable<SheetRow[]>;
  /**
   * Where the rows come from. A CSV row has a field for every column up to the last header
   * (Excel writes the commas of empty cells), so a shorter row has lost cells and is refused,
   * never read as unknowns that would clear stored values. An xlsx row legitimately ends at its
   * last filled cell.
   */
  readonly format: "csv" | "xlsx";
  readonly issues: IssueCollector;
  readonly createProcessor: (header: ResolvedHeader) => RowProcessor;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Clean rows per staging segment. */
  readonly segmentRows: number;
  /** Receives each filled segment while the file is still clean; may throw to stop reading. */
  readonly onSegment: (segment: StagedSegment) => void;
  /** Every staging table created, for the caller to drop whatever happens. */
  readonly created: string[];
}

const isBlank = (cell: Cell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && (cell.length === 0 || cell.trim().length === 0));

const isBlankRow = (cells: readonly Cell[]): boolean => {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
};

/** Staging lines are handed to COPY in pieces of about this many characters. */
const PIECE = 1 << 20;
const PROGRESS_EVERY = 50_000;

/**
 * Reads the file once: the first non-blank row is the header, every later non-blank row is
 * validated and, while the file is still clean, streamed through COPY into staging segments.
 * Segments let the caller apply one part while the next is read (on a server the two run on
 * different connections). After the first problem nothing more is staged, but every row is
 * still checked, so the user gets all problems of the file in one go.
 */
export const readAndStage = async (options: StagingOptions): Promise<StagingResult> => {
  const { issues } = options;
  let header: ResolvedHeader | null = null;
  let processor: RowProcessor | null = null;
  let rows = 0;
  let stray: number[] = [];
  /** Fields a CSV row must have: up to the last non-blank header. */
  let width = 0;
  const iterator = options.rows[Symbol.asyncIterator]();
  let batch: readonly SheetRow[] = [];
  let index = 0;
  let exhausted = false;
  let segmentRows = 0;

  /** Cells under no header: data the import would otherwise drop without a word. */
  const checkStray = (row: number, cells: readonly Cell[], width: number) => {
    for (const i of stray) {
      if (!isBlank(cells[i])) issues.add(row, columnLetter(i), cellDisplay(cells[i]), bilingual(`${columnLetter(i)}列没有表头，但该单元格有内容`, "a value in a column without header"));
    }
    for (let i = width; i < cells.length; i++) {
      if (!isBlank(cells[i])) issues.add(row, columnLetter(i), cellDisplay(cells[i]), bilingual(`${columnLetter(i)}列超出表头范围，但该单元格有内容`, "a value beyond the last header column"));
    }
  };

  /** One row: its staging line, or null (header, blank, or a row with problems). */
  const handle = (r: SheetRow): string | null => {
    if (processor !== null && processor.fastRow && r.line !== undefined && r.line.length > 0) {
      const fast = processor.fastRow(r.row, r.line);
      if (fast !== undefined) {
        rows += 1;
        return fast;
      }
    }
    const cells = cellsOf(r);
    if (isBlankRow(cells)) return null;
    if (header === null || processor === null) {
      const resolved = resolveHeader(options.kind, r);
      header = resolved.header;
      issues.addAll(resolved.issues);
      processor = options.createProcessor(header);
      stray = header.labels.flatMap((label, i) => (label === "" ? [i] : []));
      width = header.labels.findLastIndex((label) => label !== "") + 1;
      return null;
    }
    rows += 1;
    if (options.format === "csv" && cells.length < width) {
      issues.add(
        r.row,
        null,
        null,
        bilingual(
          `第${r.row}行只有 ${cells.length} 个字段，而表头有 ${width} 列：该行缺少单元格（逗号），缺少的单元格不会当作空值，请补齐后重新导入`,
          `row ${r.row} has ${cells.length} fields where the header has ${width}: cells are missing, and are not taken as empty`,
        ),
      );
    }
    if (cells.length > header.labels.length || stray.length > 0) checkStray(r.row, cells, header.labels.length);
    return processor.row(r.row, cells);
  };

  /** The lines of one segment: rows are read until the segment is full or the file ends. */
  async function* segmentLines(): AsyncGenerator<string> {
    let piece = "";
    while (segmentRows < options.segmentRows) {
      if (index >= batch.length) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        batch = next.value;
        index = 0;
        continue;
      }
      while (index < batch.length && segmentRows < options.segmentRows) {
        const r = batch[index++];
        if (r === undefined) continue;
        const before = rows;
        const line = handle(r);
        if (line !== null && issues.count === 0) {
          piece += `${line}\n`;
          segmentRows += 1;
        }
        if (rows !== before && rows % PROGRESS_EVERY === 0) options.onProgress?.({ phase: "reading", rows });
      }
      if (piece.length >= PIECE) {
        yield piece;
        piece = "";
      }
    }
    if (piece.length > 0 && issues.count === 0) yield piece;
  }

  const columns = options.stageColumns.map((c) => c.name);
  try {
    for (let k = 0; !exhausted; k++) {
      const table = `${options.stage}_s${k}`;
      await createStageTable(options.database, table, options.stageColumns);
      options.created.push(table);
      segmentRows = 0;
      await options.database.copyFromCsv(table, columns, segmentLines());
      if (segmentRows > 0 && issues.count === 0) options.onSegment({ table, rows: segmentRows });
    }
  } catch (error) {
    if (error instanceof FileProblem) error.rowsRead = rows;
    throw error;
  }
  options.onProgress?.({ phase: "reading", rows });
  return { header, processor, rows };
};
