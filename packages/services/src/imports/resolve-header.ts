import { headerAliases, normalizeHeader } from "./header-aliases";
import { columnHeader, IMPORT_KIND_LABELS, IMPORT_KINDS, importColumns, type ImportColumn, type ImportKind } from "./import-columns";
import { cellsOf, type Cell, type ImportIssue, type SheetRow } from "./import-issue";
import { bilingual, columnLetter } from "./messages";
import { cellDisplay } from "./parse-cell";

export interface ResolvedHeader {
  readonly row: number;
  /** Cell index of each column of the kind, -1 when the file does not have it. */
  readonly indexByKey: ReadonlyMap<string, number>;
  /** The columns the file has, in kind order. */
  readonly present: readonly ImportColumn[];
  /** Header text as written, by cell index (what error messages name). */
  readonly labels: readonly string[];
}

const cellText = (cell: Cell | undefined): string => cellDisplay(cell)?.trim() ?? "";

const UNIT_SUFFIX = /^(.*)[([]([^()[\]]*)[)\]]$/;

/** A header split into a name and the unit in its last brackets (full-width folded), when it has one. */
const splitUnit = (text: string): { name: string; unit: string } | null => {
  const m = UNIT_SUFFIX.exec(text.normalize("NFKC").trim());
  return m ? { name: m[1] ?? "", unit: (m[2] ?? "").trim() } : null;
};

/** A header naming a column that has a unit, and the unit it gives: the template's or another. */
interface UnitMatch {
  readonly column: ImportColumn;
  readonly unit: string;
  readonly matches: boolean;
}

/**
 * Any name the column answers to, followed by a unit in brackets. The template's unit in either
 * language matches (`revenue(万元)`, `营业收入(10k CNY)`, `Industrial output (10k CNY)`); any
 * other unit does not, and the message names both, since values are never rescaled.
 */
const matchUnit = (kind: ImportKind, text: string): UnitMatch | null => {
  const split = splitUnit(text);
  const column = split ? headerAliases(kind).get(normalizeHeader(split.name)) : undefined;
  if (!split || !column?.unit) return null;
  const given = normalizeHeader(split.unit);
  const matches = [column.unit, column.unitEn].some((u) => u !== undefined && normalizeHeader(u) === given);
  return { column, unit: split.unit, matches };
};

/** An unrecognised header: a wrong unit, a column of another import kind, or simply unknown. */
const unknownHeaderMessage = (kind: ImportKind, text: string, unit: UnitMatch | null): string => {
  if (unit) {
    const { column } = unit;
    return bilingual(
      `列「${text}」单位与模板不符：填写的单位是「${unit.unit}」，模板单位是「${column.unit ?? ""}」（${columnHeader(column)}）；请按模板单位换算后填写`,
      `unit does not match: the header gives ${unit.unit}, the template expects ${column.unit ?? ""} (${column.unitEn ?? ""}); convert the values, the import never rescales them`,
    );
  }
  const normalized = normalizeHeader(text);
  const otherKind = IMPORT_KINDS.find((k) => k !== kind && headerAliases(k).has(normalized));
  if (otherKind) {
    return bilingual(
      `未知的列「${text}」：该列属于「${IMPORT_KIND_LABELS[otherKind].zh}」导入，不属于「${IMPORT_KIND_LABELS[kind].zh}」`,
      `unknown column: it belongs to the ${IMPORT_KIND_LABELS[otherKind].en} import, not ${IMPORT_KIND_LABELS[kind].en}`,
    );
  }
  return bilingual(`未知的列「${text}」，请删除该列或使用模板中的列名`, "unknown column: remove it or use a template header");
};

/**
 * Maps the header row to the kind's columns. Reports every problem at once: unknown columns
 * (never guessed), a column given twice, required columns missing, and a hint when the headers
 * fit another import kind better (the wrong template chosen).
 */
export const resolveHeader = (kind: ImportKind, header: SheetRow): { header: ResolvedHeader; issues: ImportIssue[] } => {
  const aliases = headerAliases(kind);
  const issues: ImportIssue[] = [];
  const labels = cellsOf(header).map(cellText);
  const indexByKey = new Map<string, number>(importColumns(kind).map((c) => [c.key, -1]));
  let matched = 0;
  labels.forEach((text, index) => {
    if (text === "") return;
    const unit = aliases.has(normalizeHeader(text)) ? null : matchUnit(kind, text);
    const column = unit?.matches ? unit.column : aliases.get(normalizeHeader(text));
    if (!column) {
      issues.push({ row: header.row, column: text, value: text, message: unknownHeaderMessage(kind, text, unit) });
      return;
    }
    matched += 1;
    const previous = indexByKey.get(column.key) ?? -1;
    if (previous >= 0) {
      issues.push({
        row: header.row,
        column: text,
        value: text,
        message: bilingual(
          `列「${columnHeader(column)}」出现了两次（${columnLetter(previous)}列和${columnLetter(index)}列）`,
          `column given twice (${columnLetter(previous)} and ${columnLetter(index)})`,
        ),
      });
      return;
    }
    indexByKey.set(column.key, index);
  });
  for (const column of importColumns(kind)) {
    if (column.required && (indexByKey.get(column.key) ?? -1) < 0) {
      issues.push({
        row: header.row,
        column: columnHeader(column),
        value: null,
        message: bilingual(`缺少必填列「${columnHeader(column)}」`, `required column missing: ${column.en}`),
      });
    }
  }
  const better = IMPORT_KINDS.filter((k) => k !== kind)
    .map((k) => ({ k, n: labels.filter((t) => t !== "" && headerAliases(k).has(normalizeHeader(t))).length }))
    .find(({ n }) => n > matched);
  if (better) {
    issues.unshift({
      row: header.row,
      column: null,
      value: null,
      message: bilingual(
        `表头更像「${IMPORT_KIND_LABELS[better.k].zh}」模板，请确认选择的导入类型`,
        `the headers fit the ${IMPORT_KIND_LABELS[better.k].en} template better: check the import kind`,
      ),
    });
  }
  if (labels.length === 1 && /[;\t]/.test(labels[0] ?? "")) {
    issues.unshift({
      row: header.row,
      column: null,
      value: null,
      message: bilingual("表头只有一列且含有分号或制表符：CSV 文件须以英文逗号分隔", "CSV must be comma-separated, not ';' or tab"),
    });
  }
  const present = importColumns(kind).filter((c) => (indexByKey.get(c.key) ?? -1) >= 0);
  return { header: { row: header.row, indexByKey, present, labels }, issues };
};
