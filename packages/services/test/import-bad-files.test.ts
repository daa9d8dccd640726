import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crc32 } from "node:zlib";
import { completeCreditCode } from "@parkpilot/core";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { AppError } from "../src/errors/app-error";
import type { Actor } from "../src/tenancy/actor";
import { importFile } from "../src/imports";
import { createActor, createEnterprise, createPark, csvFile, dataChecksums, nextCreditCode, parkScope, xlsxFile, xlsxWorkbook } from "./factories";

/** Upper-cased credit code with its last (check) character replaced by another valid one. */
const withWrongCheck = (code: string): { code: string; expected: string } => {
  const expected = code.charAt(17);
  return { code: code.slice(0, 17) + (expected === "1" ? "2" : "1"), expected };
};

/** A GB18030 header line (what Excel's plain "CSV" writes on Chinese Windows), made with iconv. */
const GB18030_HEADER = Buffer.from(
  "cdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2cc4eab7dd2cd3aad2b5cad5c8eb28cdf2d4aa292cc0fbc8f3d7dcb6ee28cdf2d4aa290d0a",
  "hex",
);

/** A zip of stored (uncompressed) text entries: any zip that is not a workbook, like a .docx. */
const zipFile = (entries: Readonly<Record<string, string>>): Buffer => {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    directory.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
};

interface Case {
  readonly name: string;
  readonly file: () => Promise<{ fileName: string; body: Buffer }>;
  readonly errors: readonly Record<string, unknown>[];
}

