import type ExcelJS from "exceljs";
import { FileProblem, type Cell, type PercentCell, type SheetRow } from "./import-issue";
import { bilingual } from "./messages";
import { NotAWorkbook, openXlsxWorkbook, type XlsxWorkbook } from "./xlsx-workbook";
import type { RangeSource } from "./zip-parts";

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

const isFilled = (value: XlsxValue): boolean => {
  const cell = toCell(value);
  return cell !== null && !(typeof cell === "string" && cell.trim() === "");
};

/**
 * The rows of the first visible worksheet (in tab order) that is not the help sheet, in batches,
 * with row numbers as Excel shows them; refuses the workbook when a further visible sheet holds
 * data. Worksheets are streamed, so memory stays flat for large workbooks; anything the zip or XML
 * layer chokes on becomes one file-level problem.
 */
export async function* xlsxRows(source: RangeSource): AsyncGenerator<SheetRow[]> {
  let workbook: XlsxWorkbook | undefined;
  let dataSheet: string | undefined;
  const otherSheetsWithData: string[] = [];
  try {
    workbook = await openXlsxWorkbook(source);
    const sheets = workbook.sheets.filter((sheet) => !sheet.hidden && sheet.name !== HELP_SHEET_NAME);
    for (const sheet of sheets) {
      if (dataSheet !== undefined) {
        for await (const row of await sheet.rows()) {
          if ((row.values as XlsxValue[]).some(isFilled)) {
            otherSheetsWithData.push(sheet.name);
            break;
          }
        }
        continue;
      }
      dataSheet = sheet.name;
      let batch: SheetRow[] = [];
      for await (const row of await sheet.rows()) {
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
    if (workbook.sheets.length === 0) throw notAWorkbook();
    // One sheet per import: a second visible sheet with data would otherwise be left out without a word.
    if (otherSheetsWithData.length > 0) {
      const others = otherSheetsWithData.map((n) => `「${n}」`).join("、");
      throw new FileProblem(
        bilingual(
          `工作簿中除「${dataSheet}」外，工作表${others}也有数据，而一次导入只读取一个工作表：请把数据合并到一个工作表，或分成多个文件导入；不需要导入的工作表请删除或隐藏`,
          `besides "${dataSheet}", the sheet(s) ${otherSheetsWithData.map((n) => `"${n}"`).join(", ")} also hold data, and an import reads one sheet: merge the data into one sheet or import each as its own file; delete or hide sheets that are not to be imported`,
        ),
      );
    }
    if (dataSheet === undefined) {
      throw new FileProblem(
        bilingual(`工作簿中没有可读取的数据工作表：只有「${HELP_SHEET_NAME}」或隐藏的工作表`, "no data worksheet in the workbook: only the help sheet or hidden sheets"),
      );
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    if (error instanceof NotAWorkbook) throw notAWorkbook();
    throw new FileProblem(bilingual("无法读取该 xlsx 文件：文件已损坏，或不是 Excel 工作簿", "cannot read the xlsx: damaged or not an Excel workbook"));
  } finally {
    workbook?.close();
  }
}

const notAWorkbook = (): FileProblem =>
  new FileProblem(bilingual("文件扩展名为 .xlsx，但不是 Excel 工作簿（其中没有工作表）", "named .xlsx but not an Excel workbook: there is no worksheet in it"));
