import { loadExcelJs } from "../exceljs-on-demand";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { CSV_CONTENT_TYPE, UTF8_BOM, XLSX_CONTENT_TYPE, type SpreadsheetFile } from "./build-import-template";
import { csvField, spreadsheetSafeText } from "./csv-field";
import { requireVisibleBatch, selectImportErrors } from "./get-import";

const HEADERS = ["行号 Row", "列 Column", "原值 Value", "问题 Problem"] as const;


/**
 * The problems of an import as a spreadsheet the user can work through beside the original
 * file: one line per problem with the row number and column header as the file shows them.
 */
export const buildErrorReport = async (ctx: ServiceContext, scope: TenantScope, id: number, format: "xlsx" | "csv"): Promise<SpreadsheetFile> => {
  const batch = await requireVisibleBatch(ctx.database.db, scope, id);
  const errors = await selectImportErrors(ctx.database.db, id);
  const base = `import-${id}-errors`;
  const lines = errors.map((e) => [e.row === null ? "" : String(e.row), e.column ?? "", e.value ?? "", e.message]);
  if (format === "csv") {
    // Column and value are the uploader's text: a spreadsheet must not run them as formulas.
    const safe = lines.map(([row = "", column = "", value = "", message = ""]) => [row, spreadsheetSafeText(column), spreadsheetSafeText(value), message]);
    const text = [HEADERS, ...safe].map((l) => l.map(csvField).join(",")).join("\r\n");
    return { fileName: `${base}.csv`, contentType: CSV_CONTENT_TYPE, body: Buffer.from(`${UTF8_BOM}${text}\r\n`, "utf8") };
  }
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "ParkPilot";
  const sheet = workbook.addWorksheet("错误", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = [{ width: 10 }, { width: 24 }, { width: 24 }, { width: 80 }];
  sheet.addRow([`${batch.fileName}：${batch.message ?? ""}`]).font = { bold: true };
  sheet.addRow([...HEADERS]).font = { bold: true };
  for (const [row, column, value, message] of lines) {
    // Values stay text: a credit code or a "1,234" must read exactly as it was in the file.
    sheet.addRow([row === "" ? null : Number(row), column, value, message]).getCell(3).numFmt = "@";
  }
  return { fileName: `${base}.xlsx`, contentType: XLSX_CONTENT_TYPE, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
};
