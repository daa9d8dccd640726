import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { buildHonoursTemplate } from "../src/gradient/honours/build-honours-template";
import { importHonours } from "../src/gradient/honours/import-honours";
import { listHonours } from "../src/gradient/honours/list-honours";
import { saveHonour } from "../src/gradient/honours/save-honour";
import { deleteHonour } from "../src/gradient/honours/delete-honour";
import { createActor, createEnterprise, createPark, csvFile, enterpriseScope, parkScope, provinceScope } from "./factories";

const HEADER = ["序号", "统一社会信用代码", "企业名称", "称号", "级别", "批次", "认定年度", "有效期起", "有效期止", "证书编号"];

describe("honours: import of official lists, hand entry, expiry", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let a1: { id: number; creditCode: string; provinceCode: string; parkId: number | null };
  let a2: { id: number; creditCode: string; provinceCode: string; parkId: number | null };
  let b1: { id: number; creditCode: string; provinceCode: string; parkId: number | null };
  let parkA: { id: number; provinceCode: string };

  const honourRows = () => database.query<{ enterprise_id: number; tier: string; valid_from: string; valid_until: string | null; certificate_no: string | null; source_kind: string; source_row: number | null }>(
    "SELECT enterprise_id, tier, valid_from::text, valid_until::text, certificate_no, source_kind, source_row FROM enterprise_honours ORDER BY enterprise_id, tier, valid_from",
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-09-01T02:00:00Z") } };
    parkA = await createPark(database);
    const parkB = await createPark(database);
    a1 = await createEnterprise(database, parkA);
    a2 = await createEnterprise(database, parkA);
    b1 = await createEnterprise(database, parkB);
  });
  afterAll(async () => database.dispose());

  it("imports a valid CSV list, fills the standard validity when the end is blank, and re-imports idempotently", async () => {
    const actor = await createActor(database, parkScope(parkA));
    const body = csvFile([
      HEADER,
      [1, a1.creditCode, "甲公司", "高新技术企业", "国家级", "2024年第二批", 2024, "2024-12-10", "", "GR202444001234"],
      [2, a2.creditCode, "乙公司", "专精特新“小巨人”企业", "国家级", "第六批", 2024, "2024/07/01", "2027-06-30", null],
    ]);
    const first = await importHonours(ctx, { actor, fileName: "高企名单.csv", body, maxBytes: 1 << 20 });
    expect(first).toMatchObject({ status: "applied", rows: 2, inserted: 2, updated: 0, errorCount: 0 });
    expect(await honourRows()).toEqual([
      { enterprise_id: a1.id, tier: "high_tech", valid_from: "2024-12-10", valid_until: "2027-12-09", certificate_no: "GR202444001234", source_kind: "import", source_row: 2 },
      { enterprise_id: a2.id, tier: "little_giant", valid_from: "2024-07-01", valid_until: "2027-06-30", certificate_no: null, source_kind: "import", source_row: 3 },
    ]);
    const again = await importHonours(ctx, { actor, fileName: "高企名单.csv", body, maxBytes: 1 << 20 });
    expect(again).toMatchObject({ status: "applied", inserted: 0, updated: 2 });
    expect((await honourRows()).length).toBe(2);
  });

  it("rejects a file with problems, naming row, column and value, and writes nothing", async () => {
    const actor = await createActor(database, provinceScope());
    const before = await honourRows();
    const body = csvFile([
      [...HEADER, "颜色"],
      [1, a1.creditCode, "", "金牌企业", "", "", "", "2024-13-01", "", "", "红"],
      [2, a2.creditCode, "", "高企", "", "", "", "2025-03-01", "2024-03-01", "", ""],
      [3, "91440300MA5F00000X", "", "高企", "", "", "", "2025-03-01", "", "", ""],
      [4, a2.creditCode, "", "瞪羚企业", "", "", "", "2025-01-01", "", "", ""],
      [5, a2.creditCode, "", "瞪羚", "", "", "", "2025-01-01", "", "", ""],
    ]);
    const out = await importHonours(ctx, { actor, fileName: "bad.csv", body, maxBytes: 1 << 20 });
    expect(out.status).toBe("rejected");
    const where = (row: number | null, column: string | null) => out.errors.find((e) => e.row === row && e.column === column);
    expect(where(1, "颜色")?.message).toContain("未知的列");
    expect(where(2, "称号")).toMatchObject({ value: "金牌企业" });
    expect(where(2, "有效期起")).toMatchObject({ value: "2024-13-01" });
    expect(where(3, "有效期止")?.message).toContain("早于");
    expect(where(4, "统一社会信用代码")).toBeDefined();
    expect(where(6, "统一社会信用代码")?.message).toContain("重复");
    expect(await honourRows()).toEqual(before);
  });

  it("rejects rows naming enterprises outside the importer's tenancy, and refuses enterprise accounts", async () => {
    const parkAdmin = await createActor(database, parkScope(parkA));
    const before = await honourRows();
    const body = csvFile([HEADER, [1, a1.creditCode, "", "创新型中小企业", "省级", "", 2025, "2025-09-01", "", ""], [2, b1.creditCode, "", "创新型中小企业", "省级", "", 2025, "2025-09-01", "", ""]]);
    const out = await importHonours(ctx, { actor: parkAdmin, fileName: "cross.csv", body, maxBytes: 1 << 20 });
    expect(out.status).toBe("rejected");
    expect(out.errors).toEqual([expect.objectContaining({ row: 3, column: "统一社会信用代码", value: b1.creditCode, message: expect.stringContaining("管辖范围") })]);
    expect(await honourRows()).toEqual(before);
    const enterprise = await createActor(database, enterpriseScope(a1));
    await expect(importHonours(ctx, { actor: enterprise, fileName: "x.csv", body, maxBytes: 1 << 20 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(importHonours(ctx, { actor: parkAdmin, fileName: "big.csv", body, maxBytes: 10 })).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("reads back its own xlsx template filled in, and rejects a file that is not what it claims", async () => {
    const actor = await createActor(database, provinceScope());
    const template = await buildHonoursTemplate("xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("数据");
    if (!sheet) throw new Error("no data sheet");
    sheet.addRow(["1", b1.creditCode, "丙公司", "科技型中小企业", "国家级", "2025年第三批", 2025, new Date(Date.UTC(2025, 7, 15)), null, "202544030500123"]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const out = await importHonours(ctx, { actor, fileName: "名单.xlsx", body: filled, maxBytes: 1 << 20 });
    expect(out).toMatchObject({ status: "applied", inserted: 1 });
    expect((await honourRows()).find((h) => h.enterprise_id === b1.id)).toMatchObject({ tier: "tech_sme", valid_from: "2025-08-15", valid_until: "2026-08-14" });
    const csvTemplate = await buildHonoursTemplate("csv");
    expect(csvTemplate.body.toString("utf8")).toContain("统一社会信用代码,企业名称,称号");
    const fake = await importHonours(ctx, { actor, fileName: "list.xlsx", body: Buffer.from("a,b\n1,2\n"), maxBytes: 1 << 20 });
    expect(fake).toMatchObject({ status: "rejected", errors: [expect.objectContaining({ row: null })] });
  });

  it("enters, corrects and deletes honours by hand, and flags those expiring within 90 days", async () => {
    const actor = await createActor(database, parkScope(parkA));
    const created = await saveHonour(ctx, actor, { enterpriseId: a2.id, tier: "specialized_sme", validFrom: "2023-10-01", via: "manual", level: "provincial" });
    // 2023-10-01 + 3 years − 1 day = 2026-09-30: 29 days after "today" (2026-09-01).
    expect(created).toMatchObject({ validUntil: "2026-09-30", state: "expiring", daysLeft: 29, sourceKind: "manual" });
    await expect(saveHonour(ctx, actor, { enterpriseId: a2.id, tier: "specialized_sme", validFrom: "2023-10-01", via: "api" })).rejects.toMatchObject({ code: "conflict" });
    await expect(saveHonour(ctx, actor, { enterpriseId: b1.id, tier: "high_tech", validFrom: "2023-10-01", via: "api" })).rejects.toMatchObject({ code: "not_found" });
    const corrected = await saveHonour(ctx, actor, { enterpriseId: a2.id, tier: "specialized_sme", validFrom: "2023-10-01", validUntil: "2027-09-30", certificateNo: "ZJTX-1", via: "manual" }, created.id);
    expect(corrected).toMatchObject({ id: created.id, state: "valid", certificateNo: "ZJTX-1" });
    const expiring = await listHonours(ctx, parkScope(parkA), { page: 1, pageSize: 20, state: "expiring" });
    expect(expiring.items.map((h) => h.id)).not.toContain(created.id);
    expect((await listHonours(ctx, parkScope(parkA), { page: 1, pageSize: 50 })).items.every((h) => h.parkId === parkA.id)).toBe(true);
    expect((await listHonours(ctx, enterpriseScope(a1), { page: 1, pageSize: 50 })).items.map((h) => h.enterpriseId)).toEqual([a1.id]);
    await expect(deleteHonour(ctx, await createActor(database, enterpriseScope(a2)), created.id)).rejects.toMatchObject({ code: "forbidden" });
    await deleteHonour(ctx, actor, created.id);
    expect((await listHonours(ctx, parkScope(parkA), { page: 1, pageSize: 50, tier: "specialized_sme" })).total).toBe(0);
  });
});
