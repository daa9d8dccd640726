import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAlertDetail, TAlertSummary, TEvidence, TLandExplanation, TParkScorecard } from "@parkpilot/contracts";
import { recomputeEvaluation } from "@parkpilot/services";
import { seedEvaluationProvince, type EvalProvince } from "../../../packages/services/test/eval-fixtures";
import { createTestApp, loginAs, TEST_PROVINCE, type TestApp } from "./support";

const NOW = new Date("2026-01-20T08:00:00Z");
/** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Every time the evaluation API gives is ISO 8601 in UTC ("2026-01-20T08:00:00.000Z"), the instant
 * the service's clock wrote, never PostgreSQL's text of a timestamptz ("2026-01-20 08:00:00+00"):
 * the per-mu result's computation, the alerts' raising and last change, the scorecard evidence's
 * filing; and the OpenAPI description declares them as date-times.
 */
describe("evaluation timestamps", () => {
  let t: TestApp;
  let p: EvalProvince;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(NOW);
    p = await seedEvaluationProvince(t.database);
    await recomputeEvaluation(t.ctx, { kind: "system" }, TEST_PROVINCE);
    cookies.province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
    cookies.parkA = (await loginAs(t, { role: "park_admin", parkId: p.parks.A.id })).cookie;
  });
  afterAll(async () => t.close());

  const call = async <T>(who: string, method: "GET" | "POST" | "PUT", url: string, payload?: object): Promise<T> => {
    const res = await t.app.inject({ method, url, headers: { cookie: cookies[who] ?? "" }, ...(payload ? { payload } : {}) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };

  it("gives the per-mu result's computation time as ISO 8601 in UTC", async () => {
    const e = await call<TLandExplanation>("province", "GET", `/api/evaluation/land/enterprises/${p.e.b2!.id}?year=2025`);
    expect(e.computedAt).toMatch(ISO_UTC);
    expect(e.computedAt).toBe(NOW.toISOString());
  });

  it("gives alerts' raising and last change as ISO 8601 in UTC, in the inbox, the detail and after a transition", async () => {
    const inbox = await call<{ items: TAlertSummary[] }>("province", "GET", "/api/evaluation/alerts?pageSize=200");
    expect(inbox.items.length).toBeGreaterThan(0);
    for (const a of inbox.items) expect([a.raisedAt, a.updatedAt]).toEqual([NOW.toISOString(), NOW.toISOString()]);
    const mine = inbox.items.find((a) => a.parkId === p.parks.A.id && a.status === "open");
    if (!mine) throw new Error("park A has an open alert");
    const acknowledged = await call<TAlertDetail>("parkA", "POST", `/api/evaluation/alerts/${mine.id}/transition`, { to: "acknowledged" });
    expect(acknowledged.status).toBe("acknowledged");
    const detail = await call<TAlertDetail>("parkA", "GET", `/api/evaluation/alerts/${mine.id}`);
    expect(detail.raisedAt).toMatch(ISO_UTC);
    expect(detail.updatedAt).toBe(NOW.toISOString());
  });

  it("gives the scorecard evidence's filing time as ISO 8601 in UTC, when saved and when listed", async () => {
    const saved = await call<TEvidence>("parkA", "PUT", `/api/evaluation/scorecard/parks/${p.parks.A.id}/evidence/o1_plan`, { year: 2025, note: "2024年园区产业发展规划" });
    expect(saved.createdAt).toBe(NOW.toISOString());
    const card = await call<TParkScorecard>("parkA", "GET", `/api/evaluation/scorecard/parks/${p.parks.A.id}?year=2025`);
    const listed = card.dimensions.flatMap((d) => d.orientations.flatMap((o) => o.items)).find((i) => i.id === "o1_plan")?.evidence;
    expect(listed?.createdAt).toMatch(ISO_UTC);
    expect(listed?.createdAt).toBe(NOW.toISOString());
  });

  it("declares them in the OpenAPI description as date-times", async () => {
    type Op = { responses?: Record<string, unknown> };
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json<{ paths: Record<string, Record<string, Op>> }>();
    const response = (path: string, method = "get") => JSON.stringify(doc.paths[path]?.[method]?.responses?.["200"]);
    expect(response("/api/evaluation/land/enterprises/{id}")).toMatch(/"computedAt":\{[^}]*"format":"date-time"/);
    for (const field of ["raisedAt", "updatedAt"]) expect(response("/api/evaluation/alerts")).toMatch(new RegExp(`"${field}":\\{[^}]*"format":"date-time"`));
    expect(response("/api/evaluation/scorecard/parks/{id}/evidence/{itemKey}", "put")).toMatch(/"createdAt":\{[^}]*"format":"date-time"/);
  });
});
