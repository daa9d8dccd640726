/**
 * One problem found in an import file, where the user will look for it: the row number as the
 * spreadsheet shows it (header = 1), the column header as written in the file and the
 * offending value. File-level problems have no row. Same shape as the import_errors table.
 */
export interface ImportIssue {
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
}

/**
 * What the readers yield: one spreadsheet row with its 1-based number and its cells (0-based).
 * A CSV line without quotes comes as its raw text instead (cells null): the indicator rows
 * validate such a line in place, which spares a million-row file 30-odd strings per row.
 */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly Cell[] | null;
  readonly line?: string;
}

export const cellsOf = (row: SheetRow): readonly Cell[] => row.cells ?? (row.line ?? "").split(",");

/** An Excel error value (#N/A, #DIV/0! …): kept apart so it is never read as text. */
export interface CellError {
  readonly error: string;
}

/** A cell as read: CSV gives strings only; xlsx may give numbers, booleans, dates and errors. */
export type Cell = string | number | boolean | Date | CellError | null;

/** A problem with the file as a whole (format, encoding, structure): the import stops there. */
export class FileProblem extends Error {
  /** Data rows read before the problem stopped the reading, for the batch record. */
  rowsRead = 0;

  constructor(message: string) {
    super(message);
    this.name = "FileProblem";
  }
}
