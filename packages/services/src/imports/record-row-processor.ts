import { CellReporter } from "./cell-reporter";
import { columnHeader, type ImportColumn } from "./import-columns";
import type { Cell } from "./import-issue";
import type { IssueCollector } from "./issue-collector";
import { bilingual } from "./messages";
import { ParseFailure, type Parsed } from "./parse-cell";
import type { ResolvedHeader } from "./resolve-header";
import type { RowProcessor } from "./row-processor";
import type { StageColumn } from "./staging-csv";

/** One import column of a master-data kind: where it is staged and how a cell becomes staging text. */
export interface RecordColumn {
  readonly column: ImportColumn;
  readonly stage: StageColumn;
  /** The cell as a staging CSV field (already quoted where needed), null for unknown. */
  parse(cell: Cell | undefined): Parsed<string>;
}

/**
 * A parsed row: staging text by column key, plus where each cell is. A value is null when the
 * cell is unknown, absent, or failed to parse (that failure is reported already).
 */
export interface ParsedRecord {
  readonly row: number;
  readonly values: ReadonlyMap<string, string | null>;
  readonly cells: readonly Cell[];
}

export interface RecordProcessorOptions {
  readonly header: ResolvedHeader;
  readonly issues: IssueCollector;
  readonly columns: readonly RecordColumn[];
  /** The keys that identify a record in the file, for duplicate detection (named in the message). */
  readonly keyColumns: readonly string[];
  readonly keyDescription: { zh: string; en: string };
  /**
   * Checks across cells of one row; returns false when it reported a problem. It runs on every
   * row, also one with problems in other cells, so that all problems of a row are reported at
   * once: it must act only on the values it needs being non-null (parsed successfully).
   */
  readonly check?: (record: ParsedRecord, reporter: CellReporter) => boolean;
  /** Called for each row that passed, e.g. to remember what finish() must look up. */
  readonly accepted?: (record: ParsedRecord) => void;
  readonly finish?: (reporter: CellReporter) => Promise<void>;
}

/**
 * Master-data rows (enterprises, parcels): few enough per file that clarity wins over the
 * allocation-free loop of the indicator rows. Every cell is parsed and every problem reported.
 */
export const createRecordProcessor = (options: RecordProcessorOptions): RowProcessor => {
  const reporter = new CellReporter(options.header, options.issues);
  const indexes = options.columns.map((c) => reporter.index(c.column.key));
  const seen = new Map<string, number>();
  const firstKeyIndex = reporter.index(options.keyColumns[0] ?? "");

  return {
    stageColumns: [{ name: "row", type: "integer NOT NULL" }, ...options.columns.map((c) => c.stage)],
    row(row, cells) {
      let ok = true;
      const values = new Map<string, string | null>();
      options.columns.forEach((c, i) => {
        const index = indexes[i] ?? -1;
        if (index < 0) {
          values.set(c.column.key, null);
          if (c.column.required) ok = false; // reported once, at the header
          return;
        }
        const cell = cells[index];
        const parsed = c.parse(cell);
        if (parsed instanceof ParseFailure) {
          reporter.fail(row, index, cell, parsed.message);
          ok = false;
          values.set(c.column.key, null);
        } else {
          if (parsed === null && c.column.required) {
            reporter.fail(row, index, cell, bilingual(`「${columnHeader(c.column)}」为必填`, `${c.column.en} is required`));
            ok = false;
          }
          values.set(c.column.key, parsed);
        }
      });
      const record: ParsedRecord = { row, values, cells };
      if (options.check && !options.check(record, reporter)) ok = false;
      const keyParts = options.keyColumns.map((k) => values.get(k) ?? null);
      if (keyParts.every((p) => p !== null)) {
        const key = keyParts.join("\u0000");
        const first = seen.get(key);
        if (first !== undefined) {
          reporter.fail(
            row,
            firstKeyIndex,
            cells[firstKeyIndex],
            bilingual(`与第${first}行重复：${options.keyDescription.zh}只能出现一次`, `duplicates row ${first}: ${options.keyDescription.en} must be unique in the file`),
          );
          ok = false;
        } else seen.set(key, row);
      }
      if (!ok) return null;
      options.accepted?.(record);
      return [String(row), ...options.columns.map((c) => values.get(c.column.key) ?? "")].join(",");
    },
    finish: () => options.finish?.(reporter) ?? Promise.resolve(),
  };
};
