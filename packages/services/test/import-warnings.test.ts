import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { buildWarningReport, getImport, importFile, type ImportKind } from "../src/imports";
import { createActor, createEnterprise, createPark, csvFile, dataChecksums, parkScope } from "./factories";

type Enterprise = Awaited<ReturnType<typeof createEnterprise>>;

const ANNUAL = ["统一社会信用代码", "年份", "营业收入(万元)", "利润总额(万元)", "从业人员年平均人数(人)"];
const MONTHLY = ["统一社会信用代码", "月份", "工业总产值(万元)", "用电量(千瓦时)"];

describe("import warnings: values a hundred times off the period before", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let actor: Actor;
  let park: Awaited<ReturnType<typeof createPark>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    park = await createPark(database);
    actor = await createActor(database, parkScope(park));
  });
  afterAll(async () => database.dispose());

  const run = (kind: ImportKind, rows: (string | number | null)[][], options: { segmentRows?: number; maxRecordedErrors?: number } = {}) =>
    importFile(ctx, { actor, kind, fileName: `${kind}.csv`, body: csvFile([kind === "annual" ? ANNUAL : MONTHLY, ...rows]), maxBytes: 1 << 20, ...options });

  const applied = async (kind: ImportKind, rows: (string | number | null)[][], options: { segmentRows?: number; maxRecordedErrors?: number } = {}) => {
    const outcome = await run(kind, rows, options);
    expect(outcome.errors).toEqual([]);
    expect(outcome.batch.status).toBe("applied");
    return outcome;
  };

  const fresh = () => createEnterprise(database, park);

  it("warns of a value 10,000 times the stored year before (元 typed for 万元) and of one a hundredth of it, and applies the file", async () => {
    const e = await fresh();
    await applied("annual", [[e.creditCode, 2023, 1200.5, 80, 500]]);
    const outcome = await applied("annual", [[e.creditCode, 2024, 12_005_000, 85, 4]]);
    expect(outcome.batch).toMatchObject({ status: "applied", insertedCount: 1, errorCount: 0, warningCount: 2 });
    expect(outcome.batch.message).toContain("2 个数值需核对");
    expect(outcome.warnings).toEqual([
      {
        row: 2,
        column: "营业收入(万元)",
        field: "revenue",
        value: 12_005_000,
        referenceValue: 1200.5,
        referencePeriod: "2023",
        referenceRow: null,
        message: expect.stringContaining("约为上年（2023 年，已存数据） 1,200.5 万元的 10,000 倍，请确认单位是否为万元；常见原因是按“元”填了以“万元”为单位的数"),
      },
      {
        row: 2,
        column: "从业人员年平均人数(人)",
        field: "employees",
        value: 4,
        referenceValue: 500,
        referencePeriod: "2023",
        referenceRow: null,
        message: expect.stringContaining("仅为上年（2023 年，已存数据） 500 人的 1/125"),
      },
    ]);
    expect(outcome.warnings[0]?.message).toContain("（about 10,000× the year before (2023, stored) of 1,200.5 10k CNY: a figure in yuan where 10k CNY is asked?）");
    const [row] = await database.query<{ revenue: number; employees: number }>("SELECT revenue, employees FROM enterprise_annual WHERE enterprise_id = $1 AND year = 2024", [e.id]);
    expect(row).toEqual({ revenue: 12_005_000, employees: 4 });
  });

  it("compares with the row of the year before in the same file, across staging segments, rather than the stored value it replaces", async () => {
    const e = await fresh();
    await applied("annual", [[e.creditCode, 2021, 30_000, 1, 10]]);
    // 2021 is corrected to 3 in the same file: 2022's 30,000 is 10,000× the file's row 2.
    const outcome = await applied(
      "annual",
      [
        [e.creditCode, 2021, 3, 1, 10],
        [e.creditCode, 2022, 30_000, 1, 10],
      ],
      { segmentRows: 1 },
    );
    expect(outcome.batch.warningCount).toBe(1);
    expect(outcome.warnings).toEqual([
      expect.objectContaining({ row: 3, column: "营业收入(万元)", value: 30_000, referenceValue: 3, referencePeriod: "2021", referenceRow: 2 }),
    ]);
    expect(outcome.warnings[0]?.message).toContain("上年（2021 年，本文件第 2 行） 3 万元");
  });

  it("says nothing of normal growth, of 99 times, and of a reference that is unknown, zero or a loss; exactly 100 times is asked about", async () => {
    const e = await fresh();
    const other = await fresh();
    await applied("annual", [
      [e.creditCode, 2019, 100, 0, null],
      [other.creditCode, 2019, 10, -5, 3],
    ]);
    const outcome = await applied("annual", [
      // revenue doubles; profit's reference is 0; employees' reference is unknown.
      [e.creditCode, 2020, 200, 5000, 900],
      // revenue 99×; profit's reference is a loss; employees exactly 100×.
      [other.creditCode, 2020, 990, 5000, 300],
      // No year before at all (2017 is not stored): unknown is not implausible.
      [other.creditCode, 2018, 1, 1, 1],
    ]);
    expect(outcome.batch.warningCount).toBe(1);
    expect(outcome.warnings).toEqual([expect.objectContaining({ row: 3, field: "employees", value: 300, referenceValue: 3 })]);
  });

  it("warns of monthly values against the same month a year before, stored or in the file", async () => {
    const e = await fresh();
    await applied("monthly", [[e.creditCode, "2024-03", 50, 1000]]);
    const outcome = await applied("monthly", [
      [e.creditCode, "2025-03", 500_000, 1100],
      [e.creditCode, "2024-04", 60, 900],
      [e.creditCode, "2025-04", 65, 8],
      [e.creditCode, "2025-02", 1, 1],
    ]);
    expect(outcome.batch.warningCount).toBe(2);
    expect(outcome.warnings).toEqual([
      expect.objectContaining({ row: 2, column: "工业总产值(万元)", field: "output", referencePeriod: "2024-03", referenceValue: 50, referenceRow: null }),
      expect.objectContaining({ row: 4, column: "用电量(千瓦时)", field: "electricityKwh", value: 8, referencePeriod: "2024-04", referenceValue: 900, referenceRow: 3 }),
    ]);
    expect(outcome.warnings[0]?.message).toContain("约为上年同月（2024-03，已存数据） 50 万元的 10,000 倍");
    expect(outcome.warnings[1]?.message).toContain("常见原因是多打或漏打了位数");
  });

  it("does not change what is applied: the same file lands the same with or without a warning, and a rejected file records none", async () => {
    const e = await fresh();
    await applied("annual", [[e.creditCode, 2015, 10, 1, 1]]);
    const file: (string | number | null)[][] = [[e.creditCode, 2016, 100_000, 2, 2]];
    const first = await applied("annual", file);
    expect(first.batch.warningCount).toBe(1);
    const row = async () =>
      database.query("SELECT revenue, profit, employees, source_kind, source_batch_id::int AS batch, source_row FROM enterprise_annual WHERE enterprise_id = $1 AND year = 2016", [e.id]);
    expect(await row()).toEqual([{ revenue: 100_000, profit: 2, employees: 2, source_kind: "import", batch: first.batch.id, source_row: 2 }]);

    // Without the stored year before, the same file gives no warning and the same values.
    await database.query("DELETE FROM enterprise_annual WHERE enterprise_id = $1", [e.id]);
    const second = await applied("annual", file);
    expect(second.batch).toMatchObject({ warningCount: 0, insertedCount: first.batch.insertedCount, updatedCount: first.batch.updatedCount, rowCount: first.batch.rowCount });
    expect(await row()).toEqual([{ revenue: 100_000, profit: 2, employees: 2, source_kind: "import", batch: second.batch.id, source_row: 2 }]);

    // All or nothing still: an implausible value beside a bad row applies nothing and warns of nothing.
    await applied("annual", [[e.creditCode, 2015, 10, 1, 1]]);
    const before = await dataChecksums(database);
    const rejected = await run("annual", [
      [e.creditCode, 2016, 500_000, 2, 2],
      [e.creditCode, 2017, "x", 2, 2],
    ]);
    expect(rejected.batch).toMatchObject({ status: "rejected", errorCount: 1, warningCount: 0 });
    expect(rejected.warnings).toEqual([]);
    expect(await dataChecksums(database)).toEqual(before);
    const stored = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM import_warnings WHERE batch_id = $1", [rejected.batch.id]);
    expect(stored[0]?.n).toBe(0);
  });

  it("counts every warning, records the first ones, pages them and writes them as their own report", async () => {
    const es: Enterprise[] = [await fresh(), await fresh(), await fresh()];
    await applied(
      "annual",
      es.map((e) => [e.creditCode, 2012, 1, 1, 1]),
    );
    const outcome = await applied(
      "annual",
      es.map((e) => [e.creditCode, 2013, 10_000, 1, 1]),
      { maxRecordedErrors: 2 },
    );
    expect(outcome.batch.warningCount).toBe(3);
    expect(outcome.warnings.map((w) => w.row)).toEqual([2, 3]);
    const detail = await getImport(ctx, actor.scope, outcome.batch.id, { page: 2, pageSize: 1 });
    expect(detail.errors.total).toBe(0);
    expect(detail.warnings).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ row: 3, column: "营业收入(万元)", value: 10_000, referenceValue: 1, referencePeriod: "2012" }] });

    const csv = (await buildWarningReport(ctx, actor.scope, outcome.batch.id, "csv")).body.toString("utf8");
    const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("行号 Row,列 Column,数值 Value,参照期 Reference period,参照值 Reference value,参照行 Reference row,说明 Check");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 6).join(","))).toEqual(["2,营业收入(万元),10000,2012,1,", "3,营业收入(万元),10000,2012,1,"]);
    const xlsx = await buildWarningReport(ctx, actor.scope, outcome.batch.id, "xlsx");
    expect(xlsx.fileName).toBe(`import-${outcome.batch.id}-warnings.xlsx`);
  });
});
