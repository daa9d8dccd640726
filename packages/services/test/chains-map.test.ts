import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { placeEnterprisesOnChains } from "../src/chains/placement/place-enterprises-on-chains";
import { decidePlacement } from "../src/chains/placement/decide-placement";
import { getChainMap } from "../src/chains/map/get-chain-map";
import { listSegmentEnterprises } from "../src/chains/map/list-segment-enterprises";
import { getChainTargets } from "../src/chains/targets/get-chain-targets";
import { createProject } from "../src/chains/projects/create-project";
import type { TTarget } from "@parkpilot/contracts";
import { createActor, createEnterprise, createPark, parkScope, provinceScope } from "./factories";

type Park = Awaited<ReturnType<typeof createPark>>;
const NEV = "new-energy-vehicle";

/**
 * A park on the new-energy-vehicle chain, built so each class of segment is visible:
 * power battery strong (5 enterprises, 50% of output), electric drive weak (2 enterprises),
 * vehicle weak on count although large (1 enterprise, 48%, a chain-leader candidate), the rest
 * missing. Candidates for the gaps sit in another park and in another province.
 */
describe("chain map and targets", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let park: Park;
  let admin: Actor;
  let province: Actor;
  const ids: Record<string, number> = {};

  const annual = (enterpriseId: number, output: number | null, revenue: number | null, employees: number | null) =>
    database.query("INSERT INTO enterprise_annual (enterprise_id, year, industrial_output, revenue, employees, source_kind) VALUES ($1, 2025, $2, $3, $4, 'manual')", [enterpriseId, output, revenue, employees]);
  const honour = (enterpriseId: number, tier: string, validFrom: string, validUntil: string | null) =>
    database.query("INSERT INTO enterprise_honours (enterprise_id, tier, valid_from, valid_until, source_kind) VALUES ($1, $2, $3, $4, 'manual')", [enterpriseId, tier, validFrom, validUntil]);

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    park = await createPark(database, { name: "广州测试园", latitude: 23.13, longitude: 113.26 });
    const near = await createPark(database, { name: "深圳测试园", latitude: 22.54, longitude: 114.06 });
    const far = await createPark(database, { name: "外省测试园", provinceCode: "98", latitude: 39.9, longitude: 116.4 });
    admin = await createActor(database, parkScope(park));
    province = await createActor(database, provinceScope());
    for (let i = 0; i < 5; i += 1) {
      const e = await createEnterprise(database, park, { industryCode: "3841", mainProducts: "动力电池、电芯" });
      await annual(e.id, 1_000, 1_100, 200);
      ids[`battery${i}`] = e.id;
    }
    await honour(ids.battery0 ?? 0, "little_giant", "2024-01-01", "2026-12-31");
    await honour(ids.battery1 ?? 0, "high_tech", "2020-01-01", "2022-12-31"); // expired: not counted
    for (let i = 0; i < 2; i += 1) {
      const e = await createEnterprise(database, park, { industryCode: "3812", mainProducts: "驱动电机" });
      await annual(e.id, 100, 110, 50);
    }
    const vehicle = await createEnterprise(database, park, { name: "整车龙头有限公司", industryCode: "3612", mainProducts: "纯电动汽车" });
    await annual(vehicle.id, 4_800, 120_000, 3_000);
    ids.vehicle = vehicle.id;
    ids.pending = (await createEnterprise(database, park, { industryCode: "3841" })).id;
    ids.rejected = (await createEnterprise(database, park, { industryCode: "3841", mainProducts: "动力电池" })).id;

    // Candidates outside the park for the missing charging segment.
    const nearBig = await createEnterprise(database, near, { name: "近处大充电桩公司", industryCode: "3823", mainProducts: "充电桩、充电模块" });
    await annual(nearBig.id, 60_000, 60_000, 1_200);
    await honour(nearBig.id, "specialized_sme", "2025-01-01", null);
    ids.nearBig = nearBig.id;
    ids.nearSmall = (await createEnterprise(database, near, { name: "近处小充电桩公司", industryCode: "3823", mainProducts: "充电桩" })).id;
    await annual(ids.nearSmall, 200, 250, 15);
    const farBig = await createEnterprise(database, far, { name: "外省大充电桩公司", industryCode: "3823", mainProducts: "充电桩、充电模块" });
    await annual(farBig.id, 60_000, 60_000, 1_200);
    ids.farBig = farBig.id;

    await placeEnterprisesOnChains(ctx, { scope: { kind: "system" }, templateCodes: [NEV] });
    await decidePlacement(ctx, admin, ids.rejected, { templateCode: NEV, segmentKey: "power-battery", decision: "rejected" });
  });
  afterAll(async () => database.dispose());

  it("classes each segment strong, weak or missing with its reasons", async () => {
    const map = await getChainMap(ctx, admin.scope, { templateCode: NEV, parkId: park.id });
    const node = (key: string) => map.nodes.find((n) => n.key === key);
    expect(map.year).toBe(2025);
    expect(map.totals).toMatchObject({ enterprises: 8, scale: 10_000, output: 10_000, tiered: 1 });
    expect(node("power-battery")).toMatchObject({ figures: { enterprises: 5, output: 5_000, tiered: 1, pending: 1 }, assessment: { strength: "strong", share: 0.5 } });
    expect(node("power-battery")?.assessment?.reasons.map((r) => r.zh)).toEqual(["企业 5 家 ≥ 5 家", "规模占全链 50.0% ≥ 10.0%"]);
    expect(node("power-battery")?.assessment?.reasons.map((r) => r.en)).toEqual(["5 enterprises ≥ 5", "50.0% of the chain's scale ≥ 10.0%"]);
    expect(node("electric-drive")?.assessment?.strength).toBe("weak");
    expect(node("electric-drive")?.assessment?.reasons.map((r) => r.zh)).toEqual(["企业 2 家 < 强环节门槛 5 家", "规模占全链 2.0% < 强环节门槛 10.0%"]);
    expect(node("vehicle")?.assessment?.strength).toBe("weak");
    expect(node("charging")?.assessment).toMatchObject({ strength: "missing", reasons: [{ zh: "本环节没有企业", en: "No enterprise on this segment" }] });
    expect(node("midstream")?.leafSummary).toEqual({ strong: 1, weak: 1, missing: 3 });
    expect(node("midstream")?.figures.enterprises).toBe(7);
    expect(map.summary.strong + map.summary.weak + map.summary.missing).toBe(map.nodes.filter((n) => n.isLeaf).length);
    expect(map.leaders).toEqual([
      expect.objectContaining({ enterpriseId: ids.vehicle, rank: 1, reason: expect.objectContaining({ zh: "营业收入 12.0 亿元 ≥ 链主门槛 10.0 亿元；位于下游「整车制造」，本环节第 1 位，全链第 1 位" }) }),
    ]);
  });

  it("drills down from a segment to its enterprises: counted, pending, rejected", async () => {
    const query = { templateCode: NEV, segmentKey: "power-battery", parkId: park.id, page: 1, pageSize: 20 } as const;
    const counted = await listSegmentEnterprises(ctx, admin.scope, { ...query, status: "counted" });
    expect(counted.total).toBe(5);
    expect(counted.items.find((i) => i.enterpriseId === ids.battery0)?.tiers).toEqual(["little_giant"]);
    expect((await listSegmentEnterprises(ctx, admin.scope, { ...query, status: "pending" })).items.map((i) => i.enterpriseId)).toEqual([ids.pending]);
    expect((await listSegmentEnterprises(ctx, admin.scope, { ...query, status: "rejected" })).items.map((i) => i.enterpriseId)).toEqual([ids.rejected]);
  });

  it("draws the province map against the province thresholds, for province accounts only", async () => {
    const map = await getChainMap(ctx, province.scope, { templateCode: NEV, provinceCode: "99" });
    expect(map.subject).toMatchObject({ level: "province", provinceCode: "99" });
    expect(map.thresholds.minEnterprises).toBe(30);
    expect(map.nodes.find((n) => n.key === "power-battery")?.assessment?.strength).toBe("weak");
    expect(map.nodes.find((n) => n.key === "charging")?.figures.enterprises).toBe(2);
    await expect(getChainMap(ctx, admin.scope, { templateCode: NEV, provinceCode: "99" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getChainMap(ctx, province.scope, { templateCode: NEV, provinceCode: "98" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("ranks targets for the gaps with reasons, from other parks and provinces, showing public fields only", async () => {
    const targets = await getChainTargets(ctx, admin.scope, { templateCode: NEV, parkId: park.id, segmentKey: "charging" });
    const [gap] = targets.gaps;
    expect(gap).toMatchObject({ segmentKey: "charging", strength: "missing", pool: 3 });
    const ranked = gap?.targets ?? [];
    expect(ranked.map((t) => t.enterprise.id)).toEqual([ids.nearBig, ids.farBig, ids.nearSmall]);
    expect(ranked[0]?.enterprise).toMatchObject({ name: "近处大充电桩公司", provinceCode: "99", parkName: "深圳测试园", sizeBand: "large", tiers: [{ key: "specialized_sme", name: { zh: "专精特新中小企业", en: "Specialised and innovative SME" } }] });
    expect(ranked[0]?.reason.en).toMatch(/^Rank 1, score 0\.\d\d: segment fit 0\.\d\d \(industry and keywords agree, weight 0\.4\); size large 1\.00 \(weight 0\.25\); honours Specialised and innovative SME 0\.70 \(weight 0\.2\); 10\d km from the park/);
    expect(ranked[0]?.reason.zh).toMatch(/^第 1 名，综合 0\.\d\d：环节匹配 0\.\d\d（行业与关键词一致，权重 0\.4）；规模 大型 1\.00（权重 0\.25）；梯度 专精特新中小企业 0\.70（权重 0\.2）；距园区 10\d km/);
    expect(ranked[1]?.parts.distanceKm).toBeGreaterThan(1_800);
    expect(ranked[2]?.enterprise.sizeBand).toBe("micro");
    // No indicator value of another tenant leaves: not in the fields, not in the sentences.
    const text = JSON.stringify(targets);
    for (const secret of ["60000", "1200", "250", "revenue", "employees", "output"]) expect(text).not.toContain(secret);
    // Gaps are the weak and missing leaves; the strong one is not a gap.
    const all = await getChainTargets(ctx, admin.scope, { templateCode: NEV, parkId: park.id });
    expect(all.gaps.map((g) => g.segmentKey)).not.toContain("power-battery");
    expect(all.gaps.map((g) => g.segmentKey)).toContain("electric-drive");
  });

  it("a province's targets come from other provinces only", async () => {
    const targets = await getChainTargets(ctx, province.scope, { templateCode: NEV, provinceCode: "99", segmentKey: "charging" });
    expect(targets.gaps[0]?.targets.map((t) => t.enterprise.id)).toEqual([ids.farBig]);
  });

  it("a target the park already made a project of names that project, newest first, and only for that park", async () => {
    const projectsOf = async (actor: Actor, parkId: number) =>
      new Map<number | undefined, TTarget["projects"]>((await getChainTargets(ctx, actor.scope, { templateCode: NEV, parkId, segmentKey: "charging" })).gaps[0]?.targets.map((t) => [t.enterprise.id, t.projects]));
    expect([...(await projectsOf(admin, park.id)).values()]).toEqual([[], [], []]);
    const lead = { parkId: park.id, investorName: "近处大充电桩公司", investorEnterpriseId: ids.nearBig, templateCode: NEV, segmentKey: "charging" };
    const first = await createProject(ctx, admin, { ...lead, name: "充电桩一期", stage: "lead" });
    const second = await createProject(ctx, admin, { ...lead, name: "充电桩二期", stage: "contacted" });
    const own = await projectsOf(admin, park.id);
    expect(own.get(ids.nearBig)).toEqual([
      { id: second.id, name: "充电桩二期", stage: "contacted" },
      { id: first.id, name: "充电桩一期", stage: "lead" },
    ]);
    expect(own.get(ids.farBig)).toEqual([]);
    // The province sees the park's targets with them; its own targets (a province subject) carry none.
    expect((await projectsOf(province, park.id)).get(ids.nearBig)?.map((p) => p.id)).toEqual([second.id, first.id]);
    const provinceTargets = await getChainTargets(ctx, province.scope, { templateCode: NEV, provinceCode: "99", segmentKey: "charging" });
    expect(provinceTargets.gaps[0]?.targets.map((t) => t.projects)).toEqual([[]]);
  });
});
