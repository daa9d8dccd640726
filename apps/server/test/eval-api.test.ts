import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedEvaluationProvince, type EvalProvince } from "../../../packages/services/test/eval-fixtures";
import { createPark } from "@parkpilot/db/testing";
import { createTestApp, loginAs, TEST_PROVINCE, type TestApp } from "./support";

/**
 * The evaluation API end to end on a small hand-checked province: recompute, then every view a
 * province and a park use, the per-mu explanation, the scorecard with evidence, and the alert
 * lifecycle.
 */
describe("evaluation API", () => {
  let t: TestApp;
  let p: EvalProvince;
  let province: { cookie: string; userId: number };
  let parkA: { cookie: string; userId: number };

  beforeAll(async () => {
    t = await createTestApp(new Date("2026-01-20T08:00:00Z"));
    p = await seedEvaluationProvince(t.database);
    province = await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE });
    parkA = await loginAs(t, { role: "park_admin", parkId: p.parks.A.id });
  });
  afterAll(async () => t.close());

  const req = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, cookie = province.cookie, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const ok = async (method: "GET" | "POST" | "PUT" | "DELETE", url: string, cookie = province.cookie, payload?: object) => {
    const res = await req(method, url, cookie, payload);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it("recomputes the province on request and says what it did", async () => {
    const body = await ok("POST", "/api/evaluation/recompute", province.cookie, {});
    expect(body).toMatchObject({ provinceCode: TEST_PROVINCE, years: [2024, 2025], landYear: 2025, period: "2025-12", ruleSet: { id: "zhejiang-huangyan-per-mu" } });
    expect(body.counts.landEvaluations).toBe(12);
    expect(body.counts.alertsRaised).toBe(7);
  });

  it("serves the catalogue with formulas, owners, thresholds and citations", async () => {
    const body = await ok("GET", "/api/evaluation/indicators");
    const tax = body.indicators.find((i: { key: string }) => i.key === "tax_per_mu");
    expect(tax).toMatchObject({ unit: { zh: "万元/亩" }, frequency: "annual", direction: "higher_better", orientations: [4], citation: { number: "黄政发〔2018〕12号" } });
    const declared = body.indicators.find((i: { key: string }) => i.key === "declared_leading_count");
    expect(declared).toMatchObject({ alarm: 3, thresholdCitation: { number: "工信部联规〔2025〕189号" } });
  });

  it("gives a park's indicators with completeness, rating and the province median", async () => {
    const body = await ok("GET", `/api/evaluation/parks/${p.parks.A.id}/indicators?year=2025`, parkA.cookie);
    const declared = body.values.find((v: { key: string }) => v.key === "declared_leading_count");
    expect(declared).toMatchObject({ value: 5, rating: "alarm" });
    const tax = body.values.find((v: { key: string }) => v.key === "tax_per_mu");
    expect(tax).toMatchObject({ reporting: 6, population: 6, provinceParks: 4, unknown: null });
    expect(tax.provinceMedian).toBeGreaterThan(0);
  });

  it("says why a park value is unknown, with the counts it rests on", async () => {
    const values = async (park: { id: number }, year: number) => (await ok("GET", `/api/evaluation/parks/${park.id}/indicators?year=${year}`)).values as { key: string; value: number | null; reporting: number | null; population: number | null; unknown: unknown }[];
    const a2025 = await values(p.parks.A, 2025);
    for (const v of a2025) expect(v.unknown, v.key).toBeNull();
    const reasons = (vs: Awaited<ReturnType<typeof values>>) => Object.fromEntries(vs.filter((v) => v.value === null).map((v) => [v.key, v.unknown]));
    // A: classified for 2025 only, no alert raised in 2024
    expect(reasons(await values(p.parks.A, 2024))).toEqual({
      land_cd_share: { code: "not_classified", counts: "enterprises", reporting: null, population: null },
      alert_resolution_rate: { code: "no_alerts", counts: "alerts", reporting: null, population: null },
    });
    // D: no parcels registered, no leading industry declared (one enterprise reported output)
    expect(reasons(await values(p.parks.D, 2025))).toEqual({
      leading_output_share: { code: "none_declared", counts: "enterprises", reporting: 1, population: null },
      idle_land_share: { code: "no_parcels", counts: "parcels", reporting: null, population: null },
      plot_ratio: { code: "no_parcels", counts: "parcels", reporting: null, population: null },
      alert_resolution_rate: { code: "no_alerts", counts: "alerts", reporting: null, population: null },
    });
    const declared = (await ok("GET", "/api/evaluation/indicators")).indicators.find((i: { key: string }) => i.key === "declared_leading_count");
    expect(declared.counts).toBe("none");
  });

  it("tells a park without enterprise data in a recomputed year (nothing to count) from a year not recomputed", async () => {
    const values = async (parkId: number, year: number) => (await ok("GET", `/api/evaluation/parks/${parkId}/indicators?year=${year}`)).values as { key: string; unknown: { code: string } | null }[];
    const codes = (vs: Awaited<ReturnType<typeof values>>) => new Map(vs.map((v) => [v.key, v.unknown?.code ?? null]));
    const empty = await createPark(t.database, { provinceCode: TEST_PROVINCE });
    const recomputed = codes(await values(empty.id, 2025));
    expect([recomputed.get("revenue_total"), recomputed.get("tax_per_mu"), recomputed.get("honoured_share")]).toEqual(["empty_population", "empty_population", "empty_population"]);
    expect([recomputed.get("plot_ratio"), recomputed.get("alert_resolution_rate"), recomputed.get("declared_leading_count")]).toEqual(["no_parcels", "no_alerts", "not_computed"]);
    const never = codes(await values(p.parks.A.id, 2023));
    // A year never recomputed is the reason, whatever the park has: no "no alerts" or "no parcels" guessed.
    expect([never.get("revenue_total"), never.get("tax_per_mu"), never.get("alert_resolution_rate"), never.get("plot_ratio"), never.get("land_cd_share")]).toEqual([
      "not_computed",
      "not_computed",
      "not_computed",
      "not_computed",
      "not_computed",
    ]);
    // The views below count the fixture's four parks.
    await t.database.query("DELETE FROM parks WHERE id = $1", [empty.id]);
  });

  it("answers the dashboard with headline figures, classes, alerts and the month", async () => {
    const body = await ok("GET", `/api/evaluation/parks/${p.parks.C.id}/dashboard`);
    expect(body.year).toBe(2025);
    expect(body.headline.map((h: { key: string }) => h.key)).toContain("tax_per_mu");
    expect(body.classes.map((c: { class: string }) => c.class)).toEqual(["A", "B", "C", "D"]);
    // Unresolved alerts by state (nobody has acknowledged one yet) and severity.
    expect(body.alerts).toMatchObject({ unresolved: 3, open: 3, acknowledged: 0, bySeverity: { critical: { unresolved: 1, open: 1, acknowledged: 0 } } });
    expect(body.computedAt).toBe("2026-01-20T08:00:00.000Z");
    expect(body.month).toMatchObject({ period: "2025-12" });
    expect(body.month.ytdYoy).toBeLessThan(0);
  });

  it("monitors a park month by month with industries and their contributions", async () => {
    const body = await ok("GET", `/api/evaluation/parks/${p.parks.B.id}/monitoring?field=output&period=2025-06`);
    expect(body.series).toHaveLength(36);
    expect(body.series.at(-1)).toMatchObject({ period: "2025-06", reporting: 3, population: 3 });
    const car = body.industries.find((i: { division: string }) => i.division === "36");
    expect(car).toMatchObject({ isLeading: true });
    expect(car.yoy).toBeCloseTo(-0.15, 9);
    const sum = body.industries.reduce((s: number, i: { contribution: number }) => s + i.contribution, 0);
    expect(sum).toBeCloseTo(body.series.at(-1).yoy, 9);
  });

  it("gives a stock (month-end employees) a year to date that is the average of its months, not their sum", async () => {
    type Month = { period: string; value: number | null; ytd: number | null; ytdYoy: number | null };
    const flow: { series: Month[] } = await ok("GET", `/api/evaluation/parks/${p.parks.B.id}/monitoring?field=output&period=2025-06`);
    const stock: { series: Month[]; industries: unknown[] } = await ok("GET", `/api/evaluation/parks/${p.parks.B.id}/monitoring?field=employees&period=2025-06`);
    const months = (s: Month[], year: string) => s.filter((m) => m.period.startsWith(year)).map((m) => m.value ?? NaN);
    const sumOf = (v: number[]) => v.reduce((a, b) => a + b, 0);
    const june = stock.series.at(-1);
    const heads = months(stock.series, "2025-");
    expect(heads).toHaveLength(6);
    expect(june?.ytd).toBeCloseTo(sumOf(heads) / 6, 9);
    const lastYear = months(stock.series, "2024-").slice(0, 6);
    expect(june?.ytdYoy).toBeCloseTo(sumOf(heads) / sumOf(lastYear) - 1, 9);
    // A flow keeps the sum of its months.
    expect(flow.series.at(-1)?.ytd).toBeCloseTo(sumOf(months(flow.series, "2025-")), 6);
    expect(stock.industries).toEqual([]);
  });

  it("checks the ≤3 rule for a park and says it plainly", async () => {
    const body = await ok("GET", `/api/evaluation/parks/${p.parks.A.id}/leading-industries`);
    expect(body).toMatchObject({ declaredCount: 5, declaredWithinLimit: false, observedCount: 3, maxLeading: 3 });
    expect(body.findings[0].en).toBe("5 leading industries declared (电子信息, 汽车, 装备制造, 新材料, 食品); the Guidance asks for at most 3");
    expect(body.concentrationTrend.map((x: { year: number }) => x.year)).toEqual([2024, 2025]);
  });

  it("shows homogeneity on declared industries alone and on output", async () => {
    const declared = await ok("GET", "/api/evaluation/homogeneity?basis=declared");
    expect(declared.parks.find((x: { id: number }) => x.id === p.parks.A.id)).toMatchObject({ declaredCount: 5, tooMany: true });
    // A declares 13, 14, 26, 30, 33–40; B 36 and 39; C 13 and 14: four divisions are declared twice.
    expect(declared.duplicated.filter((d: { parks: number }) => d.parks === 2).map((d: { division: string }) => d.division)).toEqual(["13", "14", "36", "39"]);
    const output = await ok("GET", "/api/evaluation/homogeneity?basis=output&year=2025");
    expect(output.heat.length).toBeGreaterThan(0);
    // Parks B (39 + 36) and A (39, 44, 36, 13) both lead in computers: flagged only if S_ij ≥ 0.9.
    for (const pair of output.pairs) expect(pair.similarity).toBeGreaterThanOrEqual(0.9);
  });

  it("takes the view's own S_ij threshold and keeps the cited one beside it; refuses one outside 0.5–1", async () => {
    const policy = await ok("GET", "/api/evaluation/homogeneity?basis=declared");
    expect(policy).toMatchObject({ threshold: 0.9, defaultThreshold: 0.9 });
    const loose = await ok("GET", "/api/evaluation/homogeneity?basis=declared&threshold=0.5");
    expect(loose).toMatchObject({ threshold: 0.5, defaultThreshold: 0.9 });
    expect(loose.pairs.length).toBeGreaterThanOrEqual(policy.pairs.length);
    for (const pair of loose.pairs) expect(pair.similarity).toBeGreaterThanOrEqual(0.5);
    const strict = await ok("GET", "/api/evaluation/homogeneity?basis=declared&threshold=1");
    expect(strict.pairs.length).toBeLessThanOrEqual(policy.pairs.length);
    for (const pair of strict.pairs) expect(pair.similarity).toBeGreaterThanOrEqual(1 - 1e-9);
    const refused = await req("GET", "/api/evaluation/homogeneity?threshold=0.2");
    expect(refused.statusCode).toBe(400);
  });

  it("summarises per-mu results of a park: classes, low-class land, inefficient land, what-if", async () => {
    const body = await ok("GET", `/api/evaluation/land/parks/${p.parks.A.id}?target=2`);
    // Its energy figures are on the method's own basis, which it names (the indicator pages use the default).
    expect(body.ruleSet).toMatchObject({ id: "zhejiang-huangyan-per-mu", custom: false, energyBasis: { zh: "浙江亩均评价 等价值", en: "Zhejiang per-mu evaluation, equal-value basis" } });
    expect(body.unclassified.outOfScope).toBe(1);
    expect(body.inefficient.map((x: { parcelCode: string; reason: string }) => `${x.parcelCode}:${x.reason}`)).toEqual(expect.arrayContaining(["A-003:idle", "A-004:vacant"]));
    expect(body.plotRatio).toMatchObject({ targetPlotRatio: 2, parcelsConsidered: 2 });
    expect(body.plotRatio.extraFloorM2).toBeCloseTo((2 - 1.2) * 40 * 666.67 + (2 - 0.8) * 60 * 666.67, 6);
    const list = await ok("GET", `/api/evaluation/land/parks/${p.parks.A.id}/enterprises?pageSize=3`);
    expect(list).toMatchObject({ total: 6, year: 2025 });
    expect(list.items[0].score).toBeGreaterThanOrEqual(list.items[1].score);
  });

  it("explains one enterprise's result and what moves it up", async () => {
    const body = await ok("GET", `/api/evaluation/land/enterprises/${p.e.b2!.id}`);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual(["tax_per_mu", "value_added_per_mu", "value_added_per_tce", "value_added_per_emission", "labour_productivity", "rd_intensity"]);
    expect(body.items[0]).toMatchObject({ name: { zh: "亩均税收" }, benchmarkOrigin: "population", benchmarkYear: 2025, weight: 30 });
    expect(body.lines.length).toBeGreaterThan(6);
    if (body.class !== "A") expect(body.moveUp.options[0].text.zh).toMatch(/→ [ABC]（现为 -?[\d.,]+\S*）$/);
  });

  it("ranks the province's parks by output and tax per mu", async () => {
    const body = await ok("GET", "/api/evaluation/land/ranking?year=2025");
    expect(body.items).toHaveLength(4);
    expect(body.items[0].outputRank).toBe(1);
  });

  it("scores the Guidance scorecard, ranks parks and counts evidence", async () => {
    const before = await ok("GET", `/api/evaluation/scorecard/parks/${p.parks.A.id}?year=2025`, parkA.cookie);
    expect(before.dimensions).toHaveLength(7);
    expect(before.dimensions.flatMap((d: { orientations: unknown[] }) => d.orientations)).toHaveLength(19);
    const o1 = before.dimensions[0].orientations[0];
    expect(o1.items[0]).toMatchObject({ kind: "target", value: 5, points: 0 });
    expect(o1.items[0].finding.en).toBe("5 leading industries declared; the Guidance asks for at most 3");
    expect(before.of).toBe(4);
    const plan = o1.items.find((i: { id: string }) => i.id === "o1_plan");
    expect(plan).toMatchObject({ status: "not_evidenced", points: 0 });

    const attachment = Buffer.from("规划批复扫描件").toString("base64");
    const saved = await ok("PUT", `/api/evaluation/scorecard/parks/${p.parks.A.id}/evidence/o1_plan`, parkA.cookie, {
      year: 2025,
      note: "2024年园区产业发展规划",
      attachment: { name: "规划.pdf", type: "application/pdf", base64: attachment },
    });
    expect(saved).toMatchObject({ itemKey: "o1_plan", attachmentBytes: Buffer.from("规划批复扫描件").length, review: { status: "submitted", note: null, at: null, reviewer: null } });
    const planOf = async () => (await ok("GET", `/api/evaluation/scorecard/parks/${p.parks.A.id}?year=2025`, parkA.cookie)).dimensions[0].orientations[0];
    // The park's claim scores nothing until the province accepts it.
    expect((await planOf()).items.find((i: { id: string }) => i.id === "o1_plan")).toMatchObject({ status: "pending_review", points: 0 });
    expect((await planOf()).score).toBe(o1.score);
    const reviewUrl = `/api/evaluation/scorecard/parks/${p.parks.A.id}/evidence/o1_plan/review`;
    // Only the province reviews; a return needs the reason.
    expect((await req("PUT", reviewUrl, parkA.cookie, { year: 2025, decision: "accept" })).statusCode).toBe(403);
    const noReason = await req("PUT", reviewUrl, province.cookie, { year: 2025, decision: "return" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues).toEqual([expect.objectContaining({ path: "body.note" })]);
    expect((await req("PUT", reviewUrl, province.cookie, { year: 2025, decision: "return", note: "缺规划批复文件" })).statusCode).toBe(204);
    const returned = (await planOf()).items.find((i: { id: string }) => i.id === "o1_plan");
    expect(returned).toMatchObject({ status: "returned", points: 0, evidence: { review: { status: "returned", note: "缺规划批复文件" } } });
    expect(returned.finding.zh).toContain("佐证被省级退回：缺规划批复文件");
    expect((await req("PUT", reviewUrl, province.cookie, { year: 2025, decision: "accept" })).statusCode).toBe(204);
    const after = await planOf();
    expect(after.items.find((i: { id: string }) => i.id === "o1_plan")).toMatchObject({ status: "scored", points: 100, evidence: { review: { status: "accepted", note: null } } });
    expect(after.score).toBeGreaterThan(o1.score);
    const audit = await t.database.query<{ action: string }>("SELECT action FROM audit_log WHERE entity = 'scorecard_evidence' AND entity_key = $1 ORDER BY id", [`${p.parks.A.id}:2025:o1_plan`]);
    expect(audit.map((a) => a.action)).toEqual(["scorecard_evidence.save", "scorecard_evidence.review", "scorecard_evidence.review"]);
    const file = await req("GET", `/api/evaluation/scorecard/parks/${p.parks.A.id}/evidence/o1_plan/attachment?year=2025`, parkA.cookie);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.toString()).toBe("规划批复扫描件");

    const ranking = await ok("GET", "/api/evaluation/scorecard?year=2025");
    expect(ranking.items).toHaveLength(4);
    expect(ranking.dimensions).toHaveLength(7);
    expect(ranking.items[0].rank).toBe(1);
  });

  it("evidence the province files is accepted as filed; a park filing it again sends it back for review", async () => {
    const url = `/api/evaluation/scorecard/parks/${p.parks.B.id}/evidence/o2_chain_map`;
    const byProvince = await ok("PUT", url, province.cookie, { year: 2025, note: "省级核实的产业链图谱" });
    expect(byProvince.review).toMatchObject({ status: "accepted", reviewer: expect.any(String) });
    const parkB = await loginAs(t, { role: "park_admin", parkId: p.parks.B.id });
    const refiled = await ok("PUT", url, parkB.cookie, { year: 2025, note: "园区更新的图谱" });
    expect(refiled.review.status).toBe("submitted");
    // Another park's evidence is not this park's to file or the province's of another province to review.
    expect((await req("PUT", `${url}/review`, parkA.cookie, { year: 2025, decision: "accept" })).statusCode).toBe(403);
    expect((await req("PUT", `/api/evaluation/scorecard/parks/${p.parks.B.id}/evidence/o1_plan/review`, province.cookie, { year: 2025, decision: "accept" })).statusCode).toBe(404);
    expect((await req("DELETE", `${url}?year=2025`, province.cookie)).statusCode).toBe(204);
  });

  it("refuses evidence for items scored from data and attachments over the limit", async () => {
    const data = await req("PUT", `/api/evaluation/scorecard/parks/${p.parks.A.id}/evidence/o4_tax_per_mu`, parkA.cookie, { year: 2025, note: "x" });
    expect(data.statusCode).toBe(400);
    const big = Buffer.alloc(513 * 1024, 1).toString("base64");
    const tooBig = await req("PUT", `/api/evaluation/scorecard/parks/${p.parks.A.id}/evidence/o2_chain_map`, parkA.cookie, { year: 2025, note: "x", attachment: { name: "a.bin", type: "application/octet-stream", base64: big } });
    expect([400, 413]).toContain(tooBig.statusCode);
    const removed = await req("DELETE", `/api/evaluation/scorecard/parks/${p.parks.A.id}/evidence/o1_plan?year=2025`, parkA.cookie);
    expect(removed.statusCode).toBe(204);
  });

  it("runs the alert lifecycle: inbox, evidence series, acknowledge, resolve with a note, owner", async () => {
    const inbox = await ok("GET", "/api/evaluation/alerts?status=open");
    expect(inbox.total).toBe(7);
    expect(inbox.items[0].severity).toBe("critical");
    // Most severe first, then newest period, then newest id; pages continue that order exactly.
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    type Row = { id: number; severity: keyof typeof rank; period: string; parkName: string | null; enterpriseName: string | null };
    const key = (x: Row) => [rank[x.severity], -Number(x.period.replace("-", "")), -x.id];
    const sorted = [...(inbox.items as Row[])].sort((x, y) => {
      const [a, b] = [key(x), key(y)];
      return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    });
    expect((inbox.items as Row[]).map((x) => x.id)).toEqual(sorted.map((x) => x.id));
    expect(inbox.items.every((x: Row) => x.parkName !== null || x.enterpriseName !== null)).toBe(true);
    const paged = [1, 2, 3].map((page) => ok("GET", `/api/evaluation/alerts?status=open&pageSize=3&page=${page}`));
    expect((await Promise.all(paged)).flatMap((b) => b.items.map((x: Row) => x.id))).toEqual(sorted.map((x) => x.id));
    const streak = inbox.items.find((a: { ruleId: string }) => a.ruleId === "enterprise-revenue-decline-streak");
    // The rule's alert title filled in, in both languages.
    expect(streak.title).toEqual({ zh: "企业a2营业收入连续3个月同比下降30%以上", en: "企业a2: revenue down 30 % or more year on year for 3 months" });
    const detail = await ok("GET", `/api/evaluation/alerts/${streak.id}`, parkA.cookie);
    expect(detail.title).toEqual(streak.title);
    expect(detail.evidence.series).toHaveLength(24);
    expect(detail.evidence.decisive).toEqual(["2025-10", "2025-11", "2025-12"]);
    expect(detail.rule).toMatchObject({ params: { drop: 0.3, months: 3 }, citation: { number: "工信部联规〔2025〕189号" } });

    expect((await req("POST", `/api/evaluation/alerts/${streak.id}/transition`, parkA.cookie, { to: "resolved" })).statusCode).toBe(400);
    await ok("POST", `/api/evaluation/alerts/${streak.id}/transition`, parkA.cookie, { to: "acknowledged" });
    expect((await req("POST", `/api/evaluation/alerts/${streak.id}/transition`, parkA.cookie, { to: "acknowledged" })).statusCode).toBe(409);
    const owned = await ok("PUT", `/api/evaluation/alerts/${streak.id}/owner`, parkA.cookie, { ownerUserId: parkA.userId });
    expect(owned.ownerUserId).toBe(parkA.userId);
    const resolved = await ok("POST", `/api/evaluation/alerts/${streak.id}/transition`, parkA.cookie, { to: "resolved", note: "走访核实：订单转移至外省，已纳入帮扶" });
    expect(resolved.status).toBe("resolved");
    expect(resolved.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(["open", "acknowledged", "resolved"]);
    // A person's resolution stands through recomputation.
    await ok("POST", "/api/evaluation/recompute", province.cookie, {});
    expect((await ok("GET", `/api/evaluation/alerts/${streak.id}`)).status).toBe("resolved");
  });

  it("lets the province pick another rule set, or write its own, validated", async () => {
    const settings = await ok("PUT", "/api/evaluation/settings", province.cookie, { landRuleSetId: "jiangsu-huaian-per-mu" });
    expect(settings).toMatchObject({ landRuleSet: { id: "jiangsu-huaian-per-mu" }, chosen: true });
    const bad = await req("PUT", "/api/evaluation/settings", province.cookie, { customRuleSet: { id: "my-rules" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("body.customRuleSet");
    const r = await ok("POST", "/api/evaluation/recompute", province.cookie, { year: 2025 });
    expect(r.ruleSet.id).toBe("jiangsu-huaian-per-mu");
    // Huai'an benchmarks look back a year: twice the 2024 county average.
    const e = await ok("GET", `/api/evaluation/land/enterprises/${p.e.b2!.id}?year=2025`);
    expect(e.items[0]).toMatchObject({ benchmarkYear: 2024, weight: 45 });
    // a4 is a power plant: class T under Huai'an.
    expect((await ok("GET", `/api/evaluation/land/enterprises/${p.e.a4!.id}?year=2025`)).status).toBe("excluded");
  });
});
