import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregateFormula, ANNUAL_FIELDS, type FieldValues } from "@parkpilot/core";
import { createTestDatabase, failingCopyIn, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { recomputeEvaluation } from "../src/evaluation/recompute/recompute-evaluation";
import { AUTO_RESOLVED_NOTE } from "../src/evaluation/alerts/write-alerts";
import { conversionsFor, evaluationPolicies } from "../src/evaluation/policies";
import { parkScope, TEST_PROVINCE } from "./factories";
import { seedEvaluationProvince, SPECS_FOR_TESTS, type EvalProvince } from "./eval-fixtures";

describe("evaluation recompute", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let p: EvalProvince;
  const system = { kind: "system" } as const;

  const value = async (key: string, subject: string, period: string) => {
    const [row] = await database.query<{ value: number | null; reporting: number | null; population: number | null }>(
      "SELECT value, reporting, population FROM indicator_values WHERE indicator_key = $1 AND subject = $2 AND period = $3",
      [key, subject, period],
    );
    return row;
  };
  const alerts = () =>
    database.query<{ id: number; rule_id: string; subject: string; status: string; note: string | null; title: string; severity: string }>(
      "SELECT id, rule_id, subject, status, note, title, severity FROM alerts WHERE province_code = $1 ORDER BY rule_id, subject",
      [TEST_PROVINCE],
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-01-20T08:00:00Z") } };
    p = await seedEvaluationProvince(database);
    await recomputeEvaluation(ctx, system, TEST_PROVINCE);
  });
  afterAll(async () => database.dispose());

  it("refuses anyone but the province's account or the system", async () => {
    await expect(recomputeEvaluation(ctx, parkScope(p.parks.A), TEST_PROVINCE)).rejects.toMatchObject({ code: "forbidden" });
    await expect(recomputeEvaluation(ctx, { kind: "province", provinceCode: "98" }, TEST_PROVINCE)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("computes every sum and ratio indicator in SQL exactly as the core formula does (Σ/Σ with completeness)", async () => {
    const columns = ANNUAL_FIELDS.map((f) => `a.${f.column} AS "${f.key}"`).join(", ");
    const rows = await database.query<FieldValues>(`SELECT ${columns} FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id WHERE e.park_id = $1 AND a.year = 2025`, [p.parks.A.id]);
    const conv = conversionsFor();
    const defs = evaluationPolicies().catalogue.indicators.filter((d) => d.formula.kind === "sum" || d.formula.kind === "ratio");
    expect(defs.length).toBeGreaterThan(15);
    for (const d of defs) {
      const expected = aggregateFormula(d.formula, rows, conv);
      const stored = await value(d.key, `park:${p.parks.A.id}`, "2025");
      expect({ key: d.key, value: stored?.value ?? null, reporting: stored?.reporting }).toEqual({
        key: d.key,
        value: expected.value === null ? null : expect.closeTo(expected.value, 9),
        reporting: expected.reporting,
      });
      expect(stored?.population).toBe(6);
    }
  });

  it("counts declared and observed leading industries and the concentration", async () => {
    const A = `park:${p.parks.A.id}`;
    expect((await value("declared_leading_count", A, "2025"))?.value).toBe(5);
    expect((await value("declared_leading_count", `park:${p.parks.D.id}`, "2025"))?.value).toBe(0);
    // Output shares of A: 39 → 13,100 / 31,100; 44 → 9,000; 36 → 6,000; 13 → 3,000 (9.6 %, below 10 %).
    expect((await value("observed_leading_count", A, "2025"))?.value).toBe(3);
    expect((await value("leading_output_share", A, "2025"))?.value).toBeCloseTo((22_100 / 31_100) * 100, 9);
  });

  it("derives land indicators from the parcel register and honours", async () => {
    const A = `park:${p.parks.A.id}`;
    expect((await value("idle_land_share", A, "2025"))?.value).toBeCloseTo((20 / 120) * 100, 9);
    expect((await value("plot_ratio", A, "2025"))?.value).toBeCloseTo(0.96, 9);
    expect((await value("honoured_share", A, "2025"))?.value).toBeCloseTo(100 / 6, 9);
  });

  it("sums monthly figures per park, industry and province with completeness", async () => {
    const expected = ["a1", "a2", "a3", "a4", "a5", "a6"].reduce((s, k) => s + (SPECS_FOR_TESTS[k]!.scale / 12) * 1.05, 0);
    expect((await value("monthly_revenue", `park:${p.parks.A.id}`, "2025-03"))).toMatchObject({ value: expect.closeTo(expected, 6), reporting: 6, population: 6 });
    expect((await value("monthly_output", `park:${p.parks.B.id}/ind:36`, "2025-03"))?.value).toBeCloseTo((7000 / 12) * 1.05 * 0.85, 6);
    // c2 stopped reporting: park C reports 1 of 2 in December.
    expect(await value("monthly_reporting_rate", `park:${p.parks.C.id}`, "2025-12")).toMatchObject({ value: 50, reporting: 1, population: 2 });
    expect((await value("monthly_tax", `province:${TEST_PROVINCE}`, "2024-01"))?.reporting).toBe(12);
  });

  it("classes every enterprise that reported with the province's rule set and stores the explanation", async () => {
    const rows = await database.query<{ enterprise_id: number; rule_set_id: string; method: string; land_class: string | null; explanation: { s: string; r?: string } }>(
      "SELECT l.enterprise_id, l.rule_set_id, l.method, l.land_class, l.explanation FROM land_evaluations l JOIN enterprises e ON e.id = l.enterprise_id WHERE e.province_code = $1 AND l.year = 2025",
      [TEST_PROVINCE],
    );
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.rule_set_id))).toEqual(new Set(["zhejiang-huangyan-per-mu"]));
    const byId = new Map(rows.map((r) => [r.enterprise_id, r]));
    expect(byId.get(p.e.a6!.id)?.explanation).toMatchObject({ s: "out_of_scope", r: "below_min_land" });
    // Ten 规上 enterprises ranked together (cumulative 11/46/92 % of ten, 1.1/4.6/9.2, rounded): one A,
    // four B, four C, one D; a5 alone among 规下 sits in the middle of its pool of one: C, not D.
    const above = rows.filter((r) => r.method === "above").map((r) => r.land_class).sort().join("");
    expect(above).toBe("ABBBBCCCCD");
    expect(byId.get(p.e.a5!.id)?.land_class).toBe("C");
    const share = await value("land_cd_share", `park:${p.parks.A.id}`, "2025");
    expect(share?.value).toBeGreaterThan(0);
  });

  it("replaces the per-mu results in one transaction: a write that fails leaves the previous ones", async () => {
    const stored = () =>
      database.query("SELECT enterprise_id, land_class, score, explanation::text AS explanation, computed_at::text AS computed_at FROM land_evaluations ORDER BY enterprise_id, year, rule_set_id");
    const before = await stored();
    expect(before.length).toBeGreaterThan(0);
    // A later clock: rows written by this run would carry another computed_at.
    const later = { database: failingCopyIn(database, 1).database, clock: { now: () => new Date("2026-02-01T08:00:00Z") } };
    await expect(recomputeEvaluation(later, system, TEST_PROVINCE, { steps: ["land"] })).rejects.toThrow(/no space left/);
    // The run's DELETE of the year's results was rolled back with it.
    expect(await stored()).toEqual(before);
  });

  it("raises each alert where its rule fires, and nowhere else", async () => {
    const raised = await alerts();
    const got = raised.map((a) => `${a.rule_id} ${a.subject}`);
    expect(got).toEqual([
      `enterprise-electricity-output-divergence enterprise:${p.e.b1!.id}`,
      `enterprise-non-reporting enterprise:${p.e.c2!.id}`,
      `enterprise-revenue-decline-streak enterprise:${p.e.a2!.id}`,
      `park-leading-industry-shrinking park:${p.parks.B.id}/ind:36`,
      // Park C's only industry (食品, 13) shrinks with c1's output and c2's silence.
      `park-leading-industry-shrinking park:${p.parks.C.id}/ind:13`,
      // Park B: b2's −15 % outweighs b1 and b3's +5 % (21,700 against 22,000 a year before).
      `park-output-decline park:${p.parks.B.id}`,
      `park-output-decline park:${p.parks.C.id}`,
    ]);
    // Park A grows (+5 % everywhere but a2's revenue, which is not output) and raises nothing.
    expect(got.filter((g) => g.includes(`park:${p.parks.A.id}`))).toEqual([]);
    // Graded: park B is 1.4 % down (an alert line of 0, a critical line of −5 %): a warning, not critical.
    const severityOf = (rule: string, subject: string) => raised.find((a) => a.rule_id === rule && a.subject === subject)?.severity;
    expect(severityOf("park-output-decline", `park:${p.parks.B.id}`)).toBe("warning");
    // Park C: c1 (two thirds of its output) produces a fifth less in 2025 and c2 stops reporting: far past −5 %, critical.
    expect(severityOf("park-output-decline", `park:${p.parks.C.id}`)).toBe("critical");
    // Leading industries: a warning past −10 %, critical only past −20 % (neither shrinks that far here).
    expect(severityOf("park-leading-industry-shrinking", `park:${p.parks.B.id}/ind:36`)).toBe("warning");
    expect(severityOf("park-leading-industry-shrinking", `park:${p.parks.C.id}/ind:13`)).toBe("warning");
    const decline = raised.find((a) => a.rule_id === "enterprise-revenue-decline-streak");
    expect(decline?.title).toBe("企业a2营业收入连续3个月同比下降30%以上");
  });

  it("is idempotent: a second run changes nothing, keeps statuses and adds no events", async () => {
    const before = await alerts();
    const events = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM alert_events");
    const values = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM indicator_values");
    await database.query("UPDATE alerts SET status = 'acknowledged' WHERE id = $1", [before[0]!.id]);
    // xmin changes whenever a row is rewritten, even with the same values.
    const stamps = await database.query<{ id: number; version: string }>("SELECT id, xmin::text AS version FROM alerts ORDER BY id");
    const r = await recomputeEvaluation(ctx, system, TEST_PROVINCE);
    expect(r.counts).toMatchObject({ alertsRaised: 0, alertsUpdated: 0, alertsResolved: 0 });
    expect(await database.query("SELECT id, xmin::text AS version FROM alerts ORDER BY id")).toEqual(stamps);
    const after = await alerts();
    expect(after.map((a) => [a.id, a.subject])).toEqual(before.map((a) => [a.id, a.subject]));
    expect(after[0]?.status).toBe("acknowledged");
    expect((await database.query<{ n: number }>("SELECT count(*)::int AS n FROM alert_events"))[0]?.n).toBe(events[0]?.n);
    expect((await database.query<{ n: number }>("SELECT count(*)::int AS n FROM indicator_values"))[0]?.n).toBe(values[0]?.n);
  });

  it("resolves an alert whose data was corrected, and reopens it if the problem comes back", async () => {
    await database.query("UPDATE enterprise_monthly SET revenue = revenue / 0.6 * 1.05 WHERE enterprise_id = $1 AND period = '2025-12'", [p.e.a2!.id]);
    await recomputeEvaluation(ctx, system, TEST_PROVINCE, { period: "2025-12" });
    const resolved = (await alerts()).find((a) => a.rule_id === "enterprise-revenue-decline-streak");
    expect(resolved).toMatchObject({ status: "resolved", note: AUTO_RESOLVED_NOTE });
    await database.query("UPDATE enterprise_monthly SET revenue = revenue / 1.05 * 0.6 WHERE enterprise_id = $1 AND period = '2025-12'", [p.e.a2!.id]);
    await recomputeEvaluation(ctx, system, TEST_PROVINCE, { period: "2025-12" });
    const reopened = (await alerts()).find((a) => a.rule_id === "enterprise-revenue-decline-streak");
    expect(reopened).toMatchObject({ id: resolved?.id, status: "open", note: null });
    const trail = await database.query<{ from_status: string | null; to_status: string }>("SELECT from_status, to_status FROM alert_events WHERE alert_id = $1 ORDER BY id", [resolved?.id]);
    expect(trail).toEqual([
      { from_status: null, to_status: "open" },
      { from_status: "open", to_status: "resolved" },
      { from_status: "resolved", to_status: "open" },
    ]);
  });
});
