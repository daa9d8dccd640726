import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export type CsvRow = Record<string, string>;
export type CsvValue = string | number | boolean | null | undefined;

/** Reads a UTF-8 CSV file with a header row into records keyed by column name. */
export const readCsv = (path: string): CsvRow[] =>
  parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true, bom: true });

const formatField = (value: CsvValue): string => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with "\n" line ends; an empty field means "unknown" (loaded as NULL). */
export const formatCsv = <C extends string>(columns: readonly C[], rows: readonly Record<C, CsvValue>[]): string =>
  [columns.join(","), ...rows.map((row) => columns.map((column) => formatField(row[column])).join(","))].join("\n") + "\n";

export const writeCsv = <C extends string>(path: string, columns: readonly C[], rows: readonly Record<C, CsvValue>[]): void =>
  writeFileSync(path, formatCsv(columns, rows));

/** A required column value; a missing column means the source changed shape, which must stop the build. */
export const field = (row: CsvRow, column: string): string => {
  const value = row[column];
  if (value === undefined) throw new Error(`Source row lacks column "${column}": ${JSON.stringify(row)}`);
  return value.trim();
};
