import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeEvaluation } from "@parkpilot/services";
import { seedEvaluationProvince, type EvalProvince } from "../../../packages/services/test/eval-fixtures";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

/**
 * Tenancy on every evaluation route: a park admin sees its park only, a province admin its
 * province, an enterprise account its own per-mu result and indicators and nothing aggregated;
 * nobody unauthenticated sees anything. Out-of-scope rows answer 404 (existence is not leaked),
 * out-of-role views 403.
 */
describe("tenancy on the evaluation routes", () => {
  let t: TestApp;
  let p: EvalProvince;
  let other: { id: number };
  const cookies: Record<string, string> = {};
  const users: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(new Date("2026-01-20T08:00:00Z"));
    p = await seedEvaluationProvince(t.database);
    other = await insertPark(t, { name: "外省园区", provinceCode: "32" });
    await insertEnterprise(t, other.id, { provinceCode: "32" });
    await recomputeEvaluation(t.ctx, { kind: "system" }, TEST_PROVINCE);
    const login = async (key: string, m: Parameters<typeof loginAs>[1]) => {
      const r = await loginAs(t, m);
      cookies[key] = r.cookie;
      users[key] = r.userId;
    };
    await login("province", { role: "province_admin", provinceCode: TEST_PROVINCE });
    await login("otherProvince", { role: "province_admin", provinceCode: "32" });
    await login("parkA", { role: "park_admin", parkId: p.parks.A.id });
    await login("parkB", { role: "park_admin", parkId: p.parks.B.id });
    await login("entA1", { role: "enterprise_user", enterpriseId: p.e.a1!.id });
  });
  afterAll(async () => t.close());

  const call = (who: string | null, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: cookies[who] ?? "" } : {}, ...(payload ? { payload } : {}) });
  const status = async (who: string | null, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) => (await call(who, method, url, payload)).statusCode;

  const parkRoutes = (id: () => number) => [
    () => `/api/evaluation/parks/${id()}/indicators`,
    () => `/api/evaluation/parks/${id()}/dashboard`,
    () => `/api/evaluation/parks/${id()}/monitoring`,
    () => `/api/evaluation/parks/${id()}/leading-industries`,
    () => `/api/evaluation/land/parks/${id()}`,
    () => `/api/evaluation/land/parks/${id()}/plot-ratio`,
    () => `/api/evaluation/land/parks/${id()}/enterprises`,
    () => `/api/evaluation/scorecard/parks/${id()}`,
  ];
  const provinceRoutes = ["/api/evaluation/homogeneity", "/api/evaluation/land/ranking", "/api/evaluation/scorecard", "/api/evaluation/settings"];
  const enterpriseRoutes = (id: () => number) => [() => `/api/evaluation/land/enterprises/${id()}`, () => `/api/evaluation/enterprises/${id()}/indicators`];

  it.each(parkRoutes(() => p.parks.A.id).map((u) => [u]))("park view %# answers its park's admin and the province, 404 elsewhere, 403 to enterprises", async (url) => {
    expect(await status("parkA", "GET", url())).toBe(200);
    expect(await status("province", "GET", url())).toBe(200);
    expect(await status("parkB", "GET", url())).toBe(404);
    expect(await status("otherProvince", "GET", url())).toBe(404);
    expect(await status("entA1", "GET", url())).toBe(403);
    expect(await status(null, "GET", url())).toBe(401);
  });

  it.each(provinceRoutes.map((u) => [u]))("province view %s is for province accounts, each seeing its own parks", async (url) => {
    expect(await status("province", "GET", url)).toBe(200);
    expect(await status("parkA", "GET", url)).toBe(403);
    expect(await status("entA1", "GET", url)).toBe(403);
    expect(await status(null, "GET", url)).toBe(401);
    const body = (await call("otherProvince", "GET", url)).json();
    const ids = JSON.stringify(body);
    for (const park of Object.values(p.parks)) expect(ids).not.toContain(`"id":${park.id},`);
  });

  it("refuses a province account asking for another province's homogeneity", async () => {
    expect(await status("province", "GET", "/api/evaluation/homogeneity?provinceCode=32")).toBe(403);
  });

  it.each(enterpriseRoutes(() => p.e.a1!.id).map((u) => [u]))("enterprise view %# answers the enterprise itself, its park and province, nobody else", async (url) => {
    expect(await status("entA1", "GET", url())).toBe(200);
    expect(await status("parkA", "GET", url())).toBe(200);
    expect(await status("province", "GET", url())).toBe(200);
    expect(await status("parkB", "GET", url())).toBe(404);
    expect(await status("otherProvince", "GET", url())).toBe(404);
    expect(await status(null, "GET", url())).toBe(401);
  });

  it("keeps an enterprise account out of another enterprise's result", async () => {
    for (const url of enterpriseRoutes(() => p.e.a2!.id)) expect(await status("entA1", "GET", url())).toBe(404);
  });

  it("shows each park admin its own alerts only, and none to enterprises", async () => {
    const all = (await call("province", "GET", "/api/evaluation/alerts?pageSize=50")).json();
    const mine = (await call("parkB", "GET", "/api/evaluation/alerts?pageSize=50")).json();
    expect(all.total).toBe(7);
    expect(mine.items.every((a: { parkId: number }) => a.parkId === p.parks.B.id)).toBe(true);
    expect(mine.total).toBe(all.items.filter((a: { parkId: number }) => a.parkId === p.parks.B.id).length);
    expect((await call("parkA", "GET", `/api/evaluation/alerts?parkId=${p.parks.B.id}`)).json().total).toBe(0);
    expect((await call("otherProvince", "GET", "/api/evaluation/alerts")).json().total).toBe(0);
    expect(await status("entA1", "GET", "/api/evaluation/alerts")).toBe(403);
    expect(await status(null, "GET", "/api/evaluation/alerts")).toBe(401);

    const bAlert = mine.items[0].id as number;
    expect(await status("parkA", "GET", `/api/evaluation/alerts/${bAlert}`)).toBe(404);
    expect(await status("otherProvince", "GET", `/api/evaluation/alerts/${bAlert}`)).toBe(404);
    expect(await status("parkA", "POST", `/api/evaluation/alerts/${bAlert}/transition`, { to: "acknowledged" })).toBe(404);
    expect(await status("entA1", "POST", `/api/evaluation/alerts/${bAlert}/transition`, { to: "acknowledged" })).toBe(403);
    // An owner must be able to see the alert.
    expect(await status("parkB", "PUT", `/api/evaluation/alerts/${bAlert}/owner`, { ownerUserId: users.parkA })).toBe(400);
    expect(await status("parkB", "PUT", `/api/evaluation/alerts/${bAlert}/owner`, { ownerUserId: users.province })).toBe(200);
    expect((await call("province", "GET", `/api/evaluation/alerts/${bAlert}`)).json().status).toBe("open");
  });

  it("guards the writes: evidence, settings, recompute", async () => {
    const evidence = (id: number) => `/api/evaluation/scorecard/parks/${id}/evidence/o1_plan`;
    const body = { year: 2025, note: "规划" };
    expect(await status("parkB", "PUT", evidence(p.parks.A.id), body)).toBe(404);
    expect(await status("otherProvince", "PUT", evidence(p.parks.A.id), body)).toBe(404);
    expect(await status("entA1", "PUT", evidence(p.parks.A.id), body)).toBe(403);
    expect(await status(null, "PUT", evidence(p.parks.A.id), body)).toBe(401);
    expect(await status("parkA", "PUT", evidence(p.parks.A.id), body)).toBe(200);
    expect(await status("parkB", "GET", `${evidence(p.parks.A.id)}/attachment?year=2025`)).toBe(404);
    expect(await status("parkB", "DELETE", `${evidence(p.parks.A.id)}?year=2025`)).toBe(404);

    for (const who of ["parkA", "entA1"]) {
      expect(await status(who, "PUT", "/api/evaluation/settings", { landRuleSetId: "sichuan-per-mu" })).toBe(403);
      expect(await status(who, "POST", "/api/evaluation/recompute", {})).toBe(403);
    }
    expect(await status(null, "POST", "/api/evaluation/recompute", {})).toBe(401);
  });
});
