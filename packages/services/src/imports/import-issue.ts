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

/**
 * An xlsx number cell formatted as a percentage: Excel shows 12% for the stored 0.12. Kept
 * apart so that a numeric column can refuse it instead of storing the fraction.
 */
export interface PercentCell {
  /** The number stored in the cell (0.12 for a cell showing 12%). */
  readonly fraction: number;
  /** The value as Excel shows it, for messages and the error report. */
  readonly shown: string;
}

export const isPercentCell = (cell: Cell | undefined): cell is PercentCell => typeof cell === "object" && cell !== null && "fraction" in cell;

/** A cell as read: CSV gives strings only; xlsx may give numbers, booleans, dates and errors. */
export type Cell = string | number | boolean | Date | CellError | PercentCell | null;

/**
 * A problem with the file as a whole (format, encoding, structure): the import stops there.
 * `row` is set when the problem was found at a known row (a byte that does not decode, an
 * unterminated quote), so that the error report names it in its Row column too.
 */
export class FileProblem extends Error {
  /** Data rows read before the problem stopped the reading, for the batch record. */
  rowsRead = 0;

  constructor(
    message: string,
    readonly row: number | null = null,
  ) {
    super(message);
    this.name = "FileProblem";
  }
}
