import { posix } from "node:path";
import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { loadExcelJs } from "../exceljs-on-demand";
import { openZipParts, type RangeSource, type ZipParts } from "./zip-parts";

/** A worksheet in tab order: its name, whether it is hidden, and its rows read on demand. */
export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  rows(): Promise<AsyncIterable<ExcelJS.Row>>;
}

export interface XlsxWorkbook {
  /** Worksheets in the order of the workbook's tabs (not of the zip). */
  readonly sheets: readonly WorkbookSheet[];
  close(): void;
}

/** Raised when the zip holds no workbook part: a zip (a .docx, say) that is no Excel workbook. */
export class NotAWorkbook extends Error {}

/**
 * The parts of ExcelJS 4.4.0's streaming WorkbookReader this module drives itself (they are not in
 * its typings). ExcelJS reads shared strings, styles and the date system into the reader, and its
 * worksheet reader takes cell values from there; only the zip is read here.
 */
interface ReaderInternals {
  workbookRels?: readonly { Id: string; Type: string; Target: string }[];
  model?: { sheets?: readonly { name: string; state?: string; rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const SHARED_STRINGS = "xl/sharedStrings.xml";
const STYLES = "xl/styles.xml";

/** A relationship target as a zip part name: relative to xl/, or absolute from the package root. */
const partName = (target: string): string => (target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join("xl", target)));

/**
 * Opens an .xlsx by its zip directory and reads the workbook, the shared strings and the styles
 * before any worksheet, whatever order the writer put them in; worksheets are then read one at a
 * time, in tab order, without holding the workbook in memory.
 */
export const openXlsxWorkbook = async (source: RangeSource): Promise<XlsxWorkbook> => {
  const zip = await openZipParts(source);
  try {
    return await readWorkbook(zip);
  } catch (error) {
    zip.close();
    throw error;
  }
};

const readWorkbook = async (zip: ZipParts): Promise<XlsxWorkbook> => {
  if (!zip.has(WORKBOOK)) throw new NotAWorkbook(`no ${WORKBOOK}`);
  const ExcelJs = await loadExcelJs();
  const options = { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" } as const;
  // The input is never read: the parts below are handed over one by one.
  const reader = new ExcelJs.stream.xlsx.WorkbookReader("", options) as unknown as ReaderInternals;
  if (zip.has(WORKBOOK_RELS)) await reader._parseRels(await zip.open(WORKBOOK_RELS));
  await reader._parseWorkbook(await zip.open(WORKBOOK));
  if (zip.has(SHARED_STRINGS)) for await (const _ of reader._parseSharedStrings(await zip.open(SHARED_STRINGS)));
  if (zip.has(STYLES)) await reader._parseStyles(await zip.open(STYLES));

  const worksheetRels = (reader.workbookRels ?? []).filter((rel) => rel.Type.endsWith("/worksheet"));
  const targets = new Map(worksheetRels.map((rel) => [rel.Id, partName(rel.Target)]));
  const sheets: WorkbookSheet[] = [];
  for (const sheet of reader.model?.sheets ?? []) {
    const part = targets.get(sheet.rId);
    if (part === undefined || !zip.has(part)) continue; // a chart sheet, or a tab without its part: no cells
    sheets.push({
      name: sheet.name,
      hidden: sheet.state !== undefined && sheet.state !== "visible",
      rows: async () => {
        const [event] = [...reader._parseWorksheet(await zip.open(part), /sheet(\d+)\.xml$/.exec(part)?.[1] ?? "0")];
        if (!event) throw new Error(`ExcelJS gave no reader for ${part}`);
        return event.value;
      },
    });
  }
  return { sheets, close: () => zip.close() };
};
