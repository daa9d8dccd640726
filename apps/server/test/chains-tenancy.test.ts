import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeEnterprisesOnChains } from "@parkpilot/services";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

const NEV = "new-energy-vehicle";
type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
type Attempt = [who: string, method: Method, url: () => string, body?: () => Record<string, unknown>];

/**
 * Every chain route tried across tenants: a park admin reaching into another park, a province
 * admin into another province, an enterprise user into anything but its own placements. Reads
 * and writes outside the scope answer 404 (existence is not leaked), chain routes refuse
 * enterprise accounts with 403, and no attempt changes a row or writes an audit entry.
 */
describe("tenancy on every chain route", () => {
  let t: TestApp;
  const id: Record<string, number> = {};
  const cookies: Record<string, string> = {};

  const call = (who: string, method: Method, url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] ?? "" }, ...(payload ? { payload } : {}) });
  const created = async (who: string, method: Method, url: string, payload: Record<string, unknown>) => {
    const res = await call(who, method, url, payload);
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: number; visit?: { id: number } };
  };
  const fingerprint = async () =>
    t.database.query(
      `SELECT (SELECT md5(coalesce(string_agg(p::text, '|' ORDER BY p.enterprise_id, p.template_code, p.segment_key), '')) FROM chain_placements p) AS placements,
              (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) FROM investment_projects x) AS projects,
              (SELECT count(*)::int FROM project_stage_history) AS history, (SELECT count(*)::int FROM project_actuals) AS actuals,
              (SELECT md5(coalesce(string_agg(o::text, '|' ORDER BY o.id), '')) FROM chain_owners o) AS owners,
              (SELECT md5(coalesce(string_agg(k::text, '|' ORDER BY k.id), '')) FROM chain_tasks k) AS tasks,
              (SELECT md5(coalesce(string_agg(v::text, '|' ORDER BY v.id), '')) FROM enterprise_visits v) AS visits, (SELECT count(*)::int FROM chain_templates) AS templates,
              (SELECT count(*)::int FROM audit_log) AS audit`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    const parkA = await insertPark(t, { name: "A园区" });
    const parkB = await insertPark(t, { name: "B园区" });
    const parkOther = await insertPark(t, { name: "外省园区", provinceCode: "32" });
    Object.assign(id, { parkA: parkA.id, parkB: parkB.id, parkOther: parkOther.id });
    id.entA = (await insertEnterprise(t, parkA.id, { industryCode: "3612", mainProducts: "纯电动汽车" })).id;
    id.entB = (await insertEnterprise(t, parkB.id, { industryCode: "3612", mainProducts: "纯电动汽车" })).id;
    id.entOther = (await insertEnterprise(t, parkOther.id, { provinceCode: "32", industryCode: "3612", mainProducts: "纯电动汽车" })).id;
    cookies.province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
    cookies.parkA = (await loginAs(t, { role: "park_admin", parkId: parkA.id })).cookie;
    cookies.parkB = (await loginAs(t, { role: "park_admin", parkId: parkB.id })).cookie;
    cookies.entA = (await loginAs(t, { role: "enterprise_user", enterpriseId: id.entA })).cookie;
    cookies.other = (await loginAs(t, { role: "province_admin", provinceCode: "32" })).cookie;
    await placeEnterprisesOnChains(t.ctx, { scope: { kind: "system" }, templateCodes: [NEV] });

    id.projB = (await created("parkB", "POST", "/api/chains/projects", { parkId: parkB.id, name: "B项目", investorName: "投资方" })).id;
    id.projOther = (await created("other", "POST", "/api/chains/projects", { parkId: parkOther.id, name: "外省项目", investorName: "投资方" })).id;
    id.ownerB = (await created("parkB", "POST", "/api/chains/owners", { templateCode: NEV, parkId: parkB.id, ownerName: "B链长" })).id;
    id.ownerOther = (await created("other", "POST", "/api/chains/owners", { templateCode: NEV, ownerName: "外省链长" })).id;
    id.taskB = (await created("parkB", "POST", `/api/chains/owners/${id.ownerB}/tasks`, { title: "B任务" })).id;
    id.taskOther = (await created("other", "POST", `/api/chains/owners/${id.ownerOther}/tasks`, { title: "外省任务" })).id;
    id.visitB = (await created("parkB", "POST", `/api/chains/enterprises/${id.entB}/visits`, { visitedOn: "2026-05-20", team: "B招商", purpose: "走访" })).visit?.id ?? 0;
    id.visitA = (await created("parkA", "POST", `/api/chains/enterprises/${id.entA}/visits`, { visitedOn: "2026-05-10", team: "A招商", purpose: "走访" })).visit?.id ?? 0;
    id.visitOther = (await created("other", "POST", `/api/chains/enterprises/${id.entOther}/visits`, { visitedOn: "2026-05-21", team: "外省招商", purpose: "走访" })).visit?.id ?? 0;
    const templates = (await call("other", "GET", `/api/chains/templates?code=${NEV}`)).json() as { items: { id: number }[] };
    id.otherCopy = (await created("other", "POST", `/api/chains/templates/${templates.items[0]?.id}/versions`, {})).id;
  });
  afterAll(async () => t.close());

  const decision = () => ({ templateCode: NEV, segmentKey: "vehicle", decision: "rejected" });
  const notFound: Attempt[] = [
    // park A reaching into park B (same province)
    ["parkA", "GET", () => `/api/chains/enterprises/${id.entB}/placements`],
    ["parkA", "POST", () => `/api/chains/enterprises/${id.entB}/placements/decisions`, decision],
    ["parkA", "POST", () => "/api/chains/placements/run", () => ({ parkId: id.parkB })],
    ["parkA", "GET", () => `/api/chains/map?templateCode=${NEV}&parkId=${id.parkB}`],
    ["parkA", "GET", () => `/api/chains/map?templateCode=${NEV}&provinceCode=${TEST_PROVINCE}`],
    ["parkA", "GET", () => `/api/chains/map/segment-enterprises?templateCode=${NEV}&segmentKey=vehicle&parkId=${id.parkB}`],
    ["parkA", "GET", () => `/api/chains/targets?templateCode=${NEV}&parkId=${id.parkB}`],
    ["parkA", "POST", () => "/api/chains/projects", () => ({ parkId: id.parkB, name: "越权", investorName: "x" })],
    ["parkA", "GET", () => `/api/chains/projects/${id.projB}`],
    ["parkA", "PATCH", () => `/api/chains/projects/${id.projB}`, () => ({ name: "改名" })],
    ["parkA", "DELETE", () => `/api/chains/projects/${id.projB}`],
    ["parkA", "POST", () => `/api/chains/projects/${id.projB}/transitions`, () => ({ to: "contacted" })],
    ["parkA", "PUT", () => `/api/chains/projects/${id.projB}/actuals/2026`, () => ({ output: 1 })],
    ["parkA", "POST", () => "/api/chains/owners", () => ({ templateCode: NEV, parkId: id.parkB, ownerName: "越权" })],
    ["parkA", "PATCH", () => `/api/chains/owners/${id.ownerB}`, () => ({ ownerName: "改名" })],
    ["parkA", "DELETE", () => `/api/chains/owners/${id.ownerB}`],
    ["parkA", "GET", () => `/api/chains/owners/${id.ownerB}/accounts`],
    ["parkA", "POST", () => `/api/chains/owners/${id.ownerB}/tasks`, () => ({ title: "越权" })],
    ["parkA", "PATCH", () => `/api/chains/tasks/${id.taskB}`, () => ({ status: "done" })],
    ["parkA", "DELETE", () => `/api/chains/tasks/${id.taskB}`],
    ["parkA", "POST", () => `/api/chains/enterprises/${id.entB}/visits`, () => ({ visitedOn: "2026-06-01", team: "A", purpose: "x" })],
    ["parkA", "PATCH", () => `/api/chains/visits/${id.visitB}`, () => ({ purpose: "改写" })],
    ["parkA", "DELETE", () => `/api/chains/visits/${id.visitB}`],
    ["parkA", "GET", () => `/api/chains/templates/${id.otherCopy}`],
    // province 99 reaching into province 32
    ["province", "GET", () => `/api/chains/enterprises/${id.entOther}/placements`],
    ["province", "POST", () => `/api/chains/enterprises/${id.entOther}/placements/decisions`, decision],
    ["province", "POST", () => "/api/chains/placements/run", () => ({ parkId: id.parkOther })],
    ["province", "GET", () => `/api/chains/map?templateCode=${NEV}&parkId=${id.parkOther}`],
    ["province", "GET", () => `/api/chains/map?templateCode=${NEV}&provinceCode=32`],
    ["province", "GET", () => `/api/chains/map/segment-enterprises?templateCode=${NEV}&segmentKey=vehicle&provinceCode=32`],
    ["province", "GET", () => `/api/chains/targets?templateCode=${NEV}&provinceCode=32`],
    ["province", "POST", () => "/api/chains/projects", () => ({ parkId: id.parkOther, name: "越权", investorName: "x" })],
    ["province", "GET", () => `/api/chains/projects/${id.projOther}`],
    ["province", "PATCH", () => `/api/chains/projects/${id.projOther}`, () => ({ name: "改名" })],
    ["province", "DELETE", () => `/api/chains/projects/${id.projOther}`],
    ["province", "POST", () => `/api/chains/projects/${id.projOther}/transitions`, () => ({ to: "contacted" })],
    ["province", "PATCH", () => `/api/chains/owners/${id.ownerOther}`, () => ({ ownerName: "改名" })],
    ["province", "DELETE", () => `/api/chains/owners/${id.ownerOther}`],
    ["province", "GET", () => `/api/chains/owners/${id.ownerOther}/accounts`],
    ["province", "POST", () => `/api/chains/owners/${id.ownerOther}/tasks`, () => ({ title: "越权" })],
    ["province", "PATCH", () => `/api/chains/tasks/${id.taskOther}`, () => ({ status: "done" })],
    ["province", "DELETE", () => `/api/chains/tasks/${id.taskOther}`],
    ["province", "POST", () => `/api/chains/enterprises/${id.entOther}/visits`, () => ({ visitedOn: "2026-06-01", team: "省", purpose: "x" })],
    ["province", "PATCH", () => `/api/chains/visits/${id.visitOther}`, () => ({ purpose: "改写" })],
    ["province", "DELETE", () => `/api/chains/visits/${id.visitOther}`],
    ["province", "GET", () => `/api/chains/templates/${id.otherCopy}`],
    ["province", "POST", () => `/api/chains/templates/${id.otherCopy}/versions`, () => ({})],
    // an enterprise user reading another enterprise's placements
    ["entA", "GET", () => `/api/chains/enterprises/${id.entB}/placements`],
  ];

  const forbidden: Attempt[] = [
    ["entA", "GET", () => "/api/chains/templates"],
    ["entA", "GET", () => `/api/chains/templates/${id.otherCopy}`],
    ["entA", "POST", () => `/api/chains/enterprises/${id.entA}/placements/decisions`, decision],
    ["entA", "POST", () => "/api/chains/placements/run", () => ({})],
    ["entA", "GET", () => `/api/chains/map?templateCode=${NEV}&parkId=${id.parkA}`],
    ["entA", "GET", () => `/api/chains/map/segment-enterprises?templateCode=${NEV}&segmentKey=vehicle&parkId=${id.parkA}`],
    ["entA", "GET", () => `/api/chains/targets?templateCode=${NEV}&parkId=${id.parkA}`],
    ["entA", "GET", () => "/api/chains/projects"],
    ["entA", "POST", () => "/api/chains/projects", () => ({ parkId: id.parkA, name: "x", investorName: "x" })],
    ["entA", "GET", () => `/api/chains/projects/${id.projB}`],
    ["entA", "GET", () => "/api/chains/owners"],
    ["entA", "POST", () => "/api/chains/owners", () => ({ templateCode: NEV, parkId: id.parkA, ownerName: "x" })],
    ["entA", "GET", () => `/api/chains/owners/${id.ownerB}/accounts`],
    ["entA", "GET", () => "/api/chains/tasks"],
    ["entA", "GET", () => "/api/chains/visits"],
    ["entA", "POST", () => `/api/chains/enterprises/${id.entA}/visits`, () => ({ visitedOn: "2026-06-01", team: "x", purpose: "x" })],
    // not even a visit to the enterprise itself
    ["entA", "PATCH", () => `/api/chains/visits/${id.visitA}`, () => ({ purpose: "改写" })],
    ["entA", "DELETE", () => `/api/chains/visits/${id.visitA}`],
    // park accounts do not edit templates, nor province-level 链长
    ["parkA", "POST", () => `/api/chains/templates/${(id.otherCopy ?? 0) - 1}/versions`, () => ({})],
    ["parkA", "POST", () => "/api/chains/owners", () => ({ templateCode: NEV, ownerName: "省级越权" })],
  ];

  it.each(notFound)("%s %s %s → 404 and nothing changes", async (who, method, url, body) => {
    const before = await fingerprint();
    const res = await call(who, method, url(), body?.());
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().error.code).toBe("not_found");
    // The route exists: the 404 is the tenancy answer, not a missing route.
    expect(res.json().error.message).not.toMatch(/^No route/);
    expect(await fingerprint()).toEqual(before);
  });

  it.each(forbidden)("%s %s %s → 403 and nothing changes", async (who, method, url, body) => {
    const before = await fingerprint();
    const res = await call(who, method, url(), body?.());
    expect(res.statusCode, res.body).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it("lists only what the scope may see", async () => {
    const ids = async (who: string, url: string, pick: (j: Record<string, unknown>) => unknown[]) =>
      pick((await call(who, "GET", url)).json() as Record<string, unknown>).map((x) => (x as { id: number }).id);
    const items = (j: Record<string, unknown>) => j.items as unknown[];
    expect(await ids("parkA", "/api/chains/projects", items)).toEqual([]);
    expect(await ids("province", "/api/chains/projects", items)).toEqual([id.projB]);
    expect(await ids("parkA", "/api/chains/owners", items)).toEqual([]);
    expect(await ids("province", "/api/chains/owners", items)).toEqual([id.ownerB]);
    expect(await ids("parkA", "/api/chains/tasks", items)).toEqual([]);
    expect(await ids("parkA", "/api/chains/visits", items)).toEqual([id.visitA]);
    expect(await ids("province", "/api/chains/visits", items)).toEqual([id.visitB, id.visitA]);
    // Templates: the shipped ones everywhere; province 32's copy only there.
    expect((await ids("province", "/api/chains/templates?allVersions=true", items)).includes(id.otherCopy ?? 0)).toBe(false);
    expect((await ids("other", "/api/chains/templates?allVersions=true", items)).includes(id.otherCopy ?? 0)).toBe(true);
    // An enterprise reads its own placements.
    const own = await call("entA", "GET", `/api/chains/enterprises/${id.entA}/placements`);
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((p: { segmentKey: string }) => p.segmentKey)).toEqual(["vehicle"]);
  });
});
