import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "@parkpilot/db";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

const multipart = (fileName: string, content: Buffer) => {
  const boundary = "----parkpilot-gradient-boundary";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
};

/**
 * Every /api/gradient route under every role: a park admin reaching into another park, an
 * enterprise user into another enterprise or into park-level views, a province admin into
 * another province. Rows outside the scope answer 404 (existence is not leaked), actions a role
 * may not take answer 403, and nothing changes either way.
 */
describe("gradient API and its tenancy", () => {
  let t: TestApp;
  let parkA: { id: number };
  let parkB: { id: number };
  let entA: { id: number; creditCode: string };
  let entB: { id: number; creditCode: string };
  let entOther: { id: number };
  let honourB: number;
  let measureB: number;
  const cookies: Record<string, string> = {};

  const call = (who: string, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] ?? "" }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const count = async (table: string) => (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

  beforeAll(async () => {
    t = await createTestApp(new Date("2026-07-01T08:00:00Z"));
    parkA = await insertPark(t, { name: "A园区" });
    parkB = await insertPark(t, { name: "B园区" });
    const parkOther = await insertPark(t, { name: "外省园区", provinceCode: "32" });
    entA = await insertEnterprise(t, parkA.id, { industryCode: "3911", foundedOn: "2012-05-01" });
    entB = await insertEnterprise(t, parkB.id);
    entOther = await insertEnterprise(t, parkOther.id, { provinceCode: "32" });
    await t.database.db.insert(tables.enterpriseAnnual).values({ enterpriseId: entA.id, year: 2025, revenue: 3000, rdExpense: 150, employees: 80, stStaff: 16, sourceKind: "manual" });
    const [h] = await t.database.db.insert(tables.enterpriseHonours).values({ enterpriseId: entB.id, tier: "high_tech", validFrom: "2024-12-01", validUntil: "2027-11-30", sourceKind: "manual" }).returning();
    honourB = h?.id ?? 0;
    const [m] = await t.database.db.insert(tables.supportMeasures).values({ provinceCode: TEST_PROVINCE, parkId: parkB.id, tier: "high_tech", kind: "service", title: "B园辅导" }).returning();
    measureB = m?.id ?? 0;
    cookies.province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
    cookies.other = (await loginAs(t, { role: "province_admin", provinceCode: "32" })).cookie;
    cookies.parkA = (await loginAs(t, { role: "park_admin", parkId: parkA.id })).cookie;
    cookies.entA = (await loginAs(t, { role: "enterprise_user", enterpriseId: entA.id })).cookie;
  });
  afterAll(async () => t.close());

  it("needs a session on every route", async () => {
    for (const url of [
      "/api/gradient/catalogue",
      "/api/gradient/funnel?year=2025",
      "/api/gradient/candidates?year=2025&tier=high_tech",
      "/api/gradient/honours",
      "/api/gradient/honours/template",
      "/api/gradient/measures",
      "/api/gradient/settings",
      `/api/gradient/enterprises/${entA.id}/card`,
      `/api/gradient/enterprises/${entA.id}/facts`,
    ]) {
      expect((await call("nobody", "GET", url)).statusCode, url).toBe(401);
    }
    expect((await call("nobody", "POST", "/api/gradient/evaluations", { year: 2025 })).statusCode).toBe(401);
    expect((await call("nobody", "POST", "/api/gradient/honours", { enterpriseId: entA.id, tier: "high_tech", validFrom: "2025-01-01" })).statusCode).toBe(401);
  });

  it("serves the catalogue and runs evaluations within the scope", async () => {
    const catalogue = (await call("entA", "GET", "/api/gradient/catalogue")).json();
    expect(catalogue.tiers.map((x: { key: string }) => x.key)).toContain("little_giant");
    expect(catalogue.ruleSets.filter((r: { id: string }) => r.id === "specialized-sme").map((r: { version: string }) => r.version).sort()).toEqual(["2022", "2026"]);
    expect((await call("entA", "POST", "/api/gradient/evaluations", { year: 2025 })).statusCode).toBe(403);
    expect((await call("parkA", "POST", "/api/gradient/evaluations", { year: 2025, parkId: parkB.id })).statusCode).toBe(404);
    const park = await call("parkA", "POST", "/api/gradient/evaluations", { year: 2025 });
    expect(park.statusCode).toBe(200);
    expect(park.json()).toMatchObject({ year: 2025, asOf: "2026-06-01", enterprises: 1 });
    const province = await call("province", "POST", "/api/gradient/evaluations", { year: 2025, asOf: "2026-03-01" });
    expect(province.json()).toMatchObject({ enterprises: 2, asOf: "2026-03-01" });
    expect((await call("province", "POST", "/api/gradient/evaluations", { year: 2025, asOf: "2026-02-30" })).statusCode).toBe(400);
  });

  it("keeps funnels and candidate lists to park and province accounts, within their scope", async () => {
    const funnel = await call("parkA", "GET", "/api/gradient/funnel?year=2025");
    expect(funnel.statusCode).toBe(200);
    expect(funnel.json()).toMatchObject({ enterprises: 1, parkId: null });
    expect((await call("parkA", "GET", `/api/gradient/funnel?year=2025&parkId=${parkB.id}`)).statusCode).toBe(404);
    expect((await call("entA", "GET", "/api/gradient/funnel?year=2025")).statusCode).toBe(403);
    const provinceFunnel = (await call("province", "GET", "/api/gradient/funnel?year=2025")).json();
    expect(provinceFunnel.tiers.find((x: { tier: string }) => x.tier === "high_tech").recognised).toBe(1);
    expect((await call("other", "GET", "/api/gradient/funnel?year=2025")).json().enterprises).toBe(1);
    expect((await call("parkA", "GET", "/api/gradient/candidates?year=2025&tier=high_tech&kind=eligible")).statusCode).toBe(200);
    expect((await call("parkA", "GET", `/api/gradient/candidates?year=2025&tier=high_tech&parkId=${parkB.id}`)).statusCode).toBe(404);
    expect((await call("entA", "GET", "/api/gradient/candidates?year=2025&tier=high_tech")).statusCode).toBe(403);
    expect((await call("parkA", "GET", "/api/gradient/candidates?year=2025&tier=bogus")).statusCode).toBe(400);
  });

  it("shows an enterprise its own card only, under either SME-ladder version", async () => {
    const own = await call("entA", "GET", `/api/gradient/enterprises/${entA.id}/card?year=2025&ruleVersion=2022`);
    expect(own.statusCode).toBe(200);
    const card = own.json();
    expect(card.enterprise.id).toBe(entA.id);
    expect(card.tiers.find((x: { tier: string }) => x.tier === "specialized_sme").explanation.ruleSet.version).toBe("2022");
    expect(card.nextTiers.length).toBeGreaterThan(0);
    for (const [who, id] of [
      ["entA", entB.id],
      ["parkA", entB.id],
      ["province", entOther.id],
    ] as const) {
      expect((await call(who, "GET", `/api/gradient/enterprises/${id}/card`)).statusCode, `${who} → ${id}`).toBe(404);
    }
  });

  it("reads and writes facts only within the scope", async () => {
    expect((await call("entA", "GET", `/api/gradient/enterprises/${entA.id}/facts`)).statusCode).toBe(200);
    const before = await count("enterprise_facts");
    expect((await call("entA", "PUT", `/api/gradient/enterprises/${entB.id}/facts`, { values: { niche_years: 3 } })).statusCode).toBe(404);
    expect((await call("parkA", "PUT", `/api/gradient/enterprises/${entB.id}/facts`, { values: { niche_years: 3 } })).statusCode).toBe(404);
    expect((await call("other", "GET", `/api/gradient/enterprises/${entA.id}/facts`)).statusCode).toBe(404);
    expect((await call("entA", "PUT", `/api/gradient/enterprises/${entA.id}/facts`, { values: { on_dishonesty_list: false } })).statusCode).toBe(403);
    expect(await count("enterprise_facts")).toBe(before);
    const ok = await call("entA", "PUT", `/api/gradient/enterprises/${entA.id}/facts?`, { values: { niche_years: 3 }, via: "manual" });
    expect(ok.statusCode).toBe(200);
    const bad = await call("parkA", "PUT", `/api/gradient/enterprises/${entA.id}/facts`, { values: { nope: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("values.nope");
  });

  it("lists, enters, changes and deletes honours only within the scope", async () => {
    const ids = async (who: string) => (await call(who, "GET", "/api/gradient/honours?pageSize=100")).json().items.map((h: { enterpriseId: number }) => h.enterpriseId);
    expect(await ids("parkA")).toEqual([]);
    expect(await ids("province")).toEqual([entB.id]);
    expect(await ids("other")).toEqual([]);
    const before = await count("enterprise_honours");
    expect((await call("entA", "POST", "/api/gradient/honours", { enterpriseId: entA.id, tier: "high_tech", validFrom: "2025-01-01" })).statusCode).toBe(403);
    expect((await call("parkA", "POST", "/api/gradient/honours", { enterpriseId: entB.id, tier: "high_tech", validFrom: "2025-01-01" })).statusCode).toBe(404);
    expect((await call("parkA", "PUT", `/api/gradient/honours/${honourB}`, { enterpriseId: entA.id, tier: "high_tech", validFrom: "2025-01-01" })).statusCode).toBe(404);
    expect((await call("parkA", "DELETE", `/api/gradient/honours/${honourB}`)).statusCode).toBe(404);
    expect((await call("other", "DELETE", `/api/gradient/honours/${honourB}`)).statusCode).toBe(404);
    expect(await count("enterprise_honours")).toBe(before);
    const created = await call("parkA", "POST", "/api/gradient/honours", { enterpriseId: entA.id, tier: "tech_sme", validFrom: "2025-07-01", via: "manual" });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ enterpriseId: entA.id, validUntil: "2026-06-30", state: "expired" });
    expect(await ids("entA")).toEqual([entA.id]);
    expect((await call("parkA", "DELETE", `/api/gradient/honours/${created.json().id}`)).statusCode).toBe(204);
    const invalid = await call("parkA", "POST", "/api/gradient/honours", { enterpriseId: entA.id, tier: "high_tech", validFrom: "2025-01-01", validUntil: "2024-01-01" });
    expect(invalid.statusCode).toBe(400);
  });

  it("imports honours lists through the upload route, rejecting rows outside the tenancy", async () => {
    const template = await call("parkA", "GET", "/api/gradient/honours/template?format=xlsx");
    expect(template.statusCode).toBe(200);
    expect(template.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const csv = (rows: string[][]) => Buffer.from(`\ufeff${rows.map((r) => r.join(",")).join("\r\n")}\r\n`);
    const header = ["统一社会信用代码", "称号", "有效期起"];
    const upload = (who: string, body: Buffer) => {
      const m = multipart("名单.csv", body);
      return t.app.inject({ method: "POST", url: "/api/gradient/honours/import", payload: m.payload, headers: { ...m.headers, cookie: cookies[who] ?? "" } });
    };
    const before = await count("enterprise_honours");
    const cross = await upload("parkA", csv([header, [entB.creditCode, "高新技术企业", "2025-01-01"]]));
    expect(cross.statusCode).toBe(200);
    expect(cross.json()).toMatchObject({ status: "rejected", errors: [{ row: 2, column: "统一社会信用代码" }] });
    expect(await count("enterprise_honours")).toBe(before);
    expect((await upload("entA", csv([header, [entA.creditCode, "高新技术企业", "2025-01-01"]]))).statusCode).toBe(403);
    const ok = await upload("parkA", csv([header, [entA.creditCode, "高新技术企业", "2025-01-01"]]));
    expect(ok.json()).toMatchObject({ status: "applied", inserted: 1 });
  });

  it("manages support measures at the level each account may", async () => {
    const ids = async (who: string) => (await call(who, "GET", "/api/gradient/measures")).json().map((m: { id: number }) => m.id);
    expect(await ids("parkA")).toEqual([]);
    expect(await ids("entA")).toEqual([]);
    expect(await ids("province")).toEqual([measureB]);
    expect(await ids("other")).toEqual([]);
    const body = { tier: "high_tech", kind: "fund", title: "高企奖励" };
    expect((await call("parkA", "POST", "/api/gradient/measures", body)).statusCode).toBe(403);
    expect((await call("entA", "POST", "/api/gradient/measures", { ...body, parkId: parkA.id })).statusCode).toBe(403);
    expect((await call("parkA", "POST", "/api/gradient/measures", { ...body, parkId: parkB.id })).statusCode).toBe(404);
    expect((await call("parkA", "PUT", `/api/gradient/measures/${measureB}`, { ...body, parkId: parkA.id })).statusCode).toBe(404);
    expect((await call("parkA", "DELETE", `/api/gradient/measures/${measureB}`)).statusCode).toBe(404);
    const own = await call("parkA", "POST", "/api/gradient/measures", { ...body, parkId: parkA.id });
    expect(own.statusCode).toBe(201);
    const wide = await call("province", "POST", "/api/gradient/measures", body);
    expect(wide.statusCode).toBe(201);
    expect((await ids("parkA")).sort()).toEqual([own.json().id, wide.json().id].sort());
    // An enterprise lists its park's measures; its card adds the province-wide ones for its tiers.
    expect(await ids("entA")).toEqual([own.json().id]);
    const card = (await call("entA", "GET", `/api/gradient/enterprises/${entA.id}/card?year=2025`)).json();
    expect(card.measures.map((m: { id: number }) => m.id).sort()).toEqual([own.json().id, wide.json().id].sort());
    expect((await call("other", "DELETE", `/api/gradient/measures/${wide.json().id}`)).statusCode).toBe(404);
  });

  it("lets only the province change its local rule parameters, checked by compiling", async () => {
    expect((await call("entA", "GET", "/api/gradient/settings")).statusCode).toBe(403);
    const settings = (await call("parkA", "GET", "/api/gradient/settings")).json();
    expect(settings).toMatchObject({ provinceCode: TEST_PROVINCE, evaluationDay: "06-01" });
    expect(settings.tunable.map((x: { ruleSetId: string }) => x.ruleSetId)).toContain("gazelle");
    const overlay = {
      ruleSetId: "gazelle",
      name: { zh: "测试省瞪羚口径", en: "Test province gazelle rule" },
      document: { number: "测工信〔2026〕1号", title: "测试省瞪羚企业认定办法" },
      article: "第五条",
      parameters: { cagr_min: 15, require_high_tech: false },
    };
    expect((await call("parkA", "PUT", "/api/gradient/settings", { overlays: [overlay] })).statusCode).toBe(403);
    const bad = await call("province", "PUT", "/api/gradient/settings", { overlays: [{ ...overlay, parameters: { no_such: 1 } }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("overlays.0.parameters");
    const ok = await call("province", "PUT", "/api/gradient/settings", { evaluationDay: "04-15", overlays: [overlay] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().tunable.find((x: { ruleSetId: string }) => x.ruleSetId === "gazelle").parameters.find((p: { id: string }) => p.id === "cagr_min")).toMatchObject({
      value: 15,
      defaultValue: 20,
    });
    expect((await call("other", "GET", "/api/gradient/settings")).json()).toMatchObject({ provinceCode: "32", evaluationDay: "06-01", overlays: [] });
    // The overlay is what the province's evaluations and cards now use.
    const card = (await call("province", "GET", `/api/gradient/enterprises/${entA.id}/card?year=2025`)).json();
    expect(card.asOf).toBe("2026-04-15");
    const gazelle = card.tiers.find((x: { tier: string }) => x.tier === "gazelle").explanation;
    expect(gazelle.ruleSet).toMatchObject({ version: "2017+990000", overlay: "990000" });
    expect(gazelle.criteria.map((c: { id: string }) => c.id)).not.toContain("high_tech_title");
  });
});
