import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, failingCopyIn, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { evaluateTiers } from "../src/gradient/evaluate/evaluate-tiers";
import { getTierCard } from "../src/gradient/card/get-tier-card";
import { readStoredExplanation } from "../src/gradient/evaluate/stored-explanation";
import { shippedRuleSets } from "../src/gradient/rules/province-rule-sets";
import { compileRuleSet } from "@parkpilot/core";
import { enterpriseScope, parkScope, provinceScope } from "./factories";
import { insertAnnual, seedGradientPopulation, type GradientPopulation } from "./gradient-fixtures";

type Stored = {
  enterprise_id: number;
  rule_set_id: string;
  rule_set_version: string;
  evaluated_for: string;
  outcome: string;
  closeness: number | null;
  input_hash: string | null;
  computed_at: string;
  near_miss: boolean;
  explanation: unknown;
};

const highTech2016 = compileRuleSet(shippedRuleSets().find((d) => d.id === "high-tech" && d.version === "2016")!);

describe("tier evaluation: store, recompute, versions", () => {
  let database: TestDatabase;
  let now = new Date("2026-07-01T08:00:00Z");
  let ctx: ServiceContext;
  let p: GradientPopulation;
  const province = provinceScope();

  const stored = async (where = "TRUE", params: unknown[] = []) =>
    database.query<Stored>(
      `SELECT enterprise_id, rule_set_id, rule_set_version, evaluated_for::text, outcome, closeness, input_hash, computed_at::text, near_miss, explanation
         FROM tier_assessments WHERE year = 2025 AND ${where} ORDER BY enterprise_id, rule_set_id`,
      params,
    );
  const row = async (enterpriseId: number, ruleSetId: string) => (await stored("enterprise_id = $1 AND rule_set_id = $2", [enterpriseId, ruleSetId]))[0];

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => now } };
    p = await seedGradientPopulation(database);
  });
  afterAll(async () => database.dispose());

  it("stores the assessments someone acts on, with version, date, closeness and hash", async () => {
    const result = await evaluateTiers(ctx, { scope: province, year: 2025 });
    expect(result.asOf).toBe("2026-06-01");
    expect(result.enterprises).toBe(7);
    const highTech = result.ruleSets.find((r) => r.id === "high-tech");
    // ok and held eligible; review pending, empty unknown (no data is never a fail); nearMiss, vetoed and twoShort not eligible.
    expect(highTech).toMatchObject({ version: "2016", eligible: 2, undetermined: 2, notEligible: 3, nearMiss: 1 });
    expect(result.written).toBe((await stored()).length);

    const ok = await row(p.e.ok.id, "high-tech");
    expect(ok).toMatchObject({ rule_set_version: "2016", evaluated_for: "2026-06-01", outcome: "eligible", closeness: 1 });
    expect(ok?.input_hash).toMatch(/^[0-9a-f]{16}$/);
    const okExplained = readStoredExplanation(ok?.explanation, highTech2016);
    expect(okExplained).toMatchObject({ status: "pass", open: [], vetoed: false, outgrown: false });
    expect(okExplained?.criteria.get("h6_high_tech_revenue")).toBe("pass");
    expect(okExplained?.criteria.get("major_incident")).toBe("pass");
    expect(okExplained?.criteria.size).toBe(highTech2016.named.size);
    expect((await row(p.e.nearMiss.id, "high-tech"))?.closeness).toBeCloseTo(8 / 9, 9);
    // A veto is not a gap to close: not a near miss, not stored.
    expect(await row(p.e.vetoed.id, "high-tech")).toBeUndefined();
    const nearMiss = await row(p.e.nearMiss.id, "high-tech");
    expect(nearMiss?.near_miss).toBe(true);
    expect(ok?.near_miss).toBe(false);
    const nearExplained = readStoredExplanation(nearMiss?.explanation, highTech2016);
    expect(nearExplained).toMatchObject({ status: "fail", open: ["h6_high_tech_revenue"] });
    expect(nearExplained?.criteria.get("h6_high_tech_revenue")).toBe("fail");
    // The card names the conditions the stored assessment found unmet (not the routes it did not need).
    const nearCard = await getTierCard(ctx, province, p.e.nearMiss.id, { year: 2025 });
    expect(nearCard.tiers.find((t) => t.stored?.ruleSetId === "high-tech")?.stored?.open).toEqual(["h6_high_tech_revenue"]);
    const okCard = await getTierCard(ctx, province, p.e.ok.id, { year: 2025 });
    expect(okCard.tiers.find((t) => t.stored?.ruleSetId === "high-tech")?.stored?.open).toEqual([]);
    // When it was stored: ISO 8601 (UTC), whatever the database session's DateStyle.
    expect(okCard.tiers.find((t) => t.stored?.ruleSetId === "high-tech")?.stored?.computedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // 7 of 9 met and not eligible: neither a candidate nor a near miss, so not stored.
    expect(await row(p.e.twoShort.id, "high-tech")).toBeUndefined();
    // Nothing known: undetermined with no condition met, not stored; the card explains it live.
    expect(await stored("enterprise_id = $1", [p.e.empty.id])).toEqual([]);
    // The size class feeds is_sme but is not a tier of its own.
    expect(await stored("rule_set_id = 'enterprise-size'")).toEqual([]);
  });

  it("skips unchanged enterprises and rewrites only the one whose data changed", async () => {
    const before = await stored();
    now = new Date("2026-07-02T08:00:00Z");
    const again = await evaluateTiers(ctx, { scope: province, year: 2025 });
    expect(again.written).toBe(0);
    expect(again.removed).toBe(0);
    expect(again.unchanged).toBe(before.length);
    expect(await stored()).toEqual(before);

    await insertAnnual(database, p.e.nearMiss.id, 2025, { highTechRevenue: 2600 });
    now = new Date("2026-07-03T08:00:00Z");
    const changed = await evaluateTiers(ctx, { scope: province, year: 2025 });
    expect(changed.written).toBeGreaterThan(0);
    const after = await stored();
    const rewritten = after.filter((r) => !before.some((b) => b.enterprise_id === r.enterprise_id && b.rule_set_id === r.rule_set_id && b.computed_at === r.computed_at));
    expect(new Set(rewritten.map((r) => r.enterprise_id))).toEqual(new Set([p.e.nearMiss.id]));
    expect(rewritten.length).toBe(changed.written);
    expect(await row(p.e.nearMiss.id, "high-tech")).toMatchObject({ outcome: "eligible", closeness: 1 });
  });

  it("stores the same in batches of two (each loading while the last is evaluated) as in one batch", async () => {
    const whole = await stored();
    const other = "2026-06-03";
    const inBatches = await evaluateTiers(ctx, { scope: province, year: 2025, asOf: other, batchSize: 2 });
    expect(inBatches.enterprises).toBe(7);
    const oneBatch = await evaluateTiers(ctx, { scope: province, year: 2025, asOf: other });
    // Every row the batched run wrote is what one batch computes (same input hashes: nothing rewritten).
    expect(oneBatch.written).toBe(0);
    expect(oneBatch.unchanged).toBe(inBatches.written);
    const back = await evaluateTiers(ctx, { scope: province, year: 2025 });
    expect(back.written).toBe(whole.length);
    expect((await stored()).map(({ computed_at: _, ...r }) => r)).toEqual(whole.map(({ computed_at: _, ...r }) => r));
  });

  it("leaves the stored assessments as they were when a run fails part-way", async () => {
    const before = await stored();
    expect(before.length).toBeGreaterThan(2);
    const failing = failingCopyIn(database, 2);
    // Another evaluation date changes every input hash: each batch of two deletes its stored rows
    // and writes them again, and the second batch's COPY fails.
    const run = evaluateTiers({ database: failing.database, clock: { now: () => now } }, { scope: province, year: 2025, asOf: "2026-06-02", batchSize: 2 });
    await expect(run).rejects.toThrow(/no space left/);
    expect(failing.calls()).toBe(2);
    expect(await stored()).toEqual(before);
  });

  it("records the rule version in force on the evaluation date: 2022 rules before 1 April 2026, 2026 rules after", async () => {
    // held meets the first rung; the platform score and the market-position review are open: pending, 8 of 10.
    expect(await row(p.e.held.id, "specialized-sme")).toMatchObject({ rule_set_version: "2026", outcome: "undetermined", closeness: 0.8 });
    expect(await row(p.e.held.id, "tech-innovative-sme")).toMatchObject({ outcome: "eligible", rule_set_version: "2026" });

    const early = await evaluateTiers(ctx, { scope: province, year: 2025, asOf: "2026-03-01" });
    expect(early.ruleSets.map((r) => r.id)).not.toContain("tech-innovative-sme");
    expect(await row(p.e.held.id, "specialized-sme")).toMatchObject({ rule_set_version: "2022", evaluated_for: "2026-03-01" });
    // The 2026 rung is not in force on 1 March 2026: its stored rows go.
    expect(early.removed).toBeGreaterThanOrEqual(1);
    expect(await row(p.e.held.id, "tech-innovative-sme")).toBeUndefined();

    const back = await evaluateTiers(ctx, { scope: province, year: 2025 });
    expect((await row(p.e.held.id, "specialized-sme"))?.rule_set_version).toBe("2026");
    expect(back.asOf).toBe("2026-06-01");
  });

  it("shows the same enterprise under both SME-ladder versions on its card", async () => {
    const v2022 = await getTierCard(ctx, province, p.e.held.id, { year: 2025, ruleVersion: "2022" });
    const v2026 = await getTierCard(ctx, province, p.e.held.id, { year: 2025, ruleVersion: "2026" });
    const sp = (card: typeof v2022) => card.tiers.find((t) => t.tier === "specialized_sme");
    expect(sp(v2022)?.explanation.ruleSet.version).toBe("2022");
    expect(sp(v2026)?.explanation.ruleSet.version).toBe("2026");
    expect(sp(v2022)?.explanation.criteria.map((c) => c.id)).not.toEqual(sp(v2026)?.explanation.criteria.map((c) => c.id));
    // The stored row is the 2026 one: read under 2022 rules, the card says it differs.
    expect(sp(v2026)?.storedIsStale).toBe(false);
    expect(sp(v2022)?.storedIsStale).toBe(true);
    // Its explanation is read under the version it was stored with only.
    expect(sp(v2022)?.stored?.open).toBeNull();
    expect(sp(v2026)?.stored?.open).toEqual(expect.any(Array));
    expect(sp(v2022)?.versions).toEqual(expect.arrayContaining(["2022", "2026"]));
  });

  it("refuses enterprises and foreign parks", async () => {
    await expect(evaluateTiers(ctx, { scope: enterpriseScope(p.e.ok), year: 2025 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(evaluateTiers(ctx, { scope: parkScope(p.parkA), year: 2025, parkId: p.parkB.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("evaluates one park without touching another park's rows", async () => {
    const reviewBefore = await stored("enterprise_id = $1", [p.e.review.id]);
    await database.query("UPDATE tier_assessments SET input_hash = NULL WHERE year = 2025");
    const result = await evaluateTiers(ctx, { scope: parkScope(p.parkA), year: 2025 });
    expect(result.enterprises).toBe(6);
    expect(await stored("enterprise_id = $1", [p.e.review.id])).toEqual(reviewBefore.map((r) => ({ ...r, input_hash: null })));
    expect((await stored("enterprise_id <> $1 AND input_hash IS NULL", [p.e.review.id])).length).toBe(0);
  });

  it("deletes an enterprise's assessments with the enterprise (derived rows, no foreign key: a trigger)", async () => {
    const others = await stored("enterprise_id <> $1", [p.e.ok.id]);
    expect((await stored("enterprise_id = $1", [p.e.ok.id])).length).toBeGreaterThan(0);
    await database.query("DELETE FROM enterprises WHERE id = $1", [p.e.ok.id]);
    expect(await database.query("SELECT 1 FROM tier_assessments WHERE enterprise_id = $1", [p.e.ok.id])).toEqual([]);
    expect(await stored("enterprise_id <> $1", [p.e.ok.id])).toEqual(others);
  });

  // Last: it empties the fixture.
  it("empties the assessments when the enterprises are truncated (a trigger: TRUNCATE fires no delete)", async () => {
    expect((await stored()).length).toBeGreaterThan(0);
    await database.query("TRUNCATE enterprises CASCADE");
    expect(await database.query("SELECT 1 FROM tier_assessments")).toEqual([]);
  });
});
