import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNUAL_FIELDS } from "@parkpilot/core";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { upsertIndicatorValues } from "../src/indicators/upsert-indicator-values";
import { columnHeader, importColumns, importFile } from "../src/imports";
import { createActor, createEnterprise, createPark, csvFile, dataChecksums, enterpriseScope, parkScope, xlsxFile, xlsxWorkbook } from "./factories";

type Park = Awaited<ReturnType<typeof createPark>>;
type Enterprise = Awaited<ReturnType<typeof createEnterprise>>;

const HEADER = ["统一社会信用代码", "年份", "营业收入(万元)", "利润总额(万元)", "从业人员年平均人数(人)", "出口额(万元)"];

describe("annual indicator import", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let parkA: Park;
  let parkB: Park;
  let e1: Enterprise;
  let e2: Enterprise;
  let eB: Enterprise;
  let adminA: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    parkA = await createPark(database);
    parkB = await createPark(database);
    e1 = await createEnterprise(database, parkA);
    e2 = await createEnterprise(database, parkA);
    eB = await createEnterprise(database, parkB);
    adminA = await createActor(database, parkScope(parkA));
  });
  afterAll(async () => database.dispose());

  const annualRow = async (enterpriseId: number, year: number) => {
    const [row] = await database.query<Record<string, unknown>>(
      "SELECT revenue, profit, employees, exports, value_added, source_kind, source_batch_id::int AS source_batch_id, source_row, source_user_id, field_sources FROM enterprise_annual WHERE enterprise_id = $1 AND year = $2",
      [enterpriseId, year],
    );
    return row;
  };

  it("applies a valid CSV: values, unknowns as null, provenance to batch and row, one audit entry", async () => {
    const auditsBefore = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log");
    const body = csvFile([HEADER, [e1.creditCode, 2023, "1,234.5", "35", 12, "—"], [e2.creditCode, "2023", 0, "", "-", 7.5]]);
    const outcome = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "2023年报.csv", body, maxBytes: 1 << 20 });
    expect(outcome.errors).toEqual([]);
    expect(outcome.batch).toMatchObject({ status: "applied", kind: "annual", fileName: "2023年报.csv", rowCount: 2, insertedCount: 2, updatedCount: 0, errorCount: 0 });
    expect(outcome.batch.fileBytes).toBe(body.length);
    expect(outcome.batch.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await annualRow(e1.id, 2023)).toMatchObject({
      revenue: 1234.5,
      profit: 35,
      employees: 12,
      exports: null,
      value_added: null,
      source_kind: "import",
      source_batch_id: outcome.batch.id,
      source_row: 2,
      source_user_id: adminA.userId,
      field_sources: {},
    });
    // Zero is a value; blank and dashes are unknown.
    expect(await annualRow(e2.id, 2023)).toMatchObject({ revenue: 0, profit: null, employees: null, exports: 7.5, source_row: 3 });
    const audits = await database.query<{ entity: string; entity_key: string; after: Record<string, unknown> }>(
      "SELECT entity, entity_key, after FROM audit_log ORDER BY id DESC LIMIT 5",
    );
    const after = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log");
    expect((after[0]?.n ?? 0) - (auditsBefore[0]?.n ?? 0)).toBe(1);
    expect(audits[0]).toMatchObject({ entity: "import_batch", entity_key: String(outcome.batch.id), after: { kind: "annual", rows: 2, inserted: 2, updated: 0 } });
  });

  it("applies a valid xlsx with typed cells, English headers and a dash for unknown", async () => {
    const body = await xlsxFile([
      ["creditCode", "Year", "Operating revenue (10k CNY)", "利润总额（万元）", "employees"],
      [e1.creditCode, 2024, 2500.25, "—", 30],
      [],
      [e2.creditCode.toLowerCase(), 2024, "3,000", 1.5, null],
    ]);
    const outcome = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "2024.xlsx", body, maxBytes: 1 << 20 });
    expect(outcome.errors).toEqual([]);
    expect(outcome.batch).toMatchObject({ status: "applied", rowCount: 2, insertedCount: 2 });
    expect(await annualRow(e1.id, 2024)).toMatchObject({ revenue: 2500.25, profit: null, employees: 30, source_row: 2, source_batch_id: outcome.batch.id });
    // The blank row 3 is skipped but still counted: the second data row is row 4 as Excel shows it.
    expect(await annualRow(e2.id, 2024)).toMatchObject({ revenue: 3000, profit: 1.5, employees: null, source_row: 4 });
  });

  it("reads the data sheet of a workbook whose other sheets are the help sheet, hidden or empty", async () => {
    const withHidden = await xlsxWorkbook([
      { name: "填报说明", rows: [["本表为年度指标填报模板"]] },
      { name: "数据", rows: [HEADER, [e1.creditCode, 2001, 11, 1, 2, 3]] },
      { name: "旧数据", rows: [HEADER, [e1.creditCode, 2000, 99, 9, 9, 9]], state: "hidden" },
    ]);
    const withEmpty = await xlsxWorkbook([
      { name: "数据", rows: [HEADER, [e1.creditCode, 2001, 11, 1, 2, 3]] },
      { name: "Sheet2", rows: [[], ["", "  "]] },
    ]);
    for (const body of [withHidden, withEmpty]) {
      const outcome = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "with-sheets.xlsx", body, maxBytes: 1 << 20 });
      expect(outcome.errors).toEqual([]);
      expect(outcome.batch).toMatchObject({ status: "applied", rowCount: 1 });
    }
    expect(await annualRow(e1.id, 2001)).toMatchObject({ revenue: 11 });
    expect(await annualRow(e1.id, 2000)).toBeUndefined();
  });

  it("reads CSV with old-Mac line ends (CR only) as it reads CRLF and LF", async () => {
    // No quote anywhere: every line takes the unquoted path.
    const lines = [HEADER.join(","), `${e1.creditCode},2002,1234.5,1,2,3`, `${e2.creditCode},2002,5,6,7,8`];
    const outcome = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "mac.csv", body: Buffer.from(`${lines.join("\r")}\r`, "utf8"), maxBytes: 1 << 20 });
    expect(outcome.errors).toEqual([]);
    expect(outcome.batch).toMatchObject({ status: "applied", rowCount: 2 });
    expect(await annualRow(e1.id, 2002)).toMatchObject({ revenue: 1234.5, profit: 1, employees: 2, exports: 3, source_row: 2 });
    expect(await annualRow(e2.id, 2002)).toMatchObject({ revenue: 5, exports: 8, source_row: 3 });
    // CRLF stays one line end (no blank row in between), mixed with LF and CR.
    const mixed = `${lines[0]}\r\n${e1.creditCode},2002,"1,234.5",1,2,3\n${lines[2]}\r`;
    const again = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "mixed.csv", body: Buffer.from(mixed, "utf8"), maxBytes: 1 << 20 });
    expect(again.batch).toMatchObject({ status: "applied", rowCount: 2, updatedCount: 2 });
    expect(await annualRow(e2.id, 2002)).toMatchObject({ source_row: 3, source_batch_id: again.batch.id });
  });

  it("accepts a header that gives the template's unit in either language after any name of the column", async () => {
    const header = ["统一社会信用代码", "年份", "revenue(万元)", "Industrial output (10k CNY)", "利润总额（10k CNY）", "employees [人]"];
    const outcome = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "units.csv", body: csvFile([header, [e1.creditCode, 2001, 10, 20, -3, 4]]), maxBytes: 1 << 20 });
    expect(outcome.errors).toEqual([]);
    expect(outcome.batch.status).toBe("applied");
    expect(await annualRow(e1.id, 2001)).toMatchObject({ revenue: 10, profit: -3, employees: 4 });
    const [output] = await database.query<{ industrial_output: number }>("SELECT industrial_output FROM enterprise_annual WHERE enterprise_id = $1 AND year = 2001", [e1.id]);
    expect(output?.industrial_output).toBe(20);
  });

  it("refuses a CSV row with fewer fields than the header instead of clearing the values it lacks", async () => {
    const template = importColumns("annual").map(columnHeader);
    const full = [e1.creditCode, 2003, ...ANNUAL_FIELDS.map(() => "1")];
    const seeded = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "full.csv", body: csvFile([template, full]), maxBytes: 1 << 20 });
    expect(seeded.batch.status).toBe("applied");
    const before = await dataChecksums(database);
    const short = await importFile(ctx, {
      actor: adminA,
      kind: "annual",
      fileName: "short.csv",
      body: csvFile([template, [e1.creditCode, 2003, 7777], [e2.creditCode, 2003, ...ANNUAL_FIELDS.map(() => "2")]]),
      maxBytes: 1 << 20,
    });
    expect(short.batch).toMatchObject({ status: "rejected", errorCount: 1 });
    expect(short.errors).toEqual([{ row: 2, column: null, value: null, message: expect.stringContaining(`第2行只有 3 个字段，而表头有 ${template.length} 列`) }]);
    expect(await dataChecksums(database)).toEqual(before);

    // Fields after the last header may be left out; an xlsx row ends at its last filled cell.
    const trailing = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "trailing.csv", body: csvFile([[...HEADER, "", ""], [e2.creditCode, 2003, 1, 2, 3, 4]]), maxBytes: 1 << 20 });
    expect(trailing.batch.status).toBe("applied");
    const xlsx = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "short.xlsx", body: await xlsxFile([template, [e1.creditCode, 2003, 7777]]), maxBytes: 1 << 20 });
    expect(xlsx.batch.status).toBe("applied");
    expect(await annualRow(e1.id, 2003)).toMatchObject({ revenue: 7777, profit: null });
  });

  it("accepts a negative value exactly where the catalogue has no minimum", async () => {
    const header = ["统一社会信用代码", "年份", ...ANNUAL_FIELDS.map((f) => `${f.zh}(${f.unit})`)];
    const outcome = await importFile(ctx, {
      actor: adminA,
      kind: "annual",
      fileName: "negatives.csv",
      body: csvFile([header, [e1.creditCode, 2018, ...ANNUAL_FIELDS.map(() => "-1")]]),
      maxBytes: 1 << 20,
    });
    const rejected = outcome.errors.map((e) => e.column);
    expect(rejected).toEqual(ANNUAL_FIELDS.filter((f) => f.min !== undefined).map((f) => `${f.zh}(${f.unit})`));
    expect(outcome.errors.every((e) => e.row === 2 && e.value === "-1" && e.message.includes("不能小于"))).toBe(true);
  });

  it("re-importing the same file leaves the same data", async () => {
    const body = csvFile([HEADER, [e1.creditCode, 2022, 100, 10, 5, 1], [e2.creditCode, 2022, 200, 20, 6, 2]]);
    const first = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "2022.csv", body, maxBytes: 1 << 20 });
    const values = async () => database.query("SELECT enterprise_id, year, revenue, profit, employees, exports, field_sources FROM enterprise_annual ORDER BY 1, 2");
    const before = await values();
    const second = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "2022.csv", body, maxBytes: 1 << 20 });
    expect(second.batch).toMatchObject({ status: "applied", insertedCount: 0, updatedCount: 2, fileSha256: first.batch.fileSha256 });
    expect(await values()).toEqual(before);
    expect(await annualRow(e1.id, 2022)).toMatchObject({ source_batch_id: second.batch.id, source_row: 2 });
  });

  it("keeps per-value provenance right: imported columns drop overrides, absent columns keep their source", async () => {
    const first = await importFile(ctx, {
      actor: adminA,
      kind: "annual",
      fileName: "2021.csv",
      body: csvFile([HEADER, [e1.creditCode, 2021, 100, 10, 5, null]]),
      maxBytes: 1 << 20,
    });
    await upsertIndicatorValues(ctx, { actor: adminA, enterpriseId: e1.id, grain: { kind: "annual", year: 2021 }, values: { revenue: 999, employees: 6 }, via: "manual" });
    const manual = await annualRow(e1.id, 2021);
    expect(Object.keys(manual?.field_sources as object).sort()).toEqual(["employees", "revenue"]);

    const second = await importFile(ctx, {
      actor: adminA,
      kind: "annual",
      fileName: "2021-人数更正.csv",
      body: csvFile([["统一社会信用代码", "年份", "从业人员年平均人数(人)"], [e1.creditCode, 2021, 20]]),
      maxBytes: 1 << 20,
    });
    expect(second.batch.status).toBe("applied");
    const row = await annualRow(e1.id, 2021);
    expect(row).toMatchObject({ revenue: 999, profit: 10, employees: 20, exports: null, source_batch_id: second.batch.id, source_row: 2 });
    const sources = row?.field_sources as Record<string, Record<string, unknown>>;
    // employees: now from the row source (this import); revenue: still the manual correction;
    // profit: pinned to the first import, which was the row source when it was written.
    expect(Object.keys(sources).sort()).toEqual(["profit", "revenue"]);
    expect(sources.revenue).toMatchObject({ kind: "manual", userId: adminA.userId });
    expect(sources.profit).toMatchObject({ kind: "import", batchId: first.batch.id, row: 2, userId: adminA.userId });
    expect(sources.profit?.at).toEqual(expect.any(String));
    // Unknown values get no pinned source: there is nothing to attribute.
    expect(sources.exports).toBeUndefined();
  });

  it("applies a file in several staging segments and rolls all of them back when a late row is bad", async () => {
    const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016];
    const rows = years.flatMap((y) => [e1, e2].map((e) => [e.creditCode, y, y, 1, 1, 1]));
    const before = await dataChecksums(database);
    // Segments of two rows: on a server the first segments are applied while later ones are read.
    const bad = await importFile(ctx, {
      actor: adminA,
      kind: "annual",
      fileName: "late-error.csv",
      body: csvFile([HEADER, ...rows, [e1.creditCode, 2017, "oops", 1, 1, 1]]),
      maxBytes: 1 << 20,
      segmentRows: 2,
    });
    expect(bad.batch).toMatchObject({ status: "rejected", rowCount: 15, errorCount: 1 });
    expect(bad.errors).toEqual([expect.objectContaining({ row: 16, value: "oops" })]);
    expect(await dataChecksums(database)).toEqual(before);
    const leftovers = await database.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'import\\_stage\\_%'");
    expect(leftovers).toEqual([]);

    const good = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "segments.csv", body: csvFile([HEADER, ...rows]), maxBytes: 1 << 20, segmentRows: 2 });
    expect(good.batch).toMatchObject({ status: "applied", rowCount: 14, insertedCount: 14, updatedCount: 0 });
    const stored = await database.query<{ n: number; rows: number[] }>(
      "SELECT count(*)::int AS n, array_agg(source_row ORDER BY source_row) AS rows FROM enterprise_annual WHERE source_batch_id = $1",
      [good.batch.id],
    );
    expect(stored[0]).toEqual({ n: 14, rows: Array.from({ length: 14 }, (_, i) => i + 2) });
  });

  it("runs several imports side by side (beyond the overlapped ones, imports stage first)", async () => {
    const years = [2005, 2006, 2007, 2008, 2009];
    const outcomes = await Promise.all(
      years.map((year) =>
        importFile(ctx, {
          actor: adminA,
          kind: "annual",
          fileName: `${year}.csv`,
          body: csvFile([HEADER, ...[e1, e2].map((e) => [e.creditCode, year, year, 1, 1, 1])]),
          maxBytes: 1 << 20,
          segmentRows: 1,
        }),
      ),
    );
    expect(outcomes.map((o) => [o.batch.status, o.batch.insertedCount])).toEqual(years.map(() => ["applied", 2]));
    const stored = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM enterprise_annual WHERE year BETWEEN 2005 AND 2009 AND revenue = year");
    expect(stored[0]?.n).toBe(10);
  });

  it("rejects rows of another park's enterprise and applies nothing of the file", async () => {
    const before = await dataChecksums(database);
    const body = csvFile([HEADER, [e1.creditCode, 2020, 1, 1, 1, 1], [eB.creditCode, 2020, 2, 2, 2, 2]]);
    const outcome = await importFile(ctx, { actor: adminA, kind: "annual", fileName: "mixed.csv", body, maxBytes: 1 << 20 });
    expect(outcome.batch).toMatchObject({ status: "rejected", rowCount: 2, errorCount: 1, insertedCount: 0 });
    expect(outcome.errors).toEqual([
      { row: 3, column: "统一社会信用代码", value: eB.creditCode, message: expect.stringContaining("不在您的管辖范围内") },
    ]);
    expect(await dataChecksums(database)).toEqual(before);
  });

  it("lets an enterprise user import its own figures only", async () => {
    const self = await createActor(database, enterpriseScope(e2));
    const own = await importFile(ctx, { actor: self, kind: "annual", fileName: "own.csv", body: csvFile([HEADER, [e2.creditCode, 2019, 5, 1, 3, 0]]), maxBytes: 1 << 20 });
    expect(own.batch.status).toBe("applied");
    const before = await dataChecksums(database);
    const other = await importFile(ctx, { actor: self, kind: "annual", fileName: "other.csv", body: csvFile([HEADER, [e1.creditCode, 2019, 5, 1, 3, 0]]), maxBytes: 1 << 20 });
    expect(other.batch.status).toBe("rejected");
    expect(other.errors[0]).toMatchObject({ row: 2, column: "统一社会信用代码" });
    expect(await dataChecksums(database)).toEqual(before);
  });
});
