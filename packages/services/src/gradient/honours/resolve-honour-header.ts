import { columnHeader, type ImportColumn } from "../../imports/import-columns";
import { normalizeHeader } from "../../imports/header-aliases";
import { cellsOf, type ImportIssue, type SheetRow } from "../../imports/import-issue";
import { bilingual, columnLetter } from "../../imports/messages";
import { cellDisplay } from "../../imports/parse-cell";
import type { ResolvedHeader } from "../../imports/resolve-header";
import { HONOUR_COLUMNS, HONOUR_HEADER_ALIASES } from "./honour-columns";

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every spelling of a column, as the import pipeline accepts them, plus those official lists use. */
const ALIASES: ReadonlyMap<string, ImportColumn> = (() => {
  const map = new Map<string, ImportColumn>();
  for (const c of HONOUR_COLUMNS) {
    for (const s of [columnHeader(c), c.zh, c.key, snake(c.key), c.en, ...(HONOUR_HEADER_ALIASES[c.key] ?? [])]) {
      const key = normalizeHeader(s);
      const other = map.get(key);
      if (other && other !== c) throw new Error(`honours import: header "${s}" matches both ${other.key} and ${c.key}`);
      map.set(key, c);
    }
  }
  return map;
})();

/**
 * Maps an honours list's header row to its columns, with the pipeline's strictness: an unknown
 * header is reported rather than guessed or dropped, a column given twice is refused, and every
 * missing required column is named.
 */
export const resolveHonourHeader = (header: SheetRow): { header: ResolvedHeader; issues: ImportIssue[] } => {
  const labels = cellsOf(header).map((c) => (cellDisplay(c) ?? "").trim());
  const indexByKey = new Map<string, number>(HONOUR_COLUMNS.map((c) => [c.key, -1]));
  const issues: ImportIssue[] = [];
  labels.forEach((text, index) => {
    if (text === "") return;
    const column = ALIASES.get(normalizeHeader(text));
    if (!column) {
      issues.push({ row: header.row, column: text, value: text, message: bilingual(`未知的列「${text}」，请删除该列或使用模板中的列名`, "unknown column: remove it or use a template header") });
      return;
    }
    const previous = indexByKey.get(column.key) ?? -1;
    if (previous >= 0) {
      issues.push({
        row: header.row,
        column: text,
        value: text,
        message: bilingual(`列「${columnHeader(column)}」出现了两次（${columnLetter(previous)}列和${columnLetter(index)}列）`, `column given twice (${columnLetter(previous)} and ${columnLetter(index)})`),
      });
      return;
    }
    indexByKey.set(column.key, index);
  });
  for (const c of HONOUR_COLUMNS) {
    if (c.required && (indexByKey.get(c.key) ?? -1) < 0) {
      issues.push({ row: header.row, column: columnHeader(c), value: null, message: bilingual(`缺少必填列「${columnHeader(c)}」`, `required column missing: ${c.en}`) });
    }
  }
  const present = HONOUR_COLUMNS.filter((c) => (indexByKey.get(c.key) ?? -1) >= 0);
  return { header: { row: header.row, indexByKey, present, labels }, issues };
};
