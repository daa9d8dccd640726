import { and, eq } from "drizzle-orm";
import type { FactRecord } from "@parkpilot/core";
import { tables, type Database } from "@parkpilot/db";
import { CLEAN } from "@parkpilot/rules/testing";
import { createEnterprise, createPark } from "./factories";

/**
 * A hand-made population for the gradient tests, built so each enterprise's high-tech outcome is
 * known in advance (高企, 国科发火〔2016〕32号: nine conditions plus the incident veto):
 *   ok        — meets every condition                         → eligible
 *   held      — meets them and holds a valid 高企 certificate  → recognised
 *   nearMiss  — high-tech revenue 25% (needs ≥ 60%)            → not eligible, 8/9 met: near miss
 *   vetoed    — all met, but a major incident last year        → not eligible by veto
 *   review    — no expert decision on the technology field     → undetermined (manual review), in park B
 *   twoShort  — S&T staff 5% and high-tech revenue 25%         → 7/9 met: not a near miss, not stored
 *   empty     — nothing known                                  → undetermined, no condition met: not stored
 */
export interface GradientPopulation {
  readonly parkA: Awaited<ReturnType<typeof createPark>>;
  readonly parkB: Awaited<ReturnType<typeof createPark>>;
  readonly e: Record<"ok" | "held" | "nearMiss" | "vetoed" | "review" | "twoShort" | "empty", Awaited<ReturnType<typeof createEnterprise>>>;
}

type AnnualInsert = typeof tables.enterpriseAnnual.$inferInsert;
type FactValue = number | boolean;

const HIGH_TECH_ANNUAL: Record<number, Partial<AnnualInsert>> = {
  2025: { revenue: 4000, mainRevenue: 3800, rdExpense: 240, employees: 100, stStaff: 20, highTechRevenue: 3000, inventionPatents: 2, otherClass1Ip: 0, class2Ip: 1, totalAssets: 3000, totalLiabilities: 1000 },
  2024: { revenue: 3000, mainRevenue: 2850, rdExpense: 180, employees: 90, stStaff: 18, highTechRevenue: 2000, totalAssets: 2800, totalLiabilities: 1000 },
  2023: { revenue: 3000, mainRevenue: 2800, rdExpense: 180, employees: 90, stStaff: 18, totalAssets: 2500, totalLiabilities: 900 },
};

const HIGH_TECH_FACTS: Record<string, FactValue> = {
  registered_legal_person_cn: true,
  rd_domestic_share_pct: 100,
  hte_field_match: true,
  hte_innovation_score: 80,
  major_incident_1y: false,
  niche_years: 5,
  ip_class1_lead_product: 2,
};

export const insertAnnual = async (database: Database, enterpriseId: number, year: number, values: Partial<AnnualInsert>): Promise<void> => {
  await database.db
    .insert(tables.enterpriseAnnual)
    .values({ enterpriseId, year, sourceKind: "manual", ...values })
    .onConflictDoUpdate({ target: [tables.enterpriseAnnual.enterpriseId, tables.enterpriseAnnual.year], set: values });
};

export const insertFacts = async (database: Database, enterpriseId: number, facts: Record<string, FactValue>): Promise<void> => {
  for (const [key, v] of Object.entries(facts)) {
    await database.db
      .insert(tables.enterpriseFacts)
      .values({ enterpriseId, key, ...(typeof v === "boolean" ? { boolValue: v } : { numberValue: v }), sourceKind: "manual" })
      .onConflictDoUpdate({ target: [tables.enterpriseFacts.enterpriseId, tables.enterpriseFacts.key], set: typeof v === "boolean" ? { boolValue: v } : { numberValue: v } });
  }
};

export const insertHonour = async (database: Database, enterpriseId: number, tier: string, validFrom: string, validUntil: string | null) => {
  const [row] = await database.db.insert(tables.enterpriseHonours).values({ enterpriseId, tier, validFrom, validUntil, sourceKind: "manual" }).returning();
  if (!row) throw new Error("honour insert returned no row");
  return row;
};

const highTechFirm = async (
  database: Database,
  park: { id: number; provinceCode: string },
  annual: Partial<AnnualInsert> = {},
  facts: Record<string, FactValue> = {},
) => {
  const e = await createEnterprise(database, park, { industryCode: "3911", foundedOn: "2010-01-01" });
  for (const [year, values] of Object.entries(HIGH_TECH_ANNUAL)) await insertAnnual(database, e.id, Number(year), { ...values, ...(Number(year) === 2025 ? annual : {}) });
  await insertFacts(database, e.id, { ...HIGH_TECH_FACTS, ...facts });
  return e;
};

export const seedGradientPopulation = async (database: Database): Promise<GradientPopulation> => {
  const parkA = await createPark(database, { name: "梯度园区A" });
  const parkB = await createPark(database, { name: "梯度园区B" });
  const ok = await highTechFirm(database, parkA);
  const held = await highTechFirm(database, parkA);
  const nearMiss = await highTechFirm(database, parkA, { highTechRevenue: 1000 });
  const vetoed = await highTechFirm(database, parkA, {}, { major_incident_1y: true });
  const review = await highTechFirm(database, parkB);
  // The expert decision on the technology field is not recorded for this one.
  await database.db.delete(tables.enterpriseFacts).where(and(eq(tables.enterpriseFacts.enterpriseId, review.id), eq(tables.enterpriseFacts.key, "hte_field_match")));
  const twoShort = await highTechFirm(database, parkA, { stStaff: 5, highTechRevenue: 1000 });
  const empty = await createEnterprise(database, parkA);
  // held: a valid certificate on the 2026-06-01 evaluation date, a 科技型 registration and an
  // 创新型 listing (the first rung under both the 2022 and the 2026 rules).
  await insertHonour(database, held.id, "high_tech", "2024-12-01", "2027-11-30");
  await insertHonour(database, held.id, "tech_sme", "2025-07-01", "2026-06-30");
  await insertHonour(database, held.id, "innovative_sme", "2024-09-01", "2027-08-31");
  return { parkA, parkB, e: { ok, held, nearMiss, vetoed, review, twoShort, empty } };
};

/**
 * A 科技型中小企业 applicant under every cap that scores 70 (eligible on the score): S&T staff 30%
 * → 20 points; R&D 6% of sales → 50; no IP → 0. Facts as the engine reads them.
 */
export const TECH_SME_SCORING_70: FactRecord = {
  ...CLEAN,
  "holds_title:high_tech_enterprise": false,
  sci_award_level_5y_top3: 0,
  rd_institution_level: 0,
  led_standard_5y: false,
  "employees@y": 100,
  "stStaff@y": 30,
  "revenue@y": 5000,
  "totalAssets@y": 5000,
  "rdExpense@y": 300,
  "totalCost@y": 4000,
  "inventionPatents@y": 0,
  "otherClass1Ip@y": 0,
  "class2Ip@y": 0,
};
