import { loadExcelJs } from "../exceljs-on-demand";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { CSV_CONTENT_TYPE, UTF8_BOM, XLSX_CONTENT_TYPE, type SpreadsheetFile } from "./build-import-template";
import { csvField, spreadsheetSafeText } from "./csv-field";
import { requireVisibleBatch, selectImportErrors, selectImportWarnings } from "./get-import";

const ERROR_HEADERS = ["行号 Row", "列 Column", "原值 Value", "问题 Problem"] as const;
const WARNING_HEADERS = ["行号 Row", "列 Column", "数值 Value", "参照期 Reference period", "参照值 Reference value", "参照行 Reference row", "说明 Check"] as const;

type ReportCell = string | number | null;

interface Report {
  readonly fileName: string;
  readonly sheetName: string;
  /** The first line of the xlsx: the file and what happened to it. */
  readonly title: string;
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  readonly lines: readonly ReportCell[][];
  /** Columns holding the uploader's text: never run as formulas, kept as text in xlsx. */
  readonly fileText: readonly number[];
}

const writeReport = async (report: Report, format: "xlsx" | "csv"): Promise<SpreadsheetFile> => {
  if (format === "csv") {
    const safe = report.lines.map((line) => line.map((cell, i) => (cell === null ? "" : report.fileText.includes(i) ? spreadsheetSafeText(String(cell)) : String(cell))));
    const text = [report.headers, ...safe].map((l) => l.map(csvField).join(",")).join("\r\n");
    return { fileName: `${report.fileName}.csv`, contentType: CSV_CONTENT_TYPE, body: Buffer.from(`${UTF8_BOM}${text}\r\n`, "utf8") };
  }
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "ParkPilot";
  const sheet = workbook.addWorksheet(report.sheetName, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = report.widths.map((width) => ({ width }));
  sheet.addRow([report.title]).font = { bold: true };
  sheet.addRow([...report.headers]).font = { bold: true };
  for (const line of report.lines) {
    const row = sheet.addRow(line);
    // Values stay text: a credit code or a "1,234" must read exactly as it was in the file.
    for (const i of report.fileText) row.getCell(i + 1).numFmt = "@";
  }
  return { fileName: `${report.fileName}.xlsx`, contentType: XLSX_CONTENT_TYPE, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
};

/**
 * The problems of an import as a spreadsheet the user can work through beside the original
 * file: one line per problem with the row number and column header as the file shows them.
 */
export const buildErrorReport = async (ctx: ServiceContext, scope: TenantScope, id: number, format: "xlsx" | "csv"): Promise<SpreadsheetFile> => {
  const batch = await requireVisibleBatch(ctx.database.db, scope, id);
  const errors = await selectImportErrors(ctx.database.db, id);
  return writeReport(
    {
      fileName: `import-${id}-errors`,
      sheetName: "错误",
      title: `${batch.fileName}：${batch.message ?? ""}`,
      headers: ERROR_HEADERS,
      widths: [10, 24, 24, 80],
      lines: errors.map((e) => [e.row, e.column ?? "", e.value ?? "", e.message]),
      fileText: [1, 2],
    },
    format,
  );
};

/**
 * The values of an applied import that need a second look, one line each: row and column as
 * the template shows them, the value, the period before with its value (and its row when the
 * file holds it) and what to check.
 */
export const buildWarningReport = async (ctx: ServiceContext, scope: TenantScope, id: number, format: "xlsx" | "csv"): Promise<SpreadsheetFile> => {
  const batch = await requireVisibleBatch(ctx.database.db, scope, id);
  const warnings = await selectImportWarnings(ctx.database.db, id);
  return writeReport(
    {
      fileName: `import-${id}-warnings`,
      sheetName: "需核对",
      title: `${batch.fileName}：${batch.message ?? ""}`,
      headers: WARNING_HEADERS,
      widths: [10, 28, 16, 18, 16, 12, 90],
      lines: warnings.map((w) => [w.row, w.column, w.value, w.referencePeriod, w.referenceValue, w.referenceRow, w.message]),
      fileText: [],
    },
    format,
  );
};
