import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import { recomputeEvaluation } from "@parkpilot/services";
import { seedEvaluationProvince, type EvalProvince } from "../../../packages/services/test/eval-fixtures";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

interface Assignee {
  id: number;
  displayName: string;
  role: string;
  tenantName: string;
}

type Who = "province" | "province2" | "both" | "parkA" | "parkA2" | "parkB" | "entA1" | "otherProvince";

/**
 * GET /api/evaluation/alerts/:id/assignees lists exactly the accounts PUT …/owner accepts (the
 * members of the alert's park and province), to the sessions that can see the alert, and nothing
 * about them but a name, a role and a tenant. Everyone else is refused as on the other alert
 * routes (404 out of scope, 403 to enterprises), and a refused assignment changes nothing.
 */
describe("alert assignees", () => {
  let t: TestApp;
  let p: EvalProvince;
  let parkAlert: number;
  let provinceAlert: number;
  const cookies: Partial<Record<Who, string>> = {};
  const users = {} as Record<Who, number>;
  const everyone = (): Who[] => Object.keys(users) as Who[];

  beforeAll(async () => {
    t = await createTestApp(new Date("2026-01-20T08:00:00Z"));
    p = await seedEvaluationProvince(t.database);
    const other = await insertPark(t, { name: "外省园区", provinceCode: "32" });
    await insertEnterprise(t, other.id, { provinceCode: "32" });
    await recomputeEvaluation(t.ctx, { kind: "system" }, TEST_PROVINCE);
    const login = async (who: Who, m: Parameters<typeof loginAs>[1]) => {
      const r = await loginAs(t, m);
      cookies[who] = r.cookie;
      users[who] = r.userId;
    };
    await login("province", { role: "province_admin", provinceCode: TEST_PROVINCE });
    await login("province2", { role: "province_admin", provinceCode: TEST_PROVINCE });
    await login("both", { role: "province_admin", provinceCode: TEST_PROVINCE });
    await login("parkA", { role: "park_admin", parkId: p.parks.A.id });
    await login("parkA2", { role: "park_admin", parkId: p.parks.A.id });
    await login("parkB", { role: "park_admin", parkId: p.parks.B.id });
    await login("entA1", { role: "enterprise_user", enterpriseId: p.e.a1!.id });
    await login("otherProvince", { role: "province_admin", provinceCode: "32" });
    // An account with two memberships (the province and park A) is listed once.
    await t.database.db.insert(tables.memberships).values({ userId: users.both, role: "park_admin", parkId: p.parks.A.id });

    const [a] = await t.database.db.select({ id: tables.alerts.id }).from(tables.alerts).where(eq(tables.alerts.parkId, p.parks.A.id)).limit(1);
    if (!a) throw new Error("the fixture raised no alert in park A");
    parkAlert = a.id;
    // An alert about no park (an enterprise outside the parks): only the province may own it.
    const [loose] = await t.database.db
      .insert(tables.alerts)
      .values({ ruleId: "test-rule", ruleVersion: "1", subject: "enterprise:loose", parkId: null, provinceCode: TEST_PROVINCE, period: "2025-12", severity: "warning", title: "园区外企业预警", evidence: {} })
      .returning({ id: tables.alerts.id });
    provinceAlert = loose!.id;
  });
  afterAll(async () => t.close());

  const call = (who: Who | null, method: "GET" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: cookies[who] ?? "" } : {}, ...(payload ? { payload } : {}) });
  const assignees = async (who: Who, id: number): Promise<Assignee[]> => {
    const res = await call(who, "GET", `/api/evaluation/alerts/${id}/assignees`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Assignee[] }).items;
  };
  const stored = async (id: number) => {
    const [row] = await t.database.db.select({ owner: tables.alerts.ownerUserId, updatedAt: tables.alerts.updatedAt }).from(tables.alerts).where(eq(tables.alerts.id, id));
    return row;
  };
  const whoIs = (items: Assignee[]) => new Set(items.map((i) => everyone().find((w) => users[w] === i.id) ?? `user ${i.id}`));

  it("lists a park alert's province and park members once each, province first, with name, role and tenant only", async () => {
    const items = await assignees("parkA", parkAlert);
    expect(whoIs(items)).toEqual(new Set(["province", "province2", "both", "parkA", "parkA2"]));
    expect(items.map((i) => i.id)).toEqual([users.province, users.province2, users.both, users.parkA, users.parkA2]);
    expect(items.find((i) => i.id === users.parkA)).toEqual({ id: users.parkA, displayName: expect.stringContaining("park_admin"), role: "park_admin", tenantName: p.parks.A.name });
    expect(items.find((i) => i.id === users.province)).toMatchObject({ role: "province_admin", tenantName: "测试省" });
    expect(items.find((i) => i.id === users.both)).toMatchObject({ role: "province_admin", tenantName: "测试省" });
    for (const item of items) expect(Object.keys(item).sort()).toEqual(["displayName", "id", "role", "tenantName"]);
    const body = (await call("province", "GET", `/api/evaluation/alerts/${parkAlert}/assignees`)).body;
    expect(body).not.toMatch(/password|hash|token|session|scrypt|argon|username/i);
    // The province sees the same list for the same alert.
    expect(await assignees("province", parkAlert)).toEqual(items);
  });

  it("lists only the province's accounts for an alert about no park", async () => {
    expect(whoIs(await assignees("province", provinceAlert))).toEqual(new Set(["province", "province2", "both"]));
  });

  it.each([
    ["a park alert", () => parkAlert],
    ["an alert about no park", () => provinceAlert],
  ])("accepts as owner of %s exactly the accounts it lists, and changes nothing on a refusal", async (_label, id) => {
    const listed = new Set((await assignees("province", id())).map((i) => i.id));
    expect(listed.size).toBeGreaterThan(0);
    for (const who of everyone()) {
      const before = await stored(id());
      const res = await call("province", "PUT", `/api/evaluation/alerts/${id()}/owner`, { ownerUserId: users[who] });
      if (listed.has(users[who])) {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
        expect(res.json()).toMatchObject({ ownerUserId: users[who], ownerName: expect.any(String) });
      } else {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(400);
        expect(await stored(id())).toEqual(before);
      }
    }
    expect((await call("province", "PUT", `/api/evaluation/alerts/${id()}/owner`, { ownerUserId: null })).json().ownerUserId).toBeNull();
  });

  it("lets a park admin hand its alert to a colleague, then to the province, and shows the owner in the inbox", async () => {
    const put = await call("parkA", "PUT", `/api/evaluation/alerts/${parkAlert}/owner`, { ownerUserId: users.parkA2 });
    expect(put.statusCode, put.body).toBe(200);
    const inbox = (await call("parkA2", "GET", "/api/evaluation/alerts?status=open&pageSize=50")).json() as { items: { id: number; ownerName: string | null }[] };
    const colleagueName = (await assignees("parkA2", parkAlert)).find((i) => i.id === users.parkA2)?.displayName;
    expect(inbox.items.find((i) => i.id === parkAlert)?.ownerName).toBe(colleagueName);
    expect((await call("parkA2", "PUT", `/api/evaluation/alerts/${parkAlert}/owner`, { ownerUserId: users.province })).statusCode).toBe(200);
    expect((await stored(parkAlert))?.owner).toBe(users.province);
  });

  it("refuses the assignees and the owner of an alert to sessions that cannot see it, and changes nothing", async () => {
    const before = await stored(parkAlert);
    const list = `/api/evaluation/alerts/${parkAlert}/assignees`;
    const owner = `/api/evaluation/alerts/${parkAlert}/owner`;
    expect((await call("parkB", "GET", list)).statusCode).toBe(404);
    expect((await call("otherProvince", "GET", list)).statusCode).toBe(404);
    expect((await call("entA1", "GET", list)).statusCode).toBe(403);
    expect((await call(null, "GET", list)).statusCode).toBe(401);
    expect((await call("parkA", "GET", `/api/evaluation/alerts/${provinceAlert}/assignees`)).statusCode).toBe(404);
    expect((await call("province", "GET", "/api/evaluation/alerts/999999/assignees")).statusCode).toBe(404);
    expect((await call("province", "GET", "/api/evaluation/alerts/abc/assignees")).statusCode).toBe(400);
    for (const who of ["parkB", "otherProvince"] as const) {
      expect((await call(who, "PUT", owner, { ownerUserId: users[who] })).statusCode).toBe(404);
      expect((await call(who, "PUT", owner, { ownerUserId: null })).statusCode).toBe(404);
    }
    expect((await call("entA1", "PUT", owner, { ownerUserId: users.entA1 })).statusCode).toBe(403);
    expect((await call(null, "PUT", owner, { ownerUserId: null })).statusCode).toBe(401);
    expect(await stored(parkAlert)).toEqual(before);
  });

  it("neither lists nor accepts a disabled account", async () => {
    await t.database.db.update(tables.users).set({ disabled: true }).where(eq(tables.users.id, users.province2));
    try {
      expect(whoIs(await assignees("province", parkAlert))).toEqual(new Set(["province", "both", "parkA", "parkA2"]));
      const before = await stored(parkAlert);
      expect((await call("province", "PUT", `/api/evaluation/alerts/${parkAlert}/owner`, { ownerUserId: users.province2 })).statusCode).toBe(400);
      expect(await stored(parkAlert)).toEqual(before);
    } finally {
      await t.database.db.update(tables.users).set({ disabled: false }).where(eq(tables.users.id, users.province2));
    }
  });

  it("is documented in the OpenAPI description with its response schema", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as { paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, unknown> }>> };
    const op = doc.paths["/api/evaluation/alerts/{id}/assignees"]?.get;
    expect(op?.tags).toEqual(["evaluation: alerts"]);
    expect(JSON.stringify(op?.responses?.["200"])).toContain("tenantName");
  });
});
