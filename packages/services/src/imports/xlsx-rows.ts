import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { loadExcelJs } from "../exceljs-on-demand";
import { FileProblem, type Cell, type PercentCell, type SheetRow } from "./import-issue";
import { bilingual } from "./messages";

/** Sheets a template carries besides the data, skipped on import. */
export const HELP_SHEET_NAME = "填报说明";

type XlsxValue = ExcelJS.CellValue | undefined;

const richText = (value: ExcelJS.CellRichTextValue): string => value.richText.map((r) => r.text).join("");

/** An xlsx cell as a plain value: formulas give their cached result, links their text. */
export const toCell = (value: XlsxValue): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return richText(value);
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return { error: "公式没有计算结果（formula without a cached result）" };
    return typeof result === "object" && !(result instanceof Date) ? { error: String(result.error) } : result;
  }
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    return typeof text === "string" ? text : text && typeof text === "object" && "richText" in text ? richText(text as ExcelJS.CellRichTextValue) : null;
  }
  return null;
};

/** A number format's sections without quoted text, escaped characters and [colour] or [condition] parts. */
const formatCode = (numFmt: string): string => numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");

/**
 * A number cell whose format shows it as a percentage. A real percent format ("0%") multiplies
 * the stored fraction by 100 on display; a literal percent sign ('0"%"') just follows the number.
 * Either way the user sees a percentage, which a numeric column must not take as its value.
 */
const percentCell = (value: number, numFmt: string | undefined): PercentCell | null => {
  if (!numFmt?.includes("%")) return null;
  const scaled = formatCode(numFmt).includes("%");
  return { fraction: value, shown: `${scaled ? Number((value * 100).toPrecision(12)) : value}%` };
};

/** Just what the streaming reader exposes beyond its declared type. */
interface SheetMeta {
  name?: string;
  state?: string;
}

/**
 * Streams the rows of the first visible worksheet that is not the help sheet, in batches, with
 * row numbers as Excel shows them. Streaming keeps memory flat for large workbooks; anything the
 * zip or XML layer chokes on becomes one file-level problem.
 */
export async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow[]> {
  const reader = new (await loadExcelJs()).stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache", // needed to tell date cells from numbers
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let done = false;
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets += 1;
      const meta = sheet as unknown as SheetMeta;
      if (done || meta.name === HELP_SHEET_NAME || (meta.state !== undefined && meta.state !== "visible")) {
        for await (const _ of sheet) void _; // the zip is read in order: skip past this sheet
        continue;
      }
      done = true;
      let batch: SheetRow[] = [];
      for await (const row of sheet) {
        const values = row.values as XlsxValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) {
          const cell = toCell(values[i]);
          cells.push(typeof cell === "number" ? (percentCell(cell, row.getCell(i).numFmt) ?? cell) : cell);
        }
        batch.push({ row: row.number, cells });
        if (batch.length >= 2000) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    }
    // A zip without worksheets (a .docx, or any zip renamed) is no workbook: say so, rather than "no header".
    if (sheets === 0) {
      throw new FileProblem(bilingual("文件扩展名为 .xlsx，但不是 Excel 工作簿（其中没有工作表）", "named .xlsx but not an Excel workbook: there is no worksheet in it"));
    }
    if (!done) {
      throw new FileProblem(
        bilingual(`工作簿中没有可读取的数据工作表：只有「${HELP_SHEET_NAME}」或隐藏的工作表`, "no data worksheet in the workbook: only the help sheet or hidden sheets"),
      );
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(bilingual("无法读取该 xlsx 文件：文件已损坏，或不是 Excel 工作簿", "cannot read the xlsx: damaged or not an Excel workbook"));
  }
}
