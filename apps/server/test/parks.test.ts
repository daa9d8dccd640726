import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "@parkpilot/db";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

describe("park routes", () => {
  let t: TestApp;
  let cookie: string;
  let big: { id: number };
  let small: { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    big = await insertPark(t, { name: "大园区", level: "national", kind: "etdz", kindText: "经济技术开发区" });
    small = await insertPark(t, { name: "小园区" });
    const a = await insertEnterprise(t, big.id);
    const b = await insertEnterprise(t, big.id);
    const c = await insertEnterprise(t, small.id);
    const row = (enterpriseId: number, year: number, v: Partial<typeof tables.enterpriseAnnual.$inferInsert>) => ({
      enterpriseId,
      year,
      sourceKind: "manual" as const,
      ...v,
    });
    await t.database.db.insert(tables.enterpriseAnnual).values([
      row(a.id, 2025, { industrialOutput: 1000, revenue: 1200, taxPaid: 60, landAreaMu: 10, rdExpense: 36 }),
      // b reported tax but no land: excluded from 亩均税收, included in the tax sum.
      row(b.id, 2025, { industrialOutput: 500, revenue: 600, taxPaid: 30 }),
      row(c.id, 2025, { industrialOutput: 100, revenue: 100, taxPaid: 2, landAreaMu: 4 }),
      row(a.id, 2024, { industrialOutput: 800, revenue: 1000, taxPaid: 50, landAreaMu: 10 }),
    ]);
    cookie = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
  });
  afterAll(async () => t.close());

  const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });

  it("computes KPIs as sums and Σ/Σ ratios over reporters, for the latest year by default", async () => {
    const body = (await get("/api/parks?sort=industrialOutput&order=desc")).json();
    expect(body.year).toBe(2025);
    expect(body.items.map((p: { name: string }) => p.name)).toEqual(["大园区", "小园区"]);
    expect(body.items[0].kpis).toMatchObject({ enterprises: 2, reporting: 2, industrialOutput: 1500, taxPaid: 90, landAreaMu: 10, taxPerMu: 6 });
    expect(body.items[0].kpis.rdIntensity).toBeCloseTo(36 / 1200);
  });

  it("returns a chosen year and unknown (null) where nobody reported", async () => {
    const body = (await get("/api/parks?year=2024&sort=name")).json();
    const smallPark = body.items.find((p: { id: number }) => p.id === small.id);
    expect(smallPark.kpis).toMatchObject({ enterprises: 1, reporting: 0, industrialOutput: null, taxPerMu: null });
  });

  it("filters, pages and reports the total", async () => {
    const body = (await get("/api/parks?level=national&pageSize=1")).json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(body.items[0].id).toBe(big.id);
    expect((await get("/api/parks?q=小")).json().items.map((p: { id: number }) => p.id)).toEqual([small.id]);
  });

  it("gives the detail with KPI history oldest first", async () => {
    const body = (await get(`/api/parks/${big.id}`)).json();
    expect(body.kpiHistory.map((k: { year: number }) => k.year)).toEqual([2024, 2025]);
    expect(body.kpis.year).toBe(2025);
  });

  it.each([
    ["/api/parks?pageSize=1000", "querystring.pageSize"],
    ["/api/parks?sort=bogus", "querystring.sort"],
    ["/api/parks?level=city", "querystring.level"],
    ["/api/parks/abc", "params.id"],
  ])("answers 400 with the field for %s", async (url, path) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it("answers 404 for a park that does not exist", async () => {
    expect((await get("/api/parks/999999")).statusCode).toBe(404);
  });
});

describe("data years are the province's own", () => {
  let t: TestApp;
  const OTHER_PROVINCE = "98";

  beforeAll(async () => {
    t = await createTestApp();
    await t.database.query(`INSERT INTO regions (code, name, level, parent_code, province_code) VALUES ('980000', '另一省', 'province', NULL, '98')`);
    const own = await insertEnterprise(t, (await insertPark(t)).id);
    const otherPark = await insertPark(t, { provinceCode: OTHER_PROVINCE });
    const other = await insertEnterprise(t, otherPark.id, { provinceCode: OTHER_PROVINCE });
    await t.database.db.insert(tables.enterpriseAnnual).values([
      { enterpriseId: own.id, year: 2023, sourceKind: "manual", revenue: 10 },
      { enterpriseId: own.id, year: 2025, sourceKind: "manual", revenue: 12 },
      // Another province already reports 2026: it must not move this province's default year.
      { enterpriseId: other.id, year: 2026, sourceKind: "manual", revenue: 99 },
    ]);
  });
  afterAll(async () => t.close());

  const getAs = async (provinceCode: string, url: string) => {
    const { cookie } = await loginAs(t, { role: "province_admin", provinceCode });
    return t.app.inject({ method: "GET", url, headers: { cookie } });
  };

  it("lists the years with data in the session's province, newest first, gaps left out", async () => {
    expect((await getAs(TEST_PROVINCE, "/api/meta/data-years")).json()).toEqual({ years: [2025, 2023] });
    expect((await getAs(OTHER_PROVINCE, "/api/meta/data-years")).json()).toEqual({ years: [2026] });
  });

  it("defaults lists to the province's latest year, not the installation's", async () => {
    expect((await getAs(TEST_PROVINCE, "/api/parks")).json().year).toBe(2025);
    expect((await getAs(TEST_PROVINCE, "/api/enterprises")).json().year).toBe(2025);
    expect((await getAs(OTHER_PROVINCE, "/api/parks")).json().year).toBe(2026);
  });

  it("answers 401 without a session", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/meta/data-years" })).statusCode).toBe(401);
  });
});
