import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { compileRuleSet, ruleSetsInForce } from "@parkpilot/core";
import { loadRuleSets } from "@parkpilot/rules";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { factPlan } from "../src/gradient/facts/fact-plan";
import { loadFactBatch, loadListedTiers } from "../src/gradient/facts/load-fact-batch";
import { getTierCard } from "../src/gradient/card/get-tier-card";
import { getEnterpriseFacts } from "../src/gradient/facts/get-enterprise-facts";
import { saveEnterpriseFacts } from "../src/gradient/facts/save-enterprise-facts";
import { createActor, createEnterprise, createPark, enterpriseScope, provinceScope, TEST_PROVINCE } from "./factories";
import { insertAnnual, insertFacts, insertHonour } from "./gradient-fixtures";

describe("fact loading: missing stays unknown", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let a: { id: number; provinceCode: string; parkId: number | null };
  let b: { id: number; provinceCode: string; parkId: number | null };
  const plan = factPlan(ruleSetsInForce(loadRuleSets(), "2026-06-01").map(compileRuleSet));

  const load = async () => {
    const listedTiers = await loadListedTiers(database.db, TEST_PROVINCE);
    return loadFactBatch(database, { plan, year: 2025, asOf: "2026-06-01", listedTiers }, sql`enterprises.id IN (${a.id}, ${b.id})`, 10);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-07-01T08:00:00Z") } };
    const park = await createPark(database);
    a = await createEnterprise(database, park, { industryCode: "3911", foundedOn: "2015-03-01", listed: false });
    b = await createEnterprise(database, park);
    await insertAnnual(database, a.id, 2025, { revenue: 1000, rdExpense: 60, employees: 100 });
    await insertAnnual(database, a.id, 2024, { revenue: 800 });
    await insertFacts(database, a.id, { niche_years: 4, on_dishonesty_list: false });
    await insertHonour(database, a.id, "high_tech", "2024-12-01", "2027-11-30");
    // An expired grant: the province has a 专精特新 list, and a holds none valid on the date.
    await insertHonour(database, a.id, "specialized_sme", "2020-08-01", "2023-07-31");
  });
  afterAll(async () => database.dispose());

  it("reads the plan's years, attributes and facts; everything absent is unknown, never zero or false", async () => {
    const { ids, facts } = await load();
    const [ia, ib] = [Array.from(ids).indexOf(a.id), Array.from(ids).indexOf(b.id)];
    expect(facts.getNumber("revenue@y", ia)).toBe(1000);
    expect(facts.getNumber("revenue@y-1", ia)).toBe(800);
    expect(facts.getNumber("revenue@y-2", ia)).toBeUndefined();
    expect(facts.getNumber("employees@y-1", ia)).toBeUndefined();
    expect(facts.getNumber("stStaff@y", ia)).toBeUndefined();
    expect(facts.getCategory("industry_code", ia)).toBe("3911");
    expect(facts.getDate("founded_date", ia)).toBe("2015-03-01");
    expect(facts.getBoolean("listed", ia)).toBe(false);
    expect(facts.getNumber("niche_years", ia)).toBe(4);
    expect(facts.getBoolean("on_dishonesty_list", ia)).toBe(false);
    for (const key of ["revenue@y", "niche_years", "platform_score", "founded_date"]) expect(facts.getNumber(key, ib)).toBeUndefined();
    expect(facts.getCategory("industry_code", ib)).toBeUndefined();
    expect(facts.getBoolean("on_dishonesty_list", ib)).toBeUndefined();
  });

  it("answers titles from the honours register: held, not held where the province has the list, unknown where it has none", async () => {
    const { ids, facts } = await load();
    const [ia, ib] = [Array.from(ids).indexOf(a.id), Array.from(ids).indexOf(b.id)];
    expect(facts.getBoolean("holds_title:high_tech_enterprise", ia)).toBe(true);
    expect(facts.getBoolean("holds_title:high_tech_enterprise", ib)).toBe(false);
    expect(facts.getBoolean("holds_title:specialized_sme", ia)).toBe(false);
    expect(facts.getBoolean("holds_title:tech_sme", ia)).toBeUndefined();
    expect(facts.getBoolean("holds_title:tech_sme", ib)).toBeUndefined();
  });

  it("turns missing data into 'undetermined' with data-missing gaps on the card; only the register's titles fail", async () => {
    const card = await getTierCard(ctx, provinceScope(), b.id, { year: 2025 });
    const techSme = card.tiers.find((t) => t.tier === "tech_sme");
    expect(techSme?.explanation.outcome).toBe("undetermined");
    expect(techSme?.explanation.undeterminedReason).toBe("missing_data");
    expect(techSme?.explanation.gaps.some((g) => g.kind === "missing_data")).toBe(true);
    // The only failure is a title the register answers (the province has a 高企 list, b is not on it).
    expect(techSme?.explanation.criteria.filter((c) => c.status === "fail").map((c) => c.id)).toEqual(["d1_high_tech"]);
    expect(card.tiers.find((t) => t.tier === "high_tech")?.recognised).toBe(false);
    const cardA = await getTierCard(ctx, provinceScope(), a.id, { year: 2025 });
    expect(cardA.tiers.find((t) => t.tier === "high_tech")).toMatchObject({ recognised: true, honour: { validUntil: "2027-11-30" } });
  });

  it("lets an enterprise declare its own figures but not registry entries, and null returns a fact to unknown", async () => {
    const actor = await createActor(database, enterpriseScope(a));
    const saved = await saveEnterpriseFacts(ctx, actor, a.id, { values: { niche_years: 6, market_share_pct: 12 }, via: "manual" });
    expect(saved.facts.find((f) => f.key === "niche_years")).toMatchObject({ value: 6, editable: true, source: { kind: "manual" } });
    await expect(saveEnterpriseFacts(ctx, actor, a.id, { values: { on_dishonesty_list: false }, via: "api" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveEnterpriseFacts(ctx, actor, a.id, { values: { "holds_title:high_tech_enterprise": true }, via: "api" })).rejects.toMatchObject({ code: "validation" });
    await expect(saveEnterpriseFacts(ctx, actor, a.id, { values: { niche_years: "five" }, via: "api" })).rejects.toMatchObject({ code: "validation" });
    await expect(saveEnterpriseFacts(ctx, actor, b.id, { values: { niche_years: 1 }, via: "api" })).rejects.toMatchObject({ code: "not_found" });
    const cleared = await saveEnterpriseFacts(ctx, actor, a.id, { values: { market_share_pct: null }, via: "manual" });
    expect(cleared.facts.find((f) => f.key === "market_share_pct")).toMatchObject({ value: null, source: null });
    const admin = await createActor(database, provinceScope());
    await expect(saveEnterpriseFacts(ctx, admin, a.id, { values: { rd_institution_level: 7 }, via: "api" })).rejects.toMatchObject({ code: "validation" });
    await saveEnterpriseFacts(ctx, admin, a.id, { values: { on_dishonesty_list: true }, via: "manual", note: "信用中国 2026-06" });
    const facts = await getEnterpriseFacts(ctx, enterpriseScope(a), a.id);
    expect(facts.facts.find((f) => f.key === "on_dishonesty_list")).toMatchObject({ value: true, editable: false, source: { note: "信用中国 2026-06" } });
  });
});
