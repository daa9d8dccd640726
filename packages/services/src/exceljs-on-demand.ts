import type ExcelJS from "exceljs";

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * ExcelJS, loaded the first time a workbook is read or written. Imported up front, its module tree
 * (zip, streams, XML) cost ~0.7 s of every server start, most of which never touch a workbook.
 */
export const loadExcelJs = (): Promise<typeof ExcelJS> => (loading ??= import("exceljs").then((m) => m.default));
