import { parse } from "csv-parse/sync";

/** A reference CSV row; an empty field is "unknown" and becomes null. */
export type ReferenceRow = Readonly<Record<string, string | null>>;

export const parseReferenceCsv = (text: string): ReferenceRow[] =>
  parse(text, { columns: true, skip_empty_lines: true, cast: (value) => (value === "" ? null : value) });

/** Column values of all rows, in row order, for one `unnest($n::type[])` parameter. */
export const columnOf = (rows: readonly ReferenceRow[], column: string): (string | null)[] =>
  rows.map((row) => {
    const value = row[column];
    if (value === undefined) throw new Error(`Reference CSV lacks column "${column}"`);
    return value;
  });
