import type ExcelJS from "exceljs";
import { VALUE_MAGNITUDE_LIMIT } from "@parkpilot/core";
import { loadExcelJs } from "../exceljs-on-demand";
import { columnNumFmt, describeColumnRule } from "./describe-column";
import { columnHeader, IMPORT_KIND_LABELS, importColumns, type ImportColumn, type ImportKind } from "./import-columns";
import { csvField } from "./csv-field";
import { columnLetter } from "./messages";
import { HELP_SHEET_NAME } from "./xlsx-rows";

export interface SpreadsheetFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = "\ufeff";

export const DATA_SHEET_NAME = "数据";
/**
 * Drop-down lists and range checks cover the first 10,000 data rows. Whole columns would be
 * nicer in Excel, but exceljs-based tools expand a range into one entry per cell when they
 * read the file, and a million-cell expansion per column hangs them. The import checks every
 * row regardless; the in-sheet checks are only a convenience while typing.
 */
const LAST_ROW = 10_001;

/** General rules printed above the column table of the help sheet. */
export const TEMPLATE_NOTES: readonly string[] = [
  "1. 请勿修改第1行表头；不需要的列可以整列删除，删除的列不会改动已有数据。Keep the header row; a deleted column leaves stored values untouched.",
  "2. 未知的数据请留空或填“—”，不要填 0：0 表示真实的零值。Leave unknown values blank or '—'; 0 means zero.",
  "3. 金额单位为万元，面积单位为亩或平方米，以表头括号中的单位为准，导入时不做换算。Units are those in the header; values are never rescaled.",
  "4. 数值可带千分位逗号（如 1,234.5），小数点用英文句点。Thousands separators are fine; the decimal mark is '.'.",
  "5. 整个文件要么全部导入，要么全部不导入：有任何错误时，系统列出每个错误的行号、列名和原值，修改后重新上传即可。A file is imported whole or not at all; every problem is listed by row and column.",
  "6. 重复导入同一文件结果不变（按信用代码与年份/月份、园区与地块编号更新）。Re-importing the same file leaves the same data.",
  "7. CSV 文件请用英文逗号分隔，并以 UTF-8 编码保存（Excel：另存为「CSV UTF-8」）。CSV: comma-separated, UTF-8.",
];

const validationFor = (column: ImportColumn): ExcelJS.DataValidation | null => {
  const spec = column.spec;
  const rule = describeColumnRule(column);
  const base = { allowBlank: true, showErrorMessage: true, errorTitle: column.zh, error: `${rule.zh}（${rule.en}）` };
  switch (spec.type) {
    case "enum":
      return { ...base, type: "list", formulae: [`"${spec.options.map((o) => o.zh).join(",")}"`], errorStyle: "stop" };
    case "boolean":
      return { ...base, type: "list", formulae: ['"是,否"'], errorStyle: "stop" };
    case "number":
      // A warning, not a stop: "—" (unknown) must stay enterable in a number column.
      return {
        ...base,
        type: spec.kind === "integer" ? "whole" : "decimal",
        operator: "between",
        formulae: [spec.min ?? -VALUE_MAGNITUDE_LIMIT, VALUE_MAGNITUDE_LIMIT],
        errorStyle: "warning",
      };
    case "creditCode":
      return { ...base, type: "textLength", operator: "equal", formulae: [18], errorStyle: "warning" };
    default:
      return null;
  }
};

const addDataSheet = (workbook: ExcelJS.Workbook, columns: readonly ImportColumn[]) => {
  const sheet = workbook.addWorksheet(DATA_SHEET_NAME, {
    // Keep the header and the identifying columns in view while scrolling through indicators.
    views: [{ state: "frozen", ySplit: 1, xSplit: columns[1]?.required ? 2 : 1 }],
  });
  sheet.columns = columns.map((c) => ({ header: columnHeader(c), key: c.key, width: Math.max(12, columnHeader(c).length * 2 + 2), style: { numFmt: columnNumFmt(c) } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 32;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.required ? "FFFCE4D6" : "FFDDEBF7" } };
    const rule = describeColumnRule(c);
    cell.note = `${c.meaningZh}\n${c.required ? "必填" : "选填"}；${rule.zh}\n例：${c.example}`;
    const validation = validationFor(c);
    const letter = columnLetter(i);
    if (validation) {
      (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${letter}2:${letter}${LAST_ROW}`,
        validation,
      );
    }
  });
};

const addHelpSheet = (workbook: ExcelJS.Workbook, label: { zh: string; en: string }, columns: readonly ImportColumn[]) => {
  const sheet = workbook.addWorksheet(HELP_SHEET_NAME);
  sheet.columns = [{ width: 28 }, { width: 20 }, { width: 48 }, { width: 12 }, { width: 8 }, { width: 40 }, { width: 22 }];
  sheet.addRow([`${label.zh}导入模板 填报说明（${label.en} import template）`]).font = { bold: true, size: 14 };
  for (const note of TEMPLATE_NOTES) sheet.addRow([note]);
  sheet.addRow([]);
  const head = sheet.addRow(["列名 Column", "字段键 Key", "含义 Meaning", "单位 Unit", "必填 Required", "格式/允许值 Format", "示例 Example"]);
  head.font = { bold: true };
  for (const c of columns) {
    const rule = describeColumnRule(c);
    sheet.addRow([
      columnHeader(c),
      c.key,
      `${c.meaningZh}（${c.meaningEn}）`,
      c.unit ? `${c.unit} (${c.unitEn ?? ""})` : "",
      c.required ? "是" : "否",
      `${rule.zh}（${rule.en}）`,
      c.example,
    ]).alignment = { wrapText: true, vertical: "top" };
  }
};

/**
 * The import template of a kind, generated from the field catalogue (never a hand-kept header
 * list): xlsx with a frozen Chinese header carrying units, drop-down lists for enumerations,
 * number formats, a note on each header and a 填报说明 sheet; or CSV (UTF-8 with BOM) with the
 * same header.
 */
export const buildImportTemplate = (kind: ImportKind, format: "xlsx" | "csv"): Promise<SpreadsheetFile> =>
  buildColumnsTemplate({ slug: kind, label: IMPORT_KIND_LABELS[kind], columns: importColumns(kind) }, format);

/** The same template for any column list (honours lists import through the pipeline's parts). */
export const buildColumnsTemplate = async (
  input: { slug: string; label: { zh: string; en: string }; columns: readonly ImportColumn[] },
  format: "xlsx" | "csv",
): Promise<SpreadsheetFile> => {
  const { columns } = input;
  if (format === "csv") {
    const body = Buffer.from(`${UTF8_BOM}${columns.map((c) => csvField(columnHeader(c))).join(",")}\r\n`, "utf8");
    return { fileName: `parkpilot-${input.slug}-template.csv`, contentType: CSV_CONTENT_TYPE, body };
  }
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "ParkPilot";
  addDataSheet(workbook, columns);
  addHelpSheet(workbook, input.label, columns);
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `parkpilot-${input.slug}-template.xlsx`, contentType: XLSX_CONTENT_TYPE, body };
};
