import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

/**
 * Cross-tenant attempts through every data route: a park admin reading or writing another
 * park's enterprise, an enterprise user reading another enterprise, a province admin reaching
 * into another province. Each answers 404 (existence is not leaked) and changes nothing.
 */
describe("tenancy on every data route", () => {
  let t: TestApp;
  let parkA: { id: number };
  let parkB: { id: number };
  let parkOther: { id: number };
  let entA: { id: number };
  let entB: { id: number };
  let entOther: { id: number };
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    parkA = await insertPark(t, { name: "A园区" });
    parkB = await insertPark(t, { name: "B园区" });
    parkOther = await insertPark(t, { name: "外省园区", provinceCode: "32" });
    entA = await insertEnterprise(t, parkA.id);
    entB = await insertEnterprise(t, parkB.id);
    entOther = await insertEnterprise(t, parkOther.id, { provinceCode: "32" });
    cookies.province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
    cookies.parkA = (await loginAs(t, { role: "park_admin", parkId: parkA.id })).cookie;
    cookies.entA = (await loginAs(t, { role: "enterprise_user", enterpriseId: entA.id })).cookie;
  });
  afterAll(async () => t.close());

  const get = (who: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: cookies[who] ?? "" } });
  const put = (who: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: "PUT", url, headers: { cookie: cookies[who] ?? "" }, payload });

  it.each([
    ["parkA", () => `/api/enterprises/${entB.id}`],
    ["parkA", () => `/api/parks/${parkB.id}`],
    ["entA", () => `/api/enterprises/${entB.id}`],
    ["entA", () => `/api/parks/${parkB.id}`],
    ["province", () => `/api/enterprises/${entOther.id}`],
    ["province", () => `/api/parks/${parkOther.id}`],
  ])("%s cannot read %s", async (who, url) => {
    const res = await get(who, url());
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
  });

  it.each([
    ["parkA", () => entB.id],
    ["entA", () => entB.id],
    ["province", () => entOther.id],
  ])("%s cannot write enterprise %s and nothing changes", async (who, id) => {
    const before = await t.database.query("SELECT count(*)::int AS n FROM enterprise_annual");
    const audit = await t.database.query("SELECT count(*)::int AS n FROM audit_log");
    const res = await put(who, `/api/enterprises/${id()}/annual/2025`, { values: { revenue: 1 } });
    expect(res.statusCode).toBe(404);
    expect(await t.database.query("SELECT count(*)::int AS n FROM enterprise_annual")).toEqual(before);
    expect(await t.database.query("SELECT count(*)::int AS n FROM audit_log")).toEqual(audit);
  });

  it("lists only what the scope may see", async () => {
    const ids = async (who: string, url: string) => ((await get(who, url)).json().items as { id: number }[]).map((i) => i.id).sort();
    expect(await ids("province", "/api/parks?pageSize=200")).toEqual([parkA.id, parkB.id].sort());
    expect(await ids("parkA", "/api/parks")).toEqual([parkA.id]);
    expect(await ids("province", "/api/enterprises?pageSize=200")).toEqual([entA.id, entB.id].sort());
    expect(await ids("parkA", "/api/enterprises")).toEqual([entA.id]);
    expect(await ids("parkA", `/api/enterprises?parkId=${parkB.id}`)).toEqual([]);
    expect(await ids("entA", "/api/enterprises")).toEqual([entA.id]);
  });

  it("lets each role write its own enterprise, with provenance and audit", async () => {
    for (const who of ["entA", "parkA", "province"]) {
      const res = await put(who, `/api/enterprises/${entA.id}/annual/2025?via=manual`, { values: { revenue: 100 + who.length }, note: `by ${who}` });
      expect(res.statusCode, who).toBe(200);
    }
    const detail = (await get("entA", `/api/enterprises/${entA.id}`)).json();
    const revenue = detail.annual[0].values.revenue;
    expect(revenue.value).toBe(108);
    expect(revenue.source).toMatchObject({ kind: "manual", note: "by province" });
    const audit = await t.database.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity = 'enterprise_annual'");
    expect(audit[0]?.n).toBe(3);
  });
});
