import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

type Who = "province" | "park" | "otherPark" | "enterprise" | "otherProvince";

type AuditRow = {
  action: string;
  user_id: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * Correcting and deleting a logged visit over HTTP: the park and province accounts that may log a
 * visit to the enterprise may correct or delete it (the log is shared, whoever logged it); each
 * change is audited with before and after; bad input is a 400 naming the field; every other
 * account is refused (404 out of scope, 403 to enterprises, 401 without a session) and changes
 * nothing.
 */
describe("visit log corrections", () => {
  let t: TestApp;
  let entId: number;
  const cookies: Partial<Record<Who, string>> = {};
  const users: Partial<Record<Who, number>> = {};
  const call = (who: Who | null, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: who ? { cookie: cookies[who] ?? "" } : {}, ...(payload ? { payload } : {}) });
  const log = async (who: Who, body: Record<string, unknown>): Promise<number> => {
    const res = await call(who, "POST", `/api/chains/enterprises/${entId}/visits`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().visit.id as number;
  };
  const stored = async (id: number) => (await t.database.query<Record<string, unknown>>("SELECT * FROM enterprise_visits WHERE id = $1", [id]))[0];
  const audits = async (id: number) =>
    (await t.database.query<AuditRow>("SELECT action, user_id, before, after FROM audit_log WHERE entity = 'enterprise_visit' AND entity_key = $1 ORDER BY id", [String(id)]));

  beforeAll(async () => {
    t = await createTestApp();
    const park = await insertPark(t, { name: "走访园区" });
    const otherPark = await insertPark(t, { name: "隔壁园区" });
    const far = await insertPark(t, { name: "外省园区", provinceCode: "32" });
    entId = (await insertEnterprise(t, park.id, { name: "被走访企业" })).id;
    await insertEnterprise(t, far.id, { provinceCode: "32" });
    const login = async (who: Who, m: Parameters<typeof loginAs>[1]) => {
      const r = await loginAs(t, m);
      cookies[who] = r.cookie;
      users[who] = r.userId;
    };
    await login("province", { role: "province_admin", provinceCode: TEST_PROVINCE });
    await login("park", { role: "park_admin", parkId: park.id });
    await login("otherPark", { role: "park_admin", parkId: otherPark.id });
    await login("enterprise", { role: "enterprise_user", enterpriseId: entId });
    await login("otherProvince", { role: "province_admin", provinceCode: "32" });
  });
  afterAll(async () => t.close());

  it.each([
    ["park", "province"],
    ["province", "park"],
  ] as const)("a %s account corrects a visit the %s logged, audited with before and after", async (who, author) => {
    const id = await log(author, { visitedOn: "2026-05-02", team: "招商一组", purpose: "了解扩产", notes: "初步意向", followUpOn: "2026-06-15" });
    const res = await call(who, "PATCH", `/api/chains/visits/${id}`, { visitedOn: "2026-05-03", team: "招商二组", purpose: "了解扩产用地", notes: null, followUpOn: "2026-07-01" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, enterpriseId: entId, enterpriseName: "被走访企业", visitedOn: "2026-05-03", team: "招商二组", purpose: "了解扩产用地", notes: null, followUpOn: "2026-07-01" });
    // Who logged it stays.
    expect(res.json().userName).toContain(author === "park" ? "park_admin" : "province_admin");
    const listed = (await call(who, "GET", `/api/chains/visits?enterpriseId=${entId}&pageSize=100`)).json().items.find((v: { id: number }) => v.id === id);
    expect(listed).toEqual(res.json());
    const [created, updated, ...more] = await audits(id);
    expect(more).toEqual([]);
    expect(created?.action).toBe("enterprise_visit.create");
    expect(updated).toMatchObject({ action: "enterprise_visit.update", user_id: users[who] });
    expect(updated?.before).toMatchObject({ team: "招商一组", notes: "初步意向", visitedOn: "2026-05-02", followUpOn: "2026-06-15" });
    expect(updated?.after).toMatchObject({ team: "招商二组", notes: null, visitedOn: "2026-05-03", followUpOn: "2026-07-01" });
  });

  it("changes only the fields given", async () => {
    const id = await log("park", { visitedOn: "2026-05-04", team: "招商一组", purpose: "回访", notes: "纪要" });
    const res = await call("park", "PATCH", `/api/chains/visits/${id}`, { purpose: "回访并签约" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ visitedOn: "2026-05-04", team: "招商一组", purpose: "回访并签约", notes: "纪要", followUpOn: null });
  });

  it.each(["park", "province"] as const)("a %s account deletes a visit; the audit log keeps it", async (who) => {
    const id = await log(who === "park" ? "province" : "park", { visitedOn: "2026-05-05", team: "招商三组", purpose: "误登记" });
    const res = await call(who, "DELETE", `/api/chains/visits/${id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await stored(id)).toBeUndefined();
    expect((await call(who, "GET", `/api/chains/visits?enterpriseId=${entId}&pageSize=100`)).json().items.some((v: { id: number }) => v.id === id)).toBe(false);
    const last = (await audits(id)).at(-1);
    expect(last).toMatchObject({ action: "enterprise_visit.delete", user_id: users[who], after: null });
    expect(last?.before).toMatchObject({ id, team: "招商三组", purpose: "误登记" });
    expect((await call(who, "DELETE", `/api/chains/visits/${id}`)).statusCode).toBe(404);
    expect((await call(who, "PATCH", `/api/chains/visits/${id}`, { purpose: "x" })).statusCode).toBe(404);
  });

  it("answers bad input with 400 and the field, and changes nothing", async () => {
    const id = await log("park", { visitedOn: "2026-05-06", team: "招商一组", purpose: "调研" });
    const before = await stored(id);
    const cases: [Record<string, unknown>, string][] = [
      [{ visitedOn: "2026-02-30" }, "body.visitedOn"],
      [{ team: "   " }, "body.team"],
      [{ purpose: "x".repeat(301) }, "body.purpose"],
      [{ followUpOn: "next week" }, "body.followUpOn"],
      [{ notes: 5 }, "body.notes"],
      [{}, "body"],
    ];
    for (const [body, path] of cases) {
      const res = await call("park", "PATCH", `/api/chains/visits/${id}`, body);
      expect(res.statusCode, `${JSON.stringify(body)}: ${res.body}`).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect((await call("park", "PATCH", "/api/chains/visits/abc", { purpose: "x" })).statusCode).toBe(400);
    expect((await call("park", "DELETE", "/api/chains/visits/abc")).statusCode).toBe(400);
    expect(await stored(id)).toEqual(before);
    expect((await audits(id)).map((a) => a.action)).toEqual(["enterprise_visit.create"]);
  });

  it.each([
    ["otherPark", 404],
    ["otherProvince", 404],
    ["enterprise", 403],
    [null, 401],
  ] as const)("refuses %s (%i) to correct or delete a visit, and changes nothing", async (who, status) => {
    const id = await log("park", { visitedOn: "2026-05-07", team: "招商一组", purpose: "调研" });
    const before = await stored(id);
    expect((await call(who, "PATCH", `/api/chains/visits/${id}`, { purpose: "越权改写" })).statusCode).toBe(status);
    expect((await call(who, "DELETE", `/api/chains/visits/${id}`)).statusCode).toBe(status);
    expect(await stored(id)).toEqual(before);
    expect((await audits(id)).map((a) => a.action)).toEqual(["enterprise_visit.create"]);
  });

  it("is documented in the OpenAPI description", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as { paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, unknown> }>> };
    const path = doc.paths["/api/chains/visits/{id}"];
    expect(path?.patch?.tags).toEqual(["chains"]);
    expect(JSON.stringify(path?.patch?.responses?.["200"])).toContain("enterpriseName");
    expect(Object.keys(path?.delete?.responses ?? {})).toContain("204");
  });
});
