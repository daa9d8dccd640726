import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAlertSummary, TParkDashboard } from "@parkpilot/contracts";
import { recomputeEvaluation } from "@parkpilot/services";
import { seedEvaluationProvince, type EvalProvince } from "../../../packages/services/test/eval-fixtures";
import { createTestApp, loginAs, TEST_PROVINCE, type TestApp } from "./support";

const NOW = new Date("2026-01-20T08:00:00Z");
type List = { items: TAlertSummary[]; total: number };

/**
 * The park dashboard's alert figures say what they count (unresolved alerts split by state and
 * severity, the same alerts the inbox lists under the park and the status "unresolved"), its
 * computation time is ISO 8601, and the inbox's park filter narrows a province's view but never
 * widens a park admin's.
 */
describe("dashboard alert figures and the inbox's park filter", () => {
  let t: TestApp;
  let p: EvalProvince;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(NOW);
    p = await seedEvaluationProvince(t.database);
    await recomputeEvaluation(t.ctx, { kind: "system" }, TEST_PROVINCE);
    cookies.province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
    cookies.parkA = (await loginAs(t, { role: "park_admin", parkId: p.parks.A.id })).cookie;
    cookies.parkC = (await loginAs(t, { role: "park_admin", parkId: p.parks.C.id })).cookie;
  });
  afterAll(async () => t.close());

  const get = async <T>(who: string, url: string): Promise<T> => {
    const res = await t.app.inject({ method: "GET", url, headers: { cookie: cookies[who] ?? "" } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const transition = async (id: number, to: "acknowledged" | "resolved", note?: string) => {
    const res = await t.app.inject({ method: "POST", url: `/api/evaluation/alerts/${id}/transition`, headers: { cookie: cookies.parkC ?? "" }, payload: note ? { to, note } : { to } });
    expect(res.statusCode, res.body).toBe(200);
  };
  const dashboard = () => get<TParkDashboard>("province", `/api/evaluation/parks/${p.parks.C.id}/dashboard`);
  const inbox = (who: string, query: string) => get<List>(who, `/api/evaluation/alerts?pageSize=200&${query}`);

  it("gives the time of the computation as ISO 8601 in UTC", async () => {
    expect((await dashboard()).computedAt).toBe(NOW.toISOString());
  });

  it("counts unresolved alerts by state and severity; acknowledging moves one from open to acknowledged, resolving drops it", async () => {
    const before = await dashboard();
    expect(before.alerts).toEqual({
      unresolved: 3,
      open: 3,
      acknowledged: 0,
      bySeverity: { critical: { unresolved: 1, open: 1, acknowledged: 0 }, warning: { unresolved: 1, open: 1, acknowledged: 0 }, info: { unresolved: 1, open: 1, acknowledged: 0 } },
    });
    const list = await inbox("province", `parkId=${p.parks.C.id}&status=unresolved`);
    const critical = list.items.find((a) => a.severity === "critical");
    const warning = list.items.find((a) => a.severity === "warning");
    if (!critical || !warning) throw new Error("park C has a critical and a warning alert");
    await transition(critical.id, "acknowledged");
    await transition(warning.id, "resolved", "走访核实，已处置");

    const after = await dashboard();
    expect(after.alerts).toEqual({
      unresolved: 2,
      open: 1,
      acknowledged: 1,
      bySeverity: { critical: { unresolved: 1, open: 0, acknowledged: 1 }, warning: { unresolved: 0, open: 0, acknowledged: 0 }, info: { unresolved: 1, open: 1, acknowledged: 0 } },
    });
  });

  it("lists exactly the alerts the dashboard counts under the park and a state", async () => {
    const { alerts } = await dashboard();
    const park = `parkId=${p.parks.C.id}`;
    const unresolved = await inbox("province", `${park}&status=unresolved`);
    expect(unresolved.total).toBe(alerts.unresolved);
    expect(unresolved.items.every((a) => a.parkId === p.parks.C.id && a.status !== "resolved")).toBe(true);
    expect((await inbox("province", `${park}&status=open`)).total).toBe(alerts.open);
    expect((await inbox("province", `${park}&status=acknowledged`)).total).toBe(alerts.acknowledged);
    expect((await inbox("province", `${park}&status=unresolved&severity=critical`)).total).toBe(alerts.bySeverity.critical.unresolved);
    expect((await inbox("province", `${park}&status=resolved`)).total).toBe(1);
    // Without the park, the province sees the other parks' alerts too.
    const all = await inbox("province", "status=unresolved");
    expect(all.total).toBeGreaterThan(alerts.unresolved);
    expect(new Set(all.items.map((a) => a.parkId)).size).toBeGreaterThan(1);
  });

  it("lets a park admin filter by its own park, and answers nothing for another park rather than widening", async () => {
    const own = await inbox("parkA", "status=unresolved");
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((a) => a.parkId === p.parks.A.id)).toBe(true);
    expect((await inbox("parkA", `parkId=${p.parks.A.id}&status=unresolved`)).total).toBe(own.total);
    expect((await inbox("parkA", `parkId=${p.parks.C.id}&status=unresolved`)).total).toBe(0);
    expect((await inbox("parkA", `parkId=${p.parks.C.id}`)).total).toBe(0);
    expect((await inbox("parkC", `parkId=${p.parks.C.id}&status=unresolved`)).total).toBe(2);
  });

  it("documents both in the OpenAPI description: the unresolved filter and computedAt as a date-time", async () => {
    type Op = { parameters?: { name: string; schema?: { enum?: string[] } }[]; responses?: Record<string, unknown> };
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json<{ paths: Record<string, Record<string, Op>> }>();
    const status = doc.paths["/api/evaluation/alerts"]?.get?.parameters?.find((x) => x.name === "status");
    expect(status?.schema?.enum).toEqual(["open", "acknowledged", "resolved", "unresolved"]);
    expect(JSON.stringify(doc.paths["/api/evaluation/parks/{id}/dashboard"]?.get?.responses?.["200"])).toMatch(/"computedAt":\{[^}]*"format":"date-time"/);
  });

  it("refuses an unknown status or a park that is not an id with field-level 400s", async () => {
    for (const [query, path] of [
      ["status=pending", "querystring.status"],
      ["parkId=abc", "querystring.parkId"],
      ["parkId=0", "querystring.parkId"],
    ] as const) {
      const res = await t.app.inject({ method: "GET", url: `/api/evaluation/alerts?${query}`, headers: { cookie: cookies.province ?? "" } });
      expect(res.statusCode, query).toBe(400);
      expect(res.json<{ error: { issues: { path: string }[] } }>().error.issues[0]?.path).toBe(path);
    }
  });
});
