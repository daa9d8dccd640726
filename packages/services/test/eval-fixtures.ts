import { tables, type Database } from "@parkpilot/db";
import { createEnterprise, createPark } from "./factories";

/**
 * A small province (test code 99) for the evaluation tests, built so every figure can be checked
 * by hand and every warning rule has one subject that fires and others that do not:
 * - park A declares 5 leading industries (the Guidance asks for at most 3), B two, C one, D none;
 * - a2's revenue is down 40 % year on year in Oct–Dec 2025 (decline streak);
 * - b1's electricity halves in Dec 2025 while its output is flat (divergence);
 * - c2 stops reporting after Oct 2025 (non-reporting), and park C's output shrinks;
 * - b2 (park B's 汽车 industry) produces 15 % less in 2025 (leading industry shrinking).
 */
export type Enterprise = Awaited<ReturnType<typeof createEnterprise>>;
export type Park = Awaited<ReturnType<typeof createPark>>;

export interface EvalProvince {
  parks: { A: Park; B: Park; C: Park; D: Park };
  e: Record<string, Enterprise>;
}

const LEADING: Record<"A" | "B" | "C", [string, string[]][]> = {
  A: [
    ["电子信息", ["39"]],
    ["汽车", ["36"]],
    ["装备制造", ["33", "34", "35", "36", "37", "38", "39", "40"]],
    ["新材料", ["265", "3073"]],
    ["食品", ["13", "14"]],
  ],
  B: [
    ["电子信息", ["39"]],
    ["汽车", ["36"]],
  ],
  C: [["食品", ["13", "14"]]],
};

/** Enterprise specs: park, industry, size class, scale (revenue 万元 a year), land (亩). */
const SPECS: Record<string, { park: "A" | "B" | "C" | "D"; industry: string; above: boolean; scale: number; land: number }> = {
  a1: { park: "A", industry: "3911", above: true, scale: 12_000, land: 40 },
  a2: { park: "A", industry: "3670", above: true, scale: 6_000, land: 50 },
  a3: { park: "A", industry: "1391", above: true, scale: 3_000, land: 60 },
  a4: { park: "A", industry: "4411", above: true, scale: 9_000, land: 30 },
  a5: { park: "A", industry: "3911", above: false, scale: 800, land: 10 },
  a6: { park: "A", industry: "3911", above: false, scale: 300, land: 2 },
  b1: { park: "B", industry: "3911", above: true, scale: 10_000, land: 45 },
  b2: { park: "B", industry: "3670", above: true, scale: 7_000, land: 35 },
  b3: { park: "B", industry: "3911", above: true, scale: 5_000, land: 25 },
  c1: { park: "C", industry: "1391", above: true, scale: 4_000, land: 50 },
  c2: { park: "C", industry: "1391", above: true, scale: 2_000, land: 20 },
  d1: { park: "D", industry: "3311", above: true, scale: 5_000, land: 40 },
};

/** Annual values of an enterprise-year, consistent with its monthly reports. */
export const annualValues = (scale: number, land: number, factor: number) => ({
  revenue: scale * factor,
  mainRevenue: scale * factor * 0.95,
  industrialOutput: scale * factor * 1.05,
  valueAdded: scale * factor * 0.25,
  taxPaid: scale * factor * 0.04,
  rdExpense: scale * factor * 0.03,
  employees: Math.round(scale / 20),
  rdStaff: Math.round(scale / 200),
  landAreaMu: land,
  floorAreaM2: land * 666.67 * 1.2,
  electricityKwh: scale * factor * 800,
  coalT: 0,
  naturalGasM3: scale * 10,
  oilT: 0,
  heatGj: 0,
  energyTce: null,
  waterM3: scale * 5,
  codT: scale / 1000,
  ammoniaNitrogenT: scale / 10_000,
  so2T: scale / 2000,
  noxT: scale / 2000,
  exports: scale * factor * 0.2,
  highTechRevenue: scale * factor * 0.3,
});

const months = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);

