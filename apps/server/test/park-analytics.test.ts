import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "@parkpilot/db";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

describe("park analytics routes", () => {
  let t: TestApp;
  let park: { id: number };
  let other: { id: number };
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    park = await insertPark(t);
    other = await insertPark(t);
    await t.database.db.insert(tables.parkLeadingIndustries).values({ parkId: park.id, position: 1, label: "汽车", industryCodes: ["36"], mappingStatus: "mapped" });
    const a = await insertEnterprise(t, park.id, { industryCode: "3670" });
    const b = await insertEnterprise(t, park.id, { industryCode: "3971" });
    const src = { sourceKind: "manual" as const };
    await t.database.db.insert(tables.enterpriseAnnual).values([
      { enterpriseId: a.id, year: 2025, industrialOutput: 300, revenue: 310, ...src },
      { enterpriseId: b.id, year: 2025, industrialOutput: 100, ...src },
    ]);
    const months = Array.from({ length: 40 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    await t.database.db.insert(tables.enterpriseMonthly).values(months.map((period) => ({ enterpriseId: a.id, period, output: 10, ...src })));
    await t.database.db.insert(tables.enterpriseMonthly).values([{ enterpriseId: b.id, period: "2026-04", output: 5, electricityKwh: 1000, ...src }]);
    cookies.park = (await loginAs(t, { role: "park_admin", parkId: park.id })).cookie;
    cookies.province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
    cookies.enterprise = (await loginAs(t, { role: "enterprise_user", enterpriseId: a.id })).cookie;
  });
  afterAll(async () => t.close());

  const get = (who: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: cookies[who] ?? "" } });

  it("returns the last 36 months, oldest first, with completeness", async () => {
    const body = (await get("park", `/api/parks/${park.id}/monthly`)).json();
    expect(body.series).toHaveLength(36);
    expect(body.series[0].period).toBe("2023-05");
    expect(body.series.at(-1).period).toBe("2026-04");
    expect(body.series.at(-1)).toMatchObject({ output: 15, electricityKwh: 1000, reporting: 2, revenue: null });
  });

  it("gives the industry mix with the leading industry marked", async () => {
    const body = (await get("province", `/api/parks/${park.id}/industry-mix?year=2025`)).json();
    expect(body.items).toEqual([
      expect.objectContaining({ division: "36", output: 300, enterprises: 1, isLeading: true }),
      expect.objectContaining({ division: "39", output: 100, revenue: null, isLeading: false }),
    ]);
  });

  it.each([
    ["park", () => `/api/parks/${other.id}/monthly`, 404],
    ["park", () => `/api/parks/${other.id}/industry-mix`, 404],
    ["enterprise", () => `/api/parks/${park.id}/monthly`, 403],
  ])("refuses %s on %s", async (who, url, status) => {
    expect((await get(who, url())).statusCode).toBe(status);
  });
});
