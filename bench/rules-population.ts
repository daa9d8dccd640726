/**
 * A deterministic synthetic population for the rule-engine benchmark: every fact the shipped
 * rule sets read, written straight into FactTable columns from a seeded PRNG. Distributions are
 * rough but plausible (log-normal size, correlated R&D, a few percent missing per figure), so
 * every branch of every rule set is exercised, including unknowns.
 */
import { BOOL_FALSE, BOOL_TRUE, BOOL_UNKNOWN, createFactTable, epochDay, type FactTable } from "@parkpilot/core";

/** mulberry32: small, fast, good enough for synthetic data. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const INDUSTRIES = ["C3911", "C2614", "C3562", "C3841", "I6513", "I6420", "F5123", "F5211", "E4811", "G5430", "G5320", "K7010", "L7212", "M7320", "D4411", "H6210", "A0111", "C1331"];

export const generatePopulation = (n: number, seed = 42): FactTable => {
  const r = prng(seed);
  const normal = (): number => {
    const u = Math.max(r(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  };
  const t = createFactTable(n);
  const num = (key: string) => t.numberColumn(key);
  const bool = (key: string) => t.booleanColumn(key);
  const missing = (): boolean => r() < 0.03;
  const setBool = (col: Uint8Array, i: number, p: number, unknown = 0.02): void => {
    col[i] = r() < unknown ? BOOL_UNKNOWN : r() < p ? BOOL_TRUE : BOOL_FALSE;
  };

  const years = ["y", "y-1", "y-2", "y-3"] as const;
  const yearly = (field: string) => years.map((y) => num(`${field}@${y}`));
  const [revenue, mainRevenue, rd, totalCost, assets, liabilities, equity] = ["revenue", "mainRevenue", "rdExpense", "totalCost", "totalAssets", "totalLiabilities", "equityFinancing"].map(yearly);
  const employees = num("employees@y");
  const stStaff = num("stStaff@y");
  const rdStaff = num("rdStaff@y");
  const highTech = num("highTechRevenue@y");
  const profit = num("profit@y");
  const inv = num("inventionPatents@y");
  const other1 = num("otherClass1Ip@y");
  const class2 = num("class2Ip@y");
  const founded = num("founded_date");
  const industry = t.categoryColumn("industry_code");
  for (const code of INDUSTRIES) {
    industry.index.set(code, industry.dictionary.length);
    industry.dictionary.push(code);
  }
  const firstDay = epochDay("1995-01-01");
  const span = epochDay("2024-12-31") - firstDay;

  const bools: [string, number][] = [
    ["registered_legal_person_cn", 0.99],
    ["on_dishonesty_list", 0.01],
    ["on_abnormal_operation_list", 0.02],
    ["prohibited_products", 0.005],
    ["major_incident_1y", 0.01],
    ["major_incident_2y", 0.015],
    ["major_incident_3y", 0.02],
    ["holds_title:high_tech_enterprise", 0.15],
    ["holds_title:tech_sme", 0.25],
    ["holds_title:innovative_sme", 0.15],
    ["holds_title:specialized_sme", 0.06],
    ["holds_title:little_giant", 0.01],
    ["holds_title:single_champion", 0.003],
    ["holds_title:tech_innovation_demo", 0.01],
    ["holds_title:ip_advantage", 0.02],
    ["led_standard_5y", 0.05],
    ["maker_china_top500_3y", 0.01],
    ["maker_china_top50_3y", 0.002],
    ["hte_field_match", 0.7],
    ["market_share_relatively_high", 0.3],
    ["key_chain_link", 0.2],
    ["lead_product_key_field", 0.2],
    ["lead_product_strategic_emerging", 0.35],
    ["new_product", 0.1],
    ["champion_qualitative_review", 0.2],
    ["info_system_core_business", 0.6],
    ["mgmt_system_certified", 0.5],
    ["own_brand", 0.6],
    ["sound_governance", 0.7],
    ["private_financing", 0.2],
    ["listed", 0.02],
    ["designated:navigator", 0.002],
  ];
  const boolCols = bools.map(([k, p]) => [bool(k), p] as const);
  const levels: [string, number[]][] = [
    ["rd_institution_level", [0.5, 0.2, 0.15, 0.12, 0.03]],
    ["sci_award_level_3y", [0.9, 0.08, 0.02]],
    ["sci_award_level_3y_top3", [0.93, 0.06, 0.01]],
    ["sci_award_level_3y_top5", [0.92, 0.065, 0.015]],
    ["sci_award_level_5y_top3", [0.9, 0.08, 0.02]],
    ["lead_product_field_level", [0.6, 0.3, 0.1]],
  ];
  const levelCols = levels.map(([k, w]) => [num(k), w] as const);
  const pick = (weights: readonly number[]): number => {
    let u = r();
    for (let j = 0; j < weights.length; j++) {
      u -= weights[j] as number;
      if (u < 0) return j;
    }
    return weights.length - 1;
  };
  const plain: [string, () => number][] = [
    ["ip_class1_high_value", () => Math.floor(r() ** 6 * 3)],
    ["ip_class1_self_developed", () => Math.floor(r() ** 3 * 6)],
    ["ip_class1_lead_product", () => Math.floor(r() ** 2 * 8)],
    ["rd_domestic_share_pct", () => 40 + r() * 60],
    ["hte_innovation_score", () => 50 + r() * 45],
    ["niche_years", () => Math.floor(r() * 20)],
    ["market_share_pct", () => r() ** 3 * 40],
    ["market_rank_cn", () => 1 + Math.floor(r() * 20)],
    ["market_rank_global", () => 1 + Math.floor(r() * 30)],
    ["digital_level", () => 1 + Math.floor(r() * 4)],
    ["quality_mgmt_items", () => Math.floor(r() * 5)],
    ["provincial_feature_score", () => r() * 15],
    ["platform_score", () => 30 + r() * 60],
    ["valuation_usd_m", () => Math.exp(4 + 2 * normal())],
  ];
  const plainCols = plain.map(([k, f]) => [num(k), f] as const);

  for (let i = 0; i < n; i++) {
    industry.codes[i] = r() < 0.02 ? -1 : Math.floor(r() * INDUSTRIES.length);
    founded[i] = missing() ? Number.NaN : firstDay + Math.floor(r() * span);
    const staff = Math.max(3, Math.round(Math.exp(4 + 1.2 * normal())));
    employees[i] = missing() ? Number.NaN : staff;
    const stShare = r() ** 2 * 0.6;
    stStaff[i] = missing() ? Number.NaN : Math.round(staff * stShare);
    rdStaff[i] = missing() ? Number.NaN : Math.round(staff * stShare * 0.7);
    const rev = staff * Math.exp(3.5 + 0.8 * normal());
    const growth = 0.1 + 0.15 * normal();
    const intensity = r() ** 2 * 0.1;
    const mainShare = 0.6 + 0.4 * r();
    const costShare = 0.7 + 0.25 * r();
    const assetRatio = 0.5 + 1.5 * r();
    const debt = 0.2 + 0.7 * r();
    const raises = r() < 0.2;
    for (let y = 0; y < 4; y++) {
      const v = rev / Math.max(0.2, 1 + growth) ** y;
      (revenue?.[y] as Float64Array)[i] = missing() ? Number.NaN : v;
      (mainRevenue?.[y] as Float64Array)[i] = missing() ? Number.NaN : v * mainShare;
      (rd?.[y] as Float64Array)[i] = missing() ? Number.NaN : v * intensity;
      (totalCost?.[y] as Float64Array)[i] = missing() ? Number.NaN : v * costShare;
      (assets?.[y] as Float64Array)[i] = missing() ? Number.NaN : v * assetRatio;
      (liabilities?.[y] as Float64Array)[i] = missing() ? Number.NaN : v * assetRatio * debt;
      (equity?.[y] as Float64Array)[i] = missing() ? Number.NaN : raises && r() < 0.4 ? Math.exp(6 + normal()) : 0;
    }
    highTech[i] = missing() ? Number.NaN : rev * r();
    profit[i] = missing() ? Number.NaN : rev * (0.06 + 0.06 * normal());
    inv[i] = missing() ? Number.NaN : Math.floor(r() ** 3 * 10);
    other1[i] = missing() ? Number.NaN : Math.floor(r() ** 4 * 2);
    class2[i] = missing() ? Number.NaN : Math.floor(r() ** 2 * 12);
    for (const [col, p] of boolCols) setBool(col, i, p);
    for (const [col, w] of levelCols) col[i] = missing() ? Number.NaN : pick(w);
    for (const [col, f] of plainCols) col[i] = missing() ? Number.NaN : f();
  }
  // Navigator designations carry their basis; valuations exist only for financed firms.
  const designated = bool("designated:navigator");
  const valuation = num("valuation_usd_m");
  const financed = bool("private_financing");
  for (let i = 0; i < n; i++) {
    if (designated[i] === BOOL_TRUE) t.setCategory("designated:navigator_basis", i, "省级链主企业名单（2025）");
    if (financed[i] !== BOOL_TRUE) valuation[i] = Number.NaN;
  }
  return t;
};
