import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { placeEnterprisesOnChains } from "../src/chains/placement/place-enterprises-on-chains";
import { listEnterprisePlacements } from "../src/chains/placement/list-enterprise-placements";
import { decidePlacement } from "../src/chains/placement/decide-placement";
import { createActor, createEnterprise, createPark, enterpriseScope, parkScope } from "./factories";

type Enterprise = Awaited<ReturnType<typeof createEnterprise>>;
const NEV = "new-energy-vehicle";

/**
 * Placement on the shipped new-energy-vehicle chain of a hand-made set of enterprises: by class
 * only, by keyword only, class and keywords agreeing, class and keywords in conflict, nothing.
 */
describe("placing enterprises on chains", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let admin: Actor;
  let e: Record<"classOnly" | "partialOnly" | "keywordOnly" | "both" | "conflict" | "none" | "otherPark", Enterprise>;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    const park = await createPark(database);
    const otherPark = await createPark(database);
    admin = await createActor(database, parkScope(park));
    e = {
      classOnly: await createEnterprise(database, park, { industryCode: "3612" }),
      partialOnly: await createEnterprise(database, park, { industryCode: "3841" }),
      keywordOnly: await createEnterprise(database, park, { industryCode: "5179", mainProducts: "退役动力电池回收、梯次利用" }),
      both: await createEnterprise(database, park, { industryCode: "3841", mainProducts: "锂离子电池、电芯、电池模组", businessScope: "一般项目：电池制造；电池销售。" }),
      conflict: await createEnterprise(database, park, { industryCode: "3841", mainProducts: "驱动电机、电机控制器" }),
      none: await createEnterprise(database, park, { industryCode: "1819", mainProducts: "衬衫、西服" }),
      otherPark: await createEnterprise(database, otherPark, { industryCode: "3612" }),
    };
  });
  afterAll(async () => database.dispose());

  const nev = async (who: Enterprise) =>
    (await listEnterprisePlacements(ctx, admin.scope, who.id)).items.filter((p) => p.templateCode === NEV).map((p) => [p.segmentKey, p.method, p.confidence, p.counts]);

  it("places each enterprise with its method, confidence and reason, only within the scope", async () => {
    const result = await placeEnterprisesOnChains(ctx, { scope: admin.scope });
    expect(result.enterprises).toBe(6);
    expect(result.templates.map((t) => t.code)).toContain(NEV);
    expect(await nev(e.classOnly)).toEqual([["vehicle", "class", 0.8, true]]);
    expect(await nev(e.partialOnly)).toEqual([["power-battery", "class", 0.45, false]]);
    expect(await nev(e.keywordOnly)).toEqual([["aftermarket", "keyword", 0.65, true]]);
    expect(await nev(e.both)).toEqual([["power-battery", "both", 0.84, true]]);
    expect(await nev(e.conflict)).toEqual([["electric-drive", "keyword", 0.65, true]]);
    expect(await listEnterprisePlacements(ctx, admin.scope, e.none.id)).toEqual({ items: [] });
    const [both] = (await listEnterprisePlacements(ctx, admin.scope, e.both.id)).items.filter((p) => p.templateCode === NEV);
    expect(both?.reason).toBe("行业3841锂离子电池制造（部分属于本环节*） + 关键词 锂离子电池、电芯、电池模组（主营产品）");
    expect(both).toMatchObject({ chainName: "新能源汽车产业链", segmentName: "动力电池", stage: "midstream" });
    // The other park's enterprise was outside the park admin's scope.
    const rows = await database.query("SELECT count(*)::int AS n FROM chain_placements WHERE enterprise_id = $1", [e.otherPark.id]);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it("rewrites nothing when a recomputation finds the same placements", async () => {
    const versions = () => database.query("SELECT enterprise_id, template_code, segment_key, xmin::text AS xmin FROM chain_placements ORDER BY 1, 2, 3");
    const before = await versions();
    await placeEnterprisesOnChains(ctx, { scope: admin.scope });
    expect(await versions()).toEqual(before);
  });

  it("keeps a person's decisions through recomputation", async () => {
    await decidePlacement(ctx, admin, e.partialOnly.id, { templateCode: NEV, segmentKey: "power-battery", decision: "confirmed" });
    await decidePlacement(ctx, admin, e.classOnly.id, { templateCode: NEV, segmentKey: "vehicle", decision: "rejected", note: "实为燃油车改装" });
    const manual = await decidePlacement(ctx, admin, e.none.id, { templateCode: NEV, segmentKey: "aftermarket", decision: "confirmed", note: "新能源汽车租赁" });
    expect(manual).toMatchObject({ method: "manual", override: "confirmed", counts: true });
    // The products change: the machine would now place `both` elsewhere, but decisions stand.
    await database.query("UPDATE enterprises SET main_products = '驱动电机' WHERE id = $1", [e.both.id]);
    const rerun = await placeEnterprisesOnChains(ctx, { scope: admin.scope, templateCodes: [NEV] });
    expect(rerun.kept).toBe(3);
    expect(await nev(e.partialOnly)).toEqual([["power-battery", "class", 0.45, true]]);
    expect(await nev(e.classOnly)).toEqual([["vehicle", "class", 0.8, false]]);
    expect(await nev(e.none)).toEqual([["aftermarket", "manual", 1, true]]);
    // Machine placements of `both` follow the new products: battery (class only, now in conflict) drops out.
    expect(await nev(e.both)).toEqual([["electric-drive", "keyword", 0.6, true]]);
    // Clearing a decision hands the placement back to the machine; clearing a manual one removes it.
    await decidePlacement(ctx, admin, e.classOnly.id, { templateCode: NEV, segmentKey: "vehicle", decision: "cleared" });
    expect(await nev(e.classOnly)).toEqual([["vehicle", "class", 0.8, true]]);
    await decidePlacement(ctx, admin, e.none.id, { templateCode: NEV, segmentKey: "aftermarket", decision: "cleared" });
    expect(await nev(e.none)).toEqual([]);
    const audit = await database.query<{ action: string }>("SELECT action FROM audit_log WHERE entity = 'chain_placement' ORDER BY id");
    expect(audit.map((a) => a.action)).toEqual(["chain_placement.confirmed", "chain_placement.rejected", "chain_placement.confirmed", "chain_placement.cleared", "chain_placement.cleared"]);
  });

  it("lets an enterprise read its own placements but not decide them", async () => {
    const own = await createActor(database, enterpriseScope(e.keywordOnly));
    expect((await listEnterprisePlacements(ctx, own.scope, e.keywordOnly.id)).items.length).toBeGreaterThan(0);
    await expect(listEnterprisePlacements(ctx, own.scope, e.both.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(decidePlacement(ctx, own, e.keywordOnly.id, { templateCode: NEV, segmentKey: "aftermarket", decision: "rejected" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(placeEnterprisesOnChains(ctx, { scope: own.scope })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses unknown segments and chains", async () => {
    await expect(decidePlacement(ctx, admin, e.both.id, { templateCode: NEV, segmentKey: "midstream", decision: "confirmed" })).rejects.toMatchObject({ code: "validation" });
    await expect(decidePlacement(ctx, admin, e.both.id, { templateCode: "no-such-chain", segmentKey: "x", decision: "confirmed" })).rejects.toMatchObject({ code: "not_found" });
    await expect(placeEnterprisesOnChains(ctx, { scope: admin.scope, templateCodes: ["no-such-chain"] })).rejects.toMatchObject({ code: "validation" });
  });
});
