import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { importFile } from "../src/imports";
import {
  createActor,
  createEnterprise,
  createIndustry,
  createPark,
  csvFile,
  dataChecksums,
  enterpriseScope,
  nextCreditCode,
  parkScope,
  provinceScope,
  xlsxFile,
} from "./factories";

type Park = Awaited<ReturnType<typeof createPark>>;

const ENTERPRISE_HEADER = ["统一社会信用代码", "企业名称", "园区代码", "行业代码", "成立日期", "注册资本(万元)", "是否上市", "经营状态", "是否规上", "主要产品", "经营范围"];
const PARCEL_HEADER = ["园区代码", "地块编号", "使用企业信用代码", "面积(亩)", "用途", "供地方式", "起始日期", "终止日期", "容积率", "建筑面积(平方米)", "状态"];

describe("enterprise and land parcel imports", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let parkA: Park;
  let parkB: Park;
  let province: Actor;
  let adminA: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    parkA = await createPark(database);
    parkB = await createPark(database);
    await createIndustry(database, "3981");
    await createIndustry(database, "0611");
    province = await createActor(database, provinceScope());
    adminA = await createActor(database, parkScope(parkA));
  });
  afterAll(async () => database.dispose());

  const enterpriseByCode = async (code: string) => {
    const [row] = await database.query<Record<string, unknown>>(
      "SELECT name, park_id, province_code, industry_code, founded_on::text AS founded_on, registered_capital, listed, operating_status, above_designated_size, main_products, business_scope FROM enterprises WHERE credit_code = $1",
      [code],
    );
    return row;
  };

  describe("enterprises", () => {
    it("creates and updates enterprises; re-import leaves the same data; blank 是否上市/经营状态 keep stored values", async () => {
      const a = nextCreditCode();
      const b = nextCreditCode();
      const file = csvFile([
        ENTERPRISE_HEADER,
        [a, "甲科技有限公司", parkA.catalogueCode, "3981", "2015-06-18", "5,000", "是", "在营", "否", "工业机器人、伺服电机", "技术开发"],
        [b, "乙制造有限公司", String(parkB.id), "0611", "2019/3/1", "", "否", "停业", "", "", ""],
      ]);
      const first = await importFile(ctx, { actor: province, kind: "enterprises", fileName: "名录.csv", body: file, maxBytes: 1 << 20 });
      expect(first.errors).toEqual([]);
      expect(first.batch).toMatchObject({ status: "applied", insertedCount: 2, updatedCount: 0 });
      expect(await enterpriseByCode(a)).toEqual({
        name: "甲科技有限公司",
        park_id: parkA.id,
        province_code: parkA.provinceCode,
        industry_code: "3981",
        founded_on: "2015-06-18",
        registered_capital: 5000,
        listed: true,
        operating_status: "operating",
        above_designated_size: false,
        main_products: "工业机器人、伺服电机",
        business_scope: "技术开发",
      });
      expect(await enterpriseByCode(b)).toMatchObject({ park_id: parkB.id, founded_on: "2019-03-01", registered_capital: null, listed: false, operating_status: "suspended", above_designated_size: null });

      const snapshot = await dataChecksums(database);
      const again = await importFile(ctx, { actor: province, kind: "enterprises", fileName: "名录.csv", body: file, maxBytes: 1 << 20 });
      expect(again.batch).toMatchObject({ status: "applied", insertedCount: 0, updatedCount: 2 });
      expect({ ...(await dataChecksums(database)), audit_entries: 0 }).toEqual({ ...snapshot, audit_entries: 0 });

      const blanks = await importFile(ctx, {
        actor: province,
        kind: "enterprises",
        fileName: "更正.xlsx",
        body: await xlsxFile([ENTERPRISE_HEADER, [a, "甲科技股份有限公司", parkA.catalogueCode, "3981", new Date(Date.UTC(2015, 5, 18)), 6000, null, "", true, "—", null]]),
        maxBytes: 1 << 20,
      });
      expect(blanks.errors).toEqual([]);
      expect(await enterpriseByCode(a)).toMatchObject({ name: "甲科技股份有限公司", registered_capital: 6000, listed: true, operating_status: "operating", above_designated_size: true, main_products: null });
    });

    it("refuses enterprises of another park, parks outside the scope, and bad master data", async () => {
      const other = await createEnterprise(database, parkB);
      const ambiguous = await createPark(database, { catalogueCode: "S377018" });
      await createPark(database, { catalogueCode: "S377018" });
      const fresh = nextCreditCode();
      const before = await dataChecksums(database);
      const outcome = await importFile(ctx, {
        actor: adminA,
        kind: "enterprises",
        fileName: "bad.csv",
        body: csvFile([
          ENTERPRISE_HEADER,
          [other.creditCode, "抢来的企业", parkA.catalogueCode, "", "", "", "", "", "", "", ""],
          [fresh, "丙公司", parkB.catalogueCode, "", "", "", "", "", "", "", ""],
          [nextCreditCode(), "丁公司", parkA.catalogueCode, "611", "2030-01-01", "-1", "也许", "破产", "", "", ""],
          [fresh, "丙公司", parkA.catalogueCode, "9999", "", "", "", "", "", "", ""],
          [nextCreditCode(), "", parkA.catalogueCode, "", "", "", "", "", "", "", ""],
        ]),
        maxBytes: 1 << 20,
      });
      expect(outcome.batch.status).toBe("rejected");
      expect(outcome.errors).toEqual([
        expect.objectContaining({ row: 2, column: "统一社会信用代码", message: expect.stringContaining("已登记在您管辖范围之外") }),
        expect.objectContaining({ row: 3, column: "园区代码", value: parkB.catalogueCode, message: expect.stringContaining("不在您的管辖范围内") }),
        expect.objectContaining({ row: 4, column: "行业代码", message: expect.stringContaining("只有3位") }),
        expect.objectContaining({ row: 4, column: "成立日期", message: expect.stringContaining("不能晚于今天") }),
        expect.objectContaining({ row: 4, column: "注册资本(万元)", message: expect.stringContaining("不能小于 0") }),
        expect.objectContaining({ row: 4, column: "是否上市", message: expect.stringContaining("可选：是、否") }),
        expect.objectContaining({ row: 4, column: "经营状态", message: expect.stringContaining("可选：在营、停业、注销、迁出") }),
        expect.objectContaining({ row: 5, column: "行业代码", value: "9999", message: expect.stringContaining("不在 GB/T 4754-2017 小类中") }),
        expect.objectContaining({ row: 5, column: "统一社会信用代码", message: expect.stringContaining("与第3行重复") }),
        expect.objectContaining({ row: 6, column: "企业名称", message: expect.stringContaining("为必填") }),
      ]);
      expect(await dataChecksums(database)).toEqual(before);

      const byCode = await importFile(ctx, {
        actor: province,
        kind: "enterprises",
        fileName: "dup-code.csv",
        body: csvFile([ENTERPRISE_HEADER, [nextCreditCode(), "戊公司", "S377018", "", "", "", "", "", "", "", ""]]),
        maxBytes: 1 << 20,
      });
      expect(byCode.errors).toEqual([expect.objectContaining({ row: 2, message: expect.stringContaining(`编号${ambiguous.id}`) })]);
    });

    it("refuses an xlsx number formatted as a percentage in a number column, and keeps it as shown in a text column", async () => {
      const code = nextCreditCode();
      const row = [code, "己公司", parkA.catalogueCode, "", "", 0.3, "", "", "", 0.05, ""];
      const refused = await importFile(ctx, {
        actor: province,
        kind: "enterprises",
        fileName: "percent.xlsx",
        body: await xlsxFile([ENTERPRISE_HEADER, row], "数据", { F2: "0%", J2: "0%" }),
        maxBytes: 1 << 20,
      });
      expect(refused.errors).toEqual([
        expect.objectContaining({ row: 2, column: "注册资本(万元)", value: "30%", message: expect.stringMatching(/百分比格式.*本列单位（万元）.*10k CNY/) }),
      ]);
      const applied = await importFile(ctx, {
        actor: province,
        kind: "enterprises",
        fileName: "percent-text.xlsx",
        body: await xlsxFile([ENTERPRISE_HEADER, row], "数据", { J2: "0%" }),
        maxBytes: 1 << 20,
      });
      expect(applied.errors).toEqual([]);
      expect(await enterpriseByCode(code)).toMatchObject({ registered_capital: 0.3, main_products: "5%" });
    });

    it("is not open to enterprise accounts", async () => {
      const self = await createEnterprise(database, parkA);
      const actor = await createActor(database, enterpriseScope(self));
      const attempt = importFile(ctx, { actor, kind: "enterprises", fileName: "x.csv", body: csvFile([ENTERPRISE_HEADER]), maxBytes: 1 << 20 });
      await expect(attempt).rejects.toMatchObject({ code: "forbidden" });
    });
  });

  describe("land parcels", () => {
    const parcel = async (code: string) => {
      const [row] = await database.query<Record<string, unknown>>(
        `SELECT holder_enterprise_id, area_mu, land_use, supply_mode, term_start::text AS term_start, term_end::text AS term_end, plot_ratio, building_area_m2, status,
                source_kind, source_batch_id::int AS source_batch_id, source_row, field_sources
           FROM land_parcels WHERE park_id = $1 AND parcel_code = $2`,
        [parkA.id, code],
      );
      return row;
    };

    it("imports parcels with the four supply modes, keyed by park and parcel code, with provenance", async () => {
      const holder = await createEnterprise(database, parkA);
      const rows = [
        [parkA.catalogueCode, "KF-001", holder.creditCode, "56.8", "工业用地", "出让", "2023-01-01", "2072-12-31", "1.8", "68,000", "在用"],
        [parkA.catalogueCode, "KF-002", "", "20", "仓储用地", "长期租赁", "", "", "", "", "在建"],
        [parkA.catalogueCode, "KF-003", "", "12.5", "科研用地", "先租后让", "2024-01-01", "2029-12-31", "", "", "闲置"],
        [parkA.catalogueCode, "KF-004", "", "8", "0601", "弹性年期", "", "", "", "", "空置"],
      ];
      const first = await importFile(ctx, { actor: adminA, kind: "parcels", fileName: "地块.csv", body: csvFile([PARCEL_HEADER, ...rows]), maxBytes: 1 << 20 });
      expect(first.errors).toEqual([]);
      expect(first.batch).toMatchObject({ status: "applied", insertedCount: 4 });
      expect(await parcel("KF-001")).toMatchObject({
        holder_enterprise_id: holder.id,
        area_mu: 56.8,
        land_use: "0601",
        supply_mode: "transfer",
        term_start: "2023-01-01",
        term_end: "2072-12-31",
        plot_ratio: 1.8,
        building_area_m2: 68000,
        status: "in_use",
        source_kind: "import",
        source_batch_id: first.batch.id,
        source_row: 2,
      });
      expect((await parcel("KF-002"))?.supply_mode).toBe("long_lease");
      expect(await parcel("KF-003")).toMatchObject({ supply_mode: "lease_then_transfer", land_use: "0805", status: "idle" });
      expect(await parcel("KF-004")).toMatchObject({ supply_mode: "flexible_term", status: "vacant", holder_enterprise_id: null });

      // A later file with fewer columns updates what it carries; the rest keeps its source.
      const second = await importFile(ctx, {
        actor: adminA,
        kind: "parcels",
        fileName: "面积更正.csv",
        body: csvFile([["园区代码", "地块编号", "面积(亩)", "用途", "供地方式", "状态"], [parkA.catalogueCode, "KF-001", "57", "工业用地", "出让", "在用"]]),
        maxBytes: 1 << 20,
      });
      expect(second.batch).toMatchObject({ status: "applied", insertedCount: 0, updatedCount: 1 });
      const updated = await parcel("KF-001");
      expect(updated).toMatchObject({ area_mu: 57, plot_ratio: 1.8, source_batch_id: second.batch.id, source_row: 2 });
      expect(updated?.field_sources).toMatchObject({
        plotRatio: { kind: "import", batchId: first.batch.id, row: 2 },
        holderEnterpriseId: { kind: "import", batchId: first.batch.id, row: 2 },
      });
      expect(Object.keys(updated?.field_sources as object)).not.toContain("areaMu");
    });

    it("rejects bad parcels and holders outside the scope", async () => {
      const outsider = await createEnterprise(database, parkB);
      const before = await dataChecksums(database);
      const outcome = await importFile(ctx, {
        actor: adminA,
        kind: "parcels",
        fileName: "bad.csv",
        body: csvFile([
          PARCEL_HEADER,
          [parkA.catalogueCode, "KF-101", outsider.creditCode, "0", "工业用地", "划拨", "2025-01-01", "2024-01-01", "", "", "在用"],
          [parkB.catalogueCode, "KF-102", "", "5", "工业用地", "出让", "", "", "", "", "在用"],
          [parkA.catalogueCode, "KF-103", "", "5", "工业用地", "出让", "2025-01-01", "2024-01-01", "", "", "在用"],
          [parkA.catalogueCode, "KF-103", "", "5", "工业用地", "出让", "", "", "", "", "在用"],
        ]),
        maxBytes: 1 << 20,
      });
      expect(outcome.batch.status).toBe("rejected");
      expect(outcome.errors).toEqual([
        expect.objectContaining({ row: 2, column: "使用企业信用代码", message: expect.stringContaining("不在您的管辖范围内") }),
        expect.objectContaining({ row: 2, column: "面积(亩)", value: "0", message: expect.stringContaining("应大于 0") }),
        expect.objectContaining({ row: 2, column: "供地方式", value: "划拨", message: expect.stringContaining("可选：出让、长期租赁、先租后让、弹性年期") }),
        expect.objectContaining({ row: 2, column: "终止日期", value: "2024-01-01", message: expect.stringContaining("终止日期早于起始日期") }),
        expect.objectContaining({ row: 3, column: "园区代码", message: expect.stringContaining("未找到园区") }),
        expect.objectContaining({ row: 4, column: "终止日期", message: expect.stringContaining("终止日期早于起始日期") }),
        expect.objectContaining({ row: 5, column: "地块编号", message: expect.stringContaining("与第4行重复") }),
      ]);
      expect(await dataChecksums(database)).toEqual(before);
    });

    it("reports a term ending before it starts together with the row's other problems", async () => {
      const outcome = await importFile(ctx, {
        actor: adminA,
        kind: "parcels",
        fileName: "both.csv",
        body: csvFile([
          PARCEL_HEADER,
          [parkA.catalogueCode, "KF-201", "", "0", "工业用地", "出让", "2025-01-01", "2024-01-01", "", "", "在用"],
          // A date that failed to parse is not compared: its own problem is the one reported.
          [parkA.catalogueCode, "KF-202", "", "0", "工业用地", "出让", "2025-13-01", "2024-01-01", "", "", "在用"],
        ]),
        maxBytes: 1 << 20,
      });
      expect(outcome.errors).toEqual([
        expect.objectContaining({ row: 2, column: "面积(亩)", value: "0", message: expect.stringContaining("应大于 0") }),
        expect.objectContaining({ row: 2, column: "终止日期", value: "2024-01-01", message: expect.stringMatching(/终止日期早于起始日期（2025-01-01）.*term ends before it starts/) }),
        expect.objectContaining({ row: 3, column: "面积(亩)", value: "0" }),
        expect.objectContaining({ row: 3, column: "起始日期", value: "2025-13-01", message: expect.stringContaining("不是有效日期") }),
      ]);
    });
  });
});