/** The monthly figure of an enterprise, with the anomalies described above. */
const monthly = (key: string, scale: number, period: string) => {
  const y2025 = period.startsWith("2025");
  const month = Number(period.slice(5));
  let revenue = (scale / 12) * (y2025 ? 1.05 : 1);
  let output = revenue * 1.05;
  let electricity = output * 800;
  if (key === "a2" && y2025 && month >= 10) revenue *= 0.6 / 1.05;
  if (key === "b1" && period === "2025-12") electricity *= 0.5;
  if (key === "b2" && y2025) output *= 0.85 / 1.05;
  if (key === "c1" && y2025) output *= 0.8 / 1.05;
  if (key === "c2" && y2025 && month > 10) return null;
  return { revenue, output, taxPaid: revenue * 0.04, electricityKwh: electricity, employees: Math.round(scale / 20) };
};

export const seedEvaluationProvince = async (database: Database): Promise<EvalProvince> => {
  const parks = {
    A: await createPark(database, { name: "甲园区" }),
    B: await createPark(database, { name: "乙园区" }),
    C: await createPark(database, { name: "丙园区" }),
    D: await createPark(database, { name: "丁园区" }),
  };
  for (const [k, items] of Object.entries(LEADING) as ["A" | "B" | "C", [string, string[]][]][]) {
    await database.db
      .insert(tables.parkLeadingIndustries)
      .values(items.map(([label, codes], i) => ({ parkId: parks[k].id, position: i + 1, label, industryCodes: codes, mappingStatus: "mapped" as const })));
  }
  const e: Record<string, Enterprise> = {};
  for (const [key, s] of Object.entries(SPECS)) {
    e[key] = await createEnterprise(database, parks[s.park], { industryCode: s.industry, aboveDesignatedSize: s.above, foundedOn: "2015-03-01", name: `企业${key}` });
    const id = e[key]!.id;
    await database.db.insert(tables.enterpriseAnnual).values([
      { enterpriseId: id, year: 2024, ...annualValues(s.scale, s.land, 1), sourceKind: "manual" as const },
      { enterpriseId: id, year: 2025, ...annualValues(s.scale, s.land, 1.05), sourceKind: "manual" as const },
    ]);
    const rows = [...months(2024), ...months(2025)].flatMap((period) => {
      const m = monthly(key, s.scale, period);
      return m ? [{ enterpriseId: id, period, ...m, sourceKind: "manual" as const }] : [];
    });
    await database.db.insert(tables.enterpriseMonthly).values(rows);
  }
  // Parcels: what a1 and a3 hold, an idle plot and a vacant one in park A.
  await database.db.insert(tables.landParcels).values([
    { parkId: parks.A.id, parcelCode: "A-001", holderEnterpriseId: e.a1!.id, areaMu: 40, landUse: "industrial", supplyMode: "transfer", plotRatio: 1.2, status: "in_use", sourceKind: "manual" },
    { parkId: parks.A.id, parcelCode: "A-002", holderEnterpriseId: e.a3!.id, areaMu: 60, landUse: "industrial", supplyMode: "transfer", plotRatio: 0.8, status: "in_use", sourceKind: "manual" },
    { parkId: parks.A.id, parcelCode: "A-003", holderEnterpriseId: null, areaMu: 15, landUse: "industrial", supplyMode: "transfer", status: "idle", sourceKind: "manual" },
    { parkId: parks.A.id, parcelCode: "A-004", holderEnterpriseId: null, areaMu: 5, landUse: "industrial", supplyMode: "long_lease", status: "vacant", sourceKind: "manual" },
  ]);
  // a1 is a recognised 专精特新 SME; b3 had a safety incident in 2025.
  await database.db.insert(tables.enterpriseHonours).values({ enterpriseId: e.a1!.id, tier: "specialized_sme", validFrom: "2023-01-01", validUntil: "2026-12-31", sourceKind: "manual" });
  await database.db.insert(tables.enterpriseFacts).values({ enterpriseId: e.b3!.id, key: "safety_incident", boolValue: true, asOf: "2025-05-10", sourceKind: "manual" });
  return { parks, e };
};

export const SPECS_FOR_TESTS = SPECS;
