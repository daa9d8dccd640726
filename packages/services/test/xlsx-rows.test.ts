import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { SheetRow } from "../src/imports/import-issue";
import { bufferSource, pathSource } from "../src/imports/import-source";
import { xlsxRows } from "../src/imports/xlsx-rows";
import { xlsxWorkbook } from "./factories";

const HEADER = ["统一社会信用代码", "年份", "营业收入（万元）"];

const readAll = async (body: Buffer): Promise<SheetRow[]> => {
  const rows: SheetRow[] = [];
  for await (const batch of xlsxRows(bufferSource("data.xlsx", body))) rows.push(...batch);
  return rows;
};

/** The same workbook, its zip rewritten: parts in another order, or a part's text changed. */
const rezip = async (body: Buffer, change: { order?: (names: string[]) => string[]; edit?: Record<string, (xml: string) => string> }): Promise<Buffer> => {
  const source = await JSZip.loadAsync(body);
  const names = Object.keys(source.files).filter((name) => !source.files[name]?.dir);
  const target = new JSZip();
  for (const name of change.order ? change.order(names) : names) {
    const text = await source.file(name)!.async("string");
    target.file(name, change.edit?.[name]?.(text) ?? text);
  }
  return target.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
};

describe("xlsx rows: the workbook is read by its zip directory", () => {
  it("reads a workbook of many sheets every time (ExcelJS's front-to-back reader lost parts of 4+ sheet workbooks)", async () => {
    const body = await xlsxWorkbook([
      { name: "填报说明", rows: [["说明"]] },
      { name: "数据", rows: [HEADER, ["91440300MA5XXXXXX1", 2024, 12.5]] },
      ...Array.from({ length: 6 }, (_, i) => ({ name: `草稿${i}`, rows: [HEADER, ["x", 2020 + i, i]], state: "hidden" as const })),
    ]);
    for (let read = 0; read < 40; read++) {
      expect(await readAll(body)).toEqual([
        { row: 1, cells: HEADER },
        { row: 2, cells: ["91440300MA5XXXXXX1", 2024, 12.5] },
      ]);
    }
  });

  it("reads the workbook, shared strings and styles first whatever order the zip holds them in", async () => {
    const written = await xlsxWorkbook([{ name: "数据", rows: [HEADER, ["甲", new Date(Date.UTC(2024, 0, 31)), 1]] }]);
    const worksheetsFirst = await rezip(written, { order: (names) => [...names.filter((n) => n.includes("worksheets/")), ...names.filter((n) => !n.includes("worksheets/")).reverse()] });
    expect(await readAll(worksheetsFirst)).toEqual([
      { row: 1, cells: HEADER },
      { row: 2, cells: ["甲", new Date(Date.UTC(2024, 0, 31)), 1] },
    ]);
  });

  it("takes the first visible sheet in tab order, and finds worksheets by absolute targets", async () => {
    const written = await xlsxWorkbook([
      { name: "一", rows: [["第一个"]] },
      { name: "二", rows: [] },
    ]);
    // Tabs swapped in the workbook (the zip keeps sheet1 before sheet2), targets made absolute as some writers do.
    const swapped = await rezip(written, {
      edit: {
        "xl/workbook.xml": (xml) => xml.replace(/(<sheet [^>]*name="一"[^>]*\/>)(<sheet [^>]*name="二"[^>]*\/>)/, "$2$1"),
        "xl/_rels/workbook.xml.rels": (xml) => xml.replaceAll('Target="worksheets/', 'Target="/xl/worksheets/'),
      },
    });
    await expect(readAll(swapped)).rejects.toThrow(/除「二」外，工作表「一」也有数据/);
  });

  it("reads a file on disk by byte ranges like an upload in memory", async () => {
    const directory = await mkdtemp(join(tmpdir(), "parkpilot-xlsx-"));
    try {
      const body = await xlsxWorkbook([{ name: "数据", rows: [HEADER, ["乙", 2023, 3]] }]);
      const path = join(directory, "data.xlsx");
      await writeFile(path, body);
      const rows: SheetRow[] = [];
      for await (const batch of xlsxRows(pathSource("data.xlsx", path))) rows.push(...batch);
      expect(rows).toEqual(await readAll(body));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("refuses a zip without a workbook part, and a zip cut short", async () => {
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    await expect(readAll(await docx.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(/不是 Excel 工作簿（其中没有工作表）/);
    const whole = await xlsxWorkbook([{ name: "数据", rows: [HEADER] }]);
    await expect(readAll(whole.subarray(0, whole.length - 30))).rejects.toThrow(/无法读取该 xlsx 文件/);
  });
});