describe("import rejects bad files with clear errors and changes nothing", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let actor: Actor;
  let code: string;
  let other: string;
  let parkCode: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    const park = await createPark(database);
    parkCode = park.catalogueCode ?? String(park.id);
    code = (await createEnterprise(database, park)).creditCode;
    other = (await createEnterprise(database, park)).creditCode;
    actor = await createActor(database, parkScope(park));
    // Some data to protect: every rejection must leave it exactly as it is.
    const seeded = await importFile(ctx, {
      actor,
      kind: "annual",
      fileName: "seed.csv",
      body: csvFile([["统一社会信用代码", "年份", "营业收入(万元)"], [code, 2024, 100], [other, 2024, 200]]),
      maxBytes: 1 << 20,
    });
    expect(seeded.batch.status).toBe("applied");
  });
  afterAll(async () => database.dispose());

  const H = ["统一社会信用代码", "年份", "营业收入(万元)", "从业人员年平均人数(人)"];
  // Rows are built lazily: the enterprises exist only once beforeAll has run.
  const csv = (rows: () => (string | number | null)[][], fileName = "bad.csv") => async () => ({ fileName, body: csvFile(rows()) });

  const cases: Case[] = [
    {
      name: "a value that is not a number",
      file: csv(() => [H, [code, 2023, "abc", 1]]),
      errors: [{ row: 2, column: "营业收入(万元)", value: "abc", message: expect.stringMatching(/不是有效数字.*not a number/) }],
    },
    { name: "a value below the field's minimum", file: csv(() => [H, [code, 2023, "-5", 1]]), errors: [{ row: 2, column: "营业收入(万元)", value: "-5", message: expect.stringContaining("不能小于 0") }] },
    { name: "a fractional count", file: csv(() => [H, [code, 2023, 1, "12.5"]]), errors: [{ row: 2, column: "从业人员年平均人数(人)", value: "12.5", message: expect.stringContaining("应为整数") }] },
    { name: "a misplaced thousands separator", file: csv(() => [H, [code, 2023, "1,23", 1]]), errors: [{ row: 2, value: "1,23", message: expect.stringContaining("千分位") }] },
    {
      name: "a percentage",
      file: csv(() => [H, [code, 2023, "12%", 1]]),
      errors: [{ row: 2, value: "12%", message: expect.stringMatching(/「12%」是百分数，请按本列单位（万元）填写数值.*10k CNY/) }],
    },
    {
      name: "whitespace inside a number (refused, never removed)",
      file: csv(() => [H, [code, 2023, "12 5", 1], [code, 2022, 1, "1 2 3"], [code, 2021, "1 0 1", 1], [code, 2020, "12\n34", 1], [code, 2019, " 7 ", "\u30008\u3000"]]),
      errors: [
        { row: 2, column: "营业收入(万元)", value: "12 5", message: expect.stringMatching(/数字中间有空格或换行.*whitespace inside a number/) },
        { row: 3, column: "从业人员年平均人数(人)", value: "1 2 3", message: expect.stringContaining("数字中间有空格或换行") },
        { row: 4, column: "营业收入(万元)", value: "1 0 1", message: expect.stringContaining("数字中间有空格或换行") },
        { row: 5, column: "营业收入(万元)", value: "12\n34", message: expect.stringContaining("数字中间有空格或换行") },
        // Leading and trailing whitespace only (row 6) is trimmed: no problem there.
      ],
    },
    {
      name: "a CSV row with fewer fields than the header (missing cells are not unknowns)",
      file: csv(() => [H, [code, 2023, 7777], [other, 2023, 1, 1]]),
      errors: [{ row: 2, column: null, value: null, message: expect.stringMatching(/第2行只有 3 个字段，而表头有 4 列.*row 2 has 3 fields where the header has 4/) }],
    },
    {
      name: "an xlsx number formatted as a percentage in a numeric column",
      file: async () => ({ fileName: "data.xlsx", body: await xlsxFile([H, [code, 2023, 0.12, 12]], "数据", { C2: "0%", D2: '0"%"' }) }),
      errors: [
        {
          row: 2,
          column: "营业收入(万元)",
          value: "12%",
          message: expect.stringMatching(/单元格设为百分比格式（显示为「12%」），是百分数：请按本列单位（万元）填写数值.*formatted as a percentage.*10k CNY/),
        },
        { row: 2, column: "从业人员年平均人数(人)", value: "12%", message: expect.stringMatching(/百分比格式.*本列单位（人）.*persons/) },
      ],
    },
    {
      name: "a missing required column",
      file: csv(() => [["统一社会信用代码", "营业收入(万元)"], [code, 1]]),
      errors: [{ row: 1, column: "年份", value: null, message: expect.stringContaining("缺少必填列「年份」") }],
    },
    {
      name: "an unknown column (reported, not guessed)",
      file: csv(() => [[...H, "营业额"], [code, 2023, 1, 1, 5]]),
      errors: [{ row: 1, column: "营业额", value: "营业额", message: expect.stringContaining("未知的列「营业额」") }],
    },
    {
      name: "a header with the wrong unit",
      file: csv(() => [["统一社会信用代码", "年份", "营业收入(元)"], [code, 2023, 10000]]),
      errors: [
        {
          row: 1,
          column: "营业收入(元)",
          message: expect.stringMatching(/单位与模板不符：填写的单位是「元」，模板单位是「万元」.*the header gives 元, the template expects 万元 \(10k CNY\)/),
        },
      ],
    },
    {
      name: "a column given twice",
      file: csv(() => [["统一社会信用代码", "年份", "营业收入(万元)", "revenue"], [code, 2023, 1, 1]]),
      errors: [{ row: 1, column: "revenue", message: expect.stringContaining("出现了两次（C列和D列）") }],
    },
    {
      name: "a monthly file offered as annual",
      file: csv(() => [["统一社会信用代码", "月份", "工业总产值(万元)"], [code, "2024-03", 1]]),
      errors: [
        { row: 1, column: null, message: expect.stringContaining("表头更像「企业月度指标」模板") },
        { row: 1, column: "月份", message: expect.stringContaining("该列属于「企业月度指标」导入") },
        { row: 1, column: "年份", message: expect.stringContaining("缺少必填列") },
      ],
    },
    {
      name: "a credit code with a wrong check character",
      file: async () => {
        const bad = withWrongCheck(code);
        return { fileName: "bad.csv", body: csvFile([H, [bad.code, 2023, 1, 1]]) };
      },
      errors: [{ row: 2, column: "统一社会信用代码", message: expect.stringMatching(/校验位错误：第18位应为「.」/) }],
    },
    { name: "a credit code of the wrong length", file: csv(() => [H, ["91110000MA0012345", 2023, 1, 1]]), errors: [{ row: 2, message: expect.stringContaining("应为18位，实际为17位") }] },
    {
      name: "a credit code with a letter outside the alphabet",
      file: csv(() => [H, ["91110000MI00123456", 2023, 1, 1]]),
      errors: [{ row: 2, value: "91110000MI00123456", message: expect.stringContaining("第10位「I」不是有效字符") }],
    },
    {
      name: "a key given twice (both rows named)",
      file: csv(() => [H, [code, 2023, 1, 1], [other, 2023, 1, 1], [code, 2023, 2, 2]]),
      errors: [{ row: 4, column: "统一社会信用代码", message: expect.stringContaining("与第2行重复") }],
    },
    {
      name: "an enterprise that does not exist",
      file: async () => ({ fileName: "bad.csv", body: csvFile([H, [completeCreditCode("91990000MA9999999"), 2023, 1, 1]]) }),
      errors: [{ row: 2, message: expect.stringContaining("未找到该信用代码的企业") }],
    },
    { name: "a year in the future", file: csv(() => [H, [code, 2030, 1, 1]]), errors: [{ row: 2, column: "年份", value: "2030", message: expect.stringContaining("1990–2025 之间（年度数据只报送已结束的年度）") }] },
    { name: "the year still running", file: csv(() => [H, [code, 2026, 1, 1]]), errors: [{ row: 2, column: "年份", value: "2026", message: expect.stringContaining("1990–2025 之间") }] },
    { name: "a two-digit year", file: csv(() => [H, [code, 24, 1, 1]]), errors: [{ row: 2, value: "24", message: expect.stringContaining("不是有效年份") }] },
    { name: "a value beyond the header", file: csv(() => [H, [code, 2023, 1, 1, "stray"]]), errors: [{ row: 2, column: "E", value: "stray", message: expect.stringContaining("超出表头范围") }] },
    {
      name: "every problem of the file at once",
      file: csv(() => [H, [code, 2023, "x", 1], [other, 2023, 1, "1.5"], [code, "20x3", 1, 1]]),
      errors: [{ row: 2, value: "x" }, { row: 3, value: "1.5" }, { row: 4, value: "20x3" }],
    },
    { name: "an .xlsx that is not a workbook", file: async () => ({ fileName: "data.xlsx", body: Buffer.from("hello, world") }), errors: [{ row: null, message: expect.stringContaining("内容不是 Excel 工作簿") }] },
    {
      name: "a zip that is not a workbook (a .docx renamed .xlsx)",
      file: async () => ({ fileName: "data.xlsx", body: zipFile({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }) }),
      errors: [{ row: null, message: expect.stringMatching(/不是 Excel 工作簿（其中没有工作表）.*no worksheet in it/) }],
    },
    {
      name: "a workbook with no sheet but the help sheet",
      file: async () => ({ fileName: "data.xlsx", body: await xlsxFile([H, [code, 2023, 1, 1]], "填报说明") }),
      errors: [{ row: null, message: expect.stringContaining("没有可读取的数据工作表") }],
    },
    {
      name: "a workbook with data on a second visible sheet (one sheet per import, none left out)",
      file: async () => ({
        fileName: "data.xlsx",
        body: await xlsxWorkbook([
          { name: "2023年", rows: [H, [code, 2023, 1, 1]] },
          { name: "草稿", rows: [H, [code, 2022, 5, 5]], state: "hidden" },
          { name: "2024年", rows: [H, [code, 2024, 2, 2]] },
        ]),
      }),
      errors: [{ row: null, message: expect.stringMatching(/除「2023年」外，工作表「2024年」也有数据.*"2024年" also hold data/) }],
    },
    {
      name: "a damaged .xlsx",
      file: async () => ({ fileName: "data.xlsx", body: (await xlsxFile([H, [code, 2023, 1, 1]])).subarray(0, 600) }),
      errors: [{ row: null, message: expect.stringContaining("无法读取该 xlsx") }],
    },
    {
      name: "an xlsx renamed to .csv",
      file: async () => ({ fileName: "data.csv", body: await xlsxFile([H]) }),
      errors: [{ row: null, message: expect.stringContaining("内容是 ZIP/xlsx") }],
    },
    { name: "a binary .csv", file: async () => ({ fileName: "data.csv", body: Buffer.from([0x61, 0x2c, 0x00, 0x01, 0x02, 0x0a]) }), errors: [{ row: null, message: expect.stringContaining("二进制") }] },
    { name: "a UTF-16 .csv", file: async () => ({ fileName: "data.csv", body: Buffer.from("\ufeff统一社会信用代码,年份\r\n", "utf16le") }), errors: [{ row: null, message: expect.stringContaining("UTF-16") }] },
    {
      name: "a .csv in no known encoding",
      file: async () => ({ fileName: "data.csv", body: Buffer.concat([Buffer.from("统一社会信用代码,年份\n", "utf8"), Buffer.from([0xff, 0xff, 0x0a])]) }),
      errors: [{ row: null, message: expect.stringContaining("无法识别文件编码") }],
    },
    {
      name: "invalid bytes after a valid start (row named)",
      file: async () => {
        const head = csvFile([H, ...Array.from({ length: 3 }, (_, i) => [code, 2020 + i, 1, 1])]);
        return { fileName: "data.csv", body: Buffer.concat([head, Buffer.alloc(5 << 20, 0x20), Buffer.from([0xe4, 0xb8, 0x0a])]) };
      },
      errors: [{ row: 5, message: expect.stringMatching(/第5行有无法按 UTF-8 解码的字节/) }],
    },
    {
      name: "invalid bytes in a file with old-Mac line ends (CR only; row named)",
      file: async () => {
        const head = Buffer.from(`${H.join(",")}\r${code},2020,1,1\r${other},2020,1,1\r`, "utf8");
        return { fileName: "data.csv", body: Buffer.concat([head, Buffer.alloc(5 << 20, 0x20), Buffer.from([0xe4, 0xb8, 0x0d])]) };
      },
      errors: [{ row: 4, message: expect.stringMatching(/第4行有无法按 UTF-8 解码的字节/) }],
    },
    {
      name: "NUL bytes after the sniffed start (row named)",
      file: async () => {
        const head = csvFile([H, ...Array.from({ length: 3 }, (_, i) => [code, 2020 + i, 1, 1])]);
        return { fileName: "data.csv", body: Buffer.concat([head, Buffer.alloc(5 << 20, 0x20), Buffer.from([0x00, 0x0a])]) };
      },
      errors: [{ row: 5, message: expect.stringMatching(/第5行含有二进制内容（空字符）.*row 5 has binary content/) }],
    },
    { name: "an empty file", file: async () => ({ fileName: "data.csv", body: Buffer.alloc(0) }), errors: [{ row: null, message: expect.stringContaining("文件为空") }] },
    { name: "a file of blank lines", file: async () => ({ fileName: "data.csv", body: Buffer.from("\ufeff,,\r\n\r\n , \r\n") }), errors: [{ row: null, message: expect.stringContaining("没有表头") }] },
    { name: "a header-only file", file: csv(() => [H]), errors: [{ row: null, message: expect.stringContaining("只有表头，没有数据行") }] },
    { name: "an unterminated quote", file: async () => ({ fileName: "data.csv", body: Buffer.from(`${H.join(",")}\n${code},2023,"1,1\n`) }), errors: [{ row: 2, message: expect.stringContaining("第2行的双引号没有闭合") }] },
    { name: "a .txt file", file: async () => ({ fileName: "data.txt", body: csvFile([H]) }), errors: [{ row: null, message: expect.stringContaining("不支持的文件类型") }] },
    { name: "a legacy .xls", file: async () => ({ fileName: "data.xls", body: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }), errors: [{ row: null, message: expect.stringContaining("旧版 .xls") }] },
    {
      name: "an Excel error value in a cell",
      file: async () => ({ fileName: "data.xlsx", body: await xlsxFile([H, [code, 2023, { error: "#DIV/0!" }, 1]]) }),
      errors: [{ row: 2, column: "营业收入(万元)", value: "#DIV/0!", message: expect.stringContaining("Excel 错误值") }],
    },
    {
      name: "a credit code stored as a number",
      file: async () => ({ fileName: "data.xlsx", body: await xlsxFile([H, [Number("911100006000017600"), 2023, 1, 1]]) }),
      errors: [{ row: 2, column: "统一社会信用代码", message: expect.stringContaining("存成了数字") }],
    },
  ];

  it.each(cases)("$name", async ({ file, errors }) => {
    const before = await dataChecksums(database);
    const { fileName, body } = await file();
    const outcome = await importFile(ctx, { actor, kind: "annual", fileName, body, maxBytes: 10 << 20 });
    expect(outcome.batch.status).toBe("rejected");
    expect(outcome.batch.errorCount).toBe(errors.length);
    expect(outcome.errors).toEqual(errors.map((e) => expect.objectContaining(e)));
    expect(outcome.batch.message).toEqual(expect.any(String));
    // The batch and its errors are on record although nothing was applied.
    const stored = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM import_errors WHERE batch_id = $1", [outcome.batch.id]);
    expect(stored[0]?.n).toBe(errors.length);
    expect(await dataChecksums(database)).toEqual(before);
  });

  it("aborts a COPY already streaming when bytes deep in the file are bad, and the next import works", async () => {
    const before = await dataChecksums(database);
    // Enterprises with long business scopes: over 1 MB of staging text goes into COPY before the bad byte.
    const scope = "技术开发".repeat(1200);
    const rows = Array.from({ length: 300 }, () => [nextCreditCode(), "长文本企业", parkCode, scope]);
    const clean = csvFile([["统一社会信用代码", "企业名称", "园区代码", "经营范围"], ...rows]);
    const body = Buffer.concat([clean, Buffer.from([0xff, 0x0a])]);
    const outcome = await importFile(ctx, { actor, kind: "enterprises", fileName: "deep.csv", body, maxBytes: 10 << 20 });
    expect(outcome.batch.status).toBe("rejected");
    expect(outcome.errors).toEqual([expect.objectContaining({ row: 302, message: expect.stringContaining("第302行有无法按 UTF-8 解码的字节") })]);
    // The rows read before the block with the bad byte are on record.
    expect(outcome.batch.rowCount).toBeGreaterThan(0);
    expect(outcome.batch.rowCount).toBeLessThanOrEqual(300);
    expect(await dataChecksums(database)).toEqual(before);
    const next = await importFile(ctx, { actor, kind: "annual", fileName: "next.csv", body: csvFile([H, [code, 2001, 1, 1]]), maxBytes: 1 << 20 });
    expect(next.batch.status).toBe("applied");
  });

  it("accepts GB18030 text (Excel's plain CSV on Chinese Windows)", async () => {
    const body = Buffer.concat([GB18030_HEADER, Buffer.from(`${code},2021,12.5,3\r\n`, "ascii")]);
    const outcome = await importFile(ctx, { actor, kind: "annual", fileName: "gbk.csv", body, maxBytes: 1 << 20 });
    expect(outcome.errors).toEqual([]);
    expect(outcome.batch.status).toBe("applied");
  });

  it("counts every problem but records the first maxRecordedErrors in detail", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => [code, 2010 + i, "bad", 1]);
    const outcome = await importFile(ctx, { actor, kind: "annual", fileName: "many.csv", body: csvFile([H, ...rows]), maxBytes: 1 << 20, maxRecordedErrors: 2 });
    expect(outcome.batch).toMatchObject({ status: "rejected", errorCount: 5 });
    expect(outcome.errors.map((e) => e.row)).toEqual([2, 3]);
    expect(outcome.batch.message).toContain("仅记录前 2 个");
  });

  it("refuses a file over maxBytes before reading or recording it", async () => {
    const batches = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM import_batches");
    const attempt = importFile(ctx, { actor, kind: "annual", fileName: "big.csv", body: csvFile([H, [code, 2023, 1, 1]]), maxBytes: 10 });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "payload_too_large" });
    expect(await database.query("SELECT count(*)::int AS n FROM import_batches")).toEqual(batches);
  });
});
