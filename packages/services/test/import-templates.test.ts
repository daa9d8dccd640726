import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNUAL_FIELDS, MONTHLY_FIELDS } from "@parkpilot/core";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { buildImportTemplate, columnHeader, IMPORT_KINDS, importColumns, importFile, type ImportKind } from "../src/imports";
import { columnLetter } from "../src/imports/messages";
import { createActor, createEnterprise, createIndustry, createPark, nextCreditCode, provinceScope } from "./factories";

type Park = Awaited<ReturnType<typeof createPark>>;

/** Sheets written by exceljs keep their data validations here (not in the published types). */
const validationsOf = (sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> =>
  (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;

describe("import templates", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let park: Park;
  let actor: Actor;
  let holder: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    park = await createPark(database);
    await createIndustry(database, "3981");
    holder = (await createEnterprise(database, park)).creditCode;
    actor = await createActor(database, provinceScope());
  });
  afterAll(async () => database.dispose());

  it("are generated from the field catalogue: every annual and monthly field, with its unit", async () => {
    expect(importColumns("annual").map(columnHeader)).toEqual(["统一社会信用代码", "年份", ...ANNUAL_FIELDS.map((f) => `${f.zh}(${f.unit})`)]);
    expect(importColumns("monthly").map(columnHeader)).toEqual(["统一社会信用代码", "月份", ...MONTHLY_FIELDS.map((f) => `${f.zh}(${f.unit})`)]);
    expect(importColumns("annual").map(columnHeader)).toContain("营业收入(万元)");
    expect(importColumns("parcels").find((c) => c.key === "supplyMode")?.spec).toMatchObject({
      type: "enum",
      options: [{ zh: "出让" }, { zh: "长期租赁" }, { zh: "先租后让" }, { zh: "弹性年期" }],
    });
  });

  it.each(IMPORT_KINDS)("%s: the xlsx has a frozen header, lists, formats, notes and a help sheet", async (kind) => {
    const template = await buildImportTemplate(kind, "xlsx");
    expect(template.fileName).toBe(`parkpilot-${kind}-template.xlsx`);
    expect(template.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["数据", "填报说明"]);
    const data = workbook.getWorksheet("数据");
    if (!data) throw new Error("no data sheet");
    const columns = importColumns(kind);
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map(columnHeader));
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const validations = validationsOf(data);
    columns.forEach((c, i) => {
      const letter = columnLetter(i);
      const column = data.getColumn(i + 1);
      if (c.spec.type === "creditCode") expect(column.numFmt).toBe("@");
      if (c.spec.type === "number") expect(column.numFmt).toMatch(/^#,##0/);
      if (c.spec.type === "enum") {
        // Read back, exceljs lists a range validation cell by cell: check both ends.
        const list = { type: "list", formulae: [`"${c.spec.options.map((o) => o.zh).join(",")}"`] };
        expect(validations[`${letter}2`]).toMatchObject(list);
        expect(validations[`${letter}10001`]).toMatchObject(list);
      }
      expect(String(data.getRow(1).getCell(i + 1).note ?? "")).toContain(c.required ? "必填" : "选填");
    });
    const help = workbook.getWorksheet("填报说明");
    const helpText = JSON.stringify(help?.getSheetValues());
    for (const c of columns) {
      expect(helpText).toContain(columnHeader(c));
      expect(helpText).toContain(c.key);
      expect(helpText).toContain(c.example);
    }
  });

  it.each(IMPORT_KINDS)("%s: the CSV is UTF-8 with BOM and the same header", async (kind) => {
    const template = await buildImportTemplate(kind, "csv");
    expect(template.contentType).toBe("text/csv; charset=utf-8");
    expect([...template.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(template.body.toString("utf8").slice(1)).toBe(`${importColumns(kind).map(columnHeader).join(",")}\r\n`);
  });

  /** One row of the help sheet's examples, with the keys the test database really has. */
  const exampleRow = (kind: ImportKind): string[] =>
    importColumns(kind).map((c) => {
      if (c.key === "creditCode") return kind === "enterprises" ? nextCreditCode() : holder;
      if (c.key === "holderCreditCode") return holder;
      if (c.key === "park") return park.catalogueCode ?? String(park.id);
      return c.example;
    });

  it.each(IMPORT_KINDS.flatMap((kind) => [[kind, "xlsx"] as const, [kind, "csv"] as const]))(
    "%s %s: template round-trips (generate, fill in the examples, import)",
    async (kind, format) => {
      const template = await buildImportTemplate(kind, format);
      let body: Buffer;
      const row = exampleRow(kind);
      if (format === "csv") {
        body = Buffer.concat([template.body, Buffer.from(`${row.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",")}\r\n`)]);
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
        workbook.getWorksheet("数据")?.addRow(row);
        body = Buffer.from(await workbook.xlsx.writeBuffer());
      }
      const outcome = await importFile(ctx, { actor, kind, fileName: template.fileName.replace("template", "filled"), body, maxBytes: 1 << 20 });
      expect(outcome.errors).toEqual([]);
      expect(outcome.batch).toMatchObject({ status: "applied", rowCount: 1 });
      expect(outcome.batch.insertedCount + outcome.batch.updatedCount).toBe(1);
    },
  );
});
