import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "@parkpilot/db";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { buildErrorReport, getImport, importFile, listImports, type ImportListQuery } from "../src/imports";
import { createActor, createEnterprise, createPark, csvFile, enterpriseScope, parkScope, provinceScope } from "./factories";

const HEADER = ["统一社会信用代码", "年份", "营业收入(万元)"];
const NOW = new Date("2026-06-01T08:00:00Z");

describe("import history: listing, detail and error reports, by tenancy", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let adminA: Actor;
  let adminB: Actor;
  let province: Actor;
  let otherProvince: Actor;
  let self: Actor;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => NOW } };
    const parkA = await createPark(database);
    const parkB = await createPark(database);
    const e1 = await createEnterprise(database, parkA);
    const eB = await createEnterprise(database, parkB);
    adminA = await createActor(database, parkScope(parkA));
    adminB = await createActor(database, parkScope(parkB));
    province = await createActor(database, provinceScope());
    otherProvince = await createActor(database, provinceScope("98"));
    self = await createActor(database, enterpriseScope(e1));
    const run = async (actor: Actor, name: string, rows: (string | number)[][]) =>
      (await importFile(ctx, { actor, kind: "annual", fileName: `${name}.csv`, body: csvFile([HEADER, ...rows]), maxBytes: 1 << 20 })).batch.id;
    ids.aApplied = await run(adminA, "a-applied", [[e1.creditCode, 2024, 1]]);
    ids.aRejected = await run(adminA, "a-rejected", [
      [e1.creditCode, 2024, "x"],
      [e1.creditCode, 2023, "-1"],
      [eB.creditCode, 2023, 1],
    ]);
    ids.bApplied = await run(adminB, "b-applied", [[eB.creditCode, 2024, 2]]);
    ids.selfApplied = await run(self, "self-applied", [[e1.creditCode, 2022, 3]]);
  });
  afterAll(async () => database.dispose());

  const page = { page: 1, pageSize: 20 };
  const idsOf = async (actor: Actor, query: ImportListQuery = page) => (await listImports(ctx, actor.scope, query)).items.map((b) => b.id);

  it("lists the batches of the scope they were made in, and of the scopes above, newest first", async () => {
    expect(await idsOf(province)).toEqual([ids.selfApplied, ids.bApplied, ids.aRejected, ids.aApplied]);
    expect(await idsOf(adminA)).toEqual([ids.selfApplied, ids.aRejected, ids.aApplied]);
    expect(await idsOf(adminB)).toEqual([ids.bApplied]);
    expect(await idsOf(self)).toEqual([ids.selfApplied]);
    expect(await idsOf(otherProvince)).toEqual([]);
  });

  it("pages and filters", async () => {
    const first = await listImports(ctx, province.scope, { page: 1, pageSize: 3 });
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items).toHaveLength(3);
    expect((await listImports(ctx, province.scope, { page: 2, pageSize: 3 })).items.map((b) => b.id)).toEqual([ids.aApplied]);
    expect(await idsOf(province, { ...page, status: "rejected" })).toEqual([ids.aRejected]);
    expect(first.items[0]).toMatchObject({ kind: "annual", userName: self.displayName, status: "applied", fileName: "self-applied.csv" });
  });

  it("shows a batch with its errors, paged, and hides other tenants' batches", async () => {
    const detail = await getImport(ctx, adminA.scope, ids.aRejected ?? 0, { page: 1, pageSize: 2 });
    expect(detail.batch).toMatchObject({ id: ids.aRejected, status: "rejected", errorCount: 3, rowCount: 3 });
    expect(detail.errors).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(detail.errors.items).toEqual([
      { row: 2, column: "营业收入(万元)", value: "x", message: expect.stringContaining("不是有效数字") },
      { row: 3, column: "营业收入(万元)", value: "-1", message: expect.stringContaining("不能小于 0") },
    ]);
    expect((await getImport(ctx, adminA.scope, ids.aRejected ?? 0, { page: 2, pageSize: 2 })).errors.items).toEqual([
      expect.objectContaining({ row: 4, column: "统一社会信用代码" }),
    ]);
    await expect(getImport(ctx, adminB.scope, ids.aRejected ?? 0)).rejects.toMatchObject({ code: "not_found" });
    await expect(getImport(ctx, self.scope, ids.aApplied ?? 0)).rejects.toMatchObject({ code: "not_found" });
    await expect(getImport(ctx, otherProvince.scope, ids.aApplied ?? 0)).rejects.toMatchObject({ code: "not_found" });
  });

  it("builds the error report as CSV and xlsx for the batch's own tenants only", async () => {
    const csv = await buildErrorReport(ctx, province.scope, ids.aRejected ?? 0, "csv");
    expect(csv.fileName).toBe(`import-${ids.aRejected}-errors.csv`);
    const lines = csv.body.toString("utf8").replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("行号 Row,列 Column,原值 Value,问题 Problem");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["2,营业收入(万元),x", "3,营业收入(万元),-1", expect.stringMatching(/^4,统一社会信用代码,/)]);

    const xlsx = await buildErrorReport(ctx, adminA.scope, ids.aRejected ?? 0, "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toContain("a-rejected.csv");
    expect((sheet?.getRow(3).values as unknown[]).slice(1, 4)).toEqual([2, "营业收入(万元)", "x"]);
    expect(sheet?.rowCount).toBe(5);
    await expect(buildErrorReport(ctx, adminB.scope, ids.aRejected ?? 0, "csv")).rejects.toMatchObject({ code: "not_found" });
  });

  it("cleans up after crashed imports: stale staging tables dropped, abandoned batches failed", async () => {
    const old = Math.floor(NOW.getTime() / 1000) - 7 * 3600;
    const recent = Math.floor(NOW.getTime() / 1000) - 60;
    for (const name of [`import_stage_${old}_abc123`, `import_stage_${old}_abc123_s0`, `import_stage_${recent}_def456_s0`]) {
      await database.query(`CREATE UNLOGGED TABLE ${name} (row integer)`);
    }
    const [abandoned] = await database.db
      .insert(tables.importBatches)
      .values({ kind: "annual", fileName: "crashed.csv", fileSha256: "0".repeat(64), fileBytes: 1, userId: adminA.userId, provinceCode: "99", status: "validating", startedAt: new Date(NOW.getTime() - 7 * 3600_000).toISOString() })
      .returning();
    await importFile(ctx, { actor: adminA, kind: "annual", fileName: "next.csv", body: csvFile([HEADER]), maxBytes: 1 << 20 });
    const tablesLeft = await database.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'import\\_stage\\_%' ORDER BY 1");
    // A recent table may belong to an import still running elsewhere: it stays.
    expect(tablesLeft.map((t) => t.name)).toEqual([`import_stage_${recent}_def456_s0`]);
    const [after] = await database.query<{ status: string; message: string }>("SELECT status, message FROM import_batches WHERE id = $1", [abandoned?.id]);
    expect(after).toMatchObject({ status: "failed", message: expect.stringContaining("导入被中断") });
  });
});
