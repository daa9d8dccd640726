import type { Cell } from "./import-issue";
import type { StageColumn } from "./staging-csv";

/**
 * Validates the data rows of one import kind and turns each valid row into a line of the
 * staging COPY. One instance per file: it also remembers keys to name duplicate rows.
 */
export interface RowProcessor {
  readonly stageColumns: readonly StageColumn[];
  /** The staging line of a row (CSV, no newline), or null when the row has problems (reported). */
  row(row: number, cells: readonly Cell[]): string | null;
  /**
   * The staging line of a clean, unquoted CSV line validated without splitting it, or
   * undefined when the line needs the full path (anything unusual, every problem included).
   */
  fastRow?(row: number, line: string): string | undefined;
  /** Checks that need the whole file or one more query; may report further problems. */
  finish(): Promise<void>;
}
