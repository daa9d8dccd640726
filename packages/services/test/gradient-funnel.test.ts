import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { evaluateTiers } from "../src/gradient/evaluate/evaluate-tiers";
import { getTierFunnel } from "../src/gradient/funnel/get-tier-funnel";
import { listTierCandidates } from "../src/gradient/funnel/list-tier-candidates";
import { saveSupportMeasure } from "../src/gradient/measures/save-support-measure";
import { listSupportMeasures } from "../src/gradient/measures/list-support-measures";
import { deleteSupportMeasure } from "../src/gradient/measures/delete-support-measure";
import { createActor, enterpriseScope, parkScope, provinceScope } from "./factories";
import { seedGradientPopulation, type GradientPopulation } from "./gradient-fixtures";

describe("funnel, candidates and support measures on a hand-made population", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let p: GradientPopulation;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-07-01T08:00:00Z") } };
    p = await seedGradientPopulation(database);
    await evaluateTiers(ctx, { scope: provinceScope(), year: 2025 });
  });
  afterAll(async () => database.dispose());

  const highTech = async (parkId?: number) => (await getTierFunnel(ctx, provinceScope(), { year: 2025, ...(parkId ? { parkId } : {}) })).tiers.find((t) => t.tier === "high_tech");

  it("counts recognised apart from eligible-but-not-recognised, pending and near misses", async () => {
    // Park A: held (recognised), ok (eligible), nearMiss; vetoed and twoShort are neither.
    expect(await highTech(p.parkA.id)).toMatchObject({ recognised: 1, eligibleNotRecognised: 1, undetermined: 0, nearMiss: 1, ruleSetVersion: "2016" });
    // The province adds park B's pending review.
    expect(await highTech()).toMatchObject({ recognised: 1, eligibleNotRecognised: 1, undetermined: 1, nearMiss: 1 });
    const funnel = await getTierFunnel(ctx, parkScope(p.parkA), { year: 2025 });
    expect(funnel).toMatchObject({ year: 2025, asOf: "2026-06-01", enterprises: 6 });
    expect(funnel.evaluatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // tech_sme and the 2026 rung count the 科技型 registration of `held`.
    expect(funnel.tiers.find((t) => t.tier === "tech_innovative_sme")).toMatchObject({ recognised: 1, eligibleNotRecognised: 0 });
  });

  it("ranks candidates by closeness, each with what it lacks", async () => {
    const near = await listTierCandidates(ctx, provinceScope(), { year: 2025, tier: "high_tech", kind: "near_miss", page: 1, pageSize: 20 });
    expect(near.items.map((c) => c.enterpriseId)).toEqual([p.e.nearMiss.id]);
    const gap = near.items[0]?.gaps.find((g) => g.criterionId === "h6_high_tech_revenue");
    expect(gap).toMatchObject({ kind: "below_threshold", text: { zh: expect.stringContaining("60%"), en: expect.stringContaining("60%") } });
    const eligible = await listTierCandidates(ctx, parkScope(p.parkA), { year: 2025, tier: "high_tech", kind: "eligible", page: 1, pageSize: 20 });
    expect(eligible.items.map((c) => c.enterpriseId)).toEqual([p.e.ok.id]);
    const pending = await listTierCandidates(ctx, provinceScope(), { year: 2025, tier: "high_tech", kind: "undetermined", page: 1, pageSize: 20 });
    expect(pending.items.map((c) => c.enterpriseId)).toEqual([p.e.review.id]);
    expect(pending.items[0]?.gaps.map((g) => g.kind)).toContain("manual_review");
    await expect(listTierCandidates(ctx, parkScope(p.parkA), { year: 2025, tier: "high_tech", kind: "undetermined", page: 1, pageSize: 20, parkId: p.parkB.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(getTierFunnel(ctx, enterpriseScope(p.e.ok), { year: 2025 })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("attaches support measures per province or park, written only at the level the account may", async () => {
    const provinceAdmin = await createActor(database, provinceScope());
    const parkAdmin = await createActor(database, parkScope(p.parkA));
    const parkBAdmin = await createActor(database, parkScope(p.parkB));
    const wide = await saveSupportMeasure(ctx, provinceAdmin, { tier: "high_tech", kind: "fund", title: "高企认定奖励 20万元", active: true });
    const own = await saveSupportMeasure(ctx, parkAdmin, { tier: "high_tech", kind: "service", title: "高企申报辅导", active: true, parkId: p.parkA.id });
    await expect(saveSupportMeasure(ctx, parkAdmin, { tier: "high_tech", kind: "fund", title: "全省", active: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveSupportMeasure(ctx, parkAdmin, { tier: "high_tech", kind: "fund", title: "他园", active: true, parkId: p.parkB.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSupportMeasure(ctx, parkBAdmin, own.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSupportMeasure(ctx, parkAdmin, wide.id)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listSupportMeasures(ctx, parkScope(p.parkA))).map((m) => m.id).sort()).toEqual([wide.id, own.id].sort());
    expect((await listSupportMeasures(ctx, parkScope(p.parkB))).map((m) => m.id)).toEqual([wide.id]);
    expect(await highTech(p.parkA.id)).toMatchObject({ measures: 2 });
    expect(await highTech(p.parkB.id)).toMatchObject({ measures: 1 });
  });
});
