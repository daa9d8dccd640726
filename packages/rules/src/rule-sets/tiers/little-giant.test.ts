import type { FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { CLEAN, evaluateOne, shipped } from "../testing";

describe("专精特新“小巨人” 2026 (工信部企业〔2026〕2号 附件2): seven conditions", () => {
  const rs = shipped("little-giant@2026");
  const BASE: FactRecord = {
    ...CLEAN,
    is_sme: true,
    "holds_title:specialized_sme": true,
    "holds_title:single_champion": false,
    niche_years: 3,
    "revenue@y": 20000,
    "revenue@y-1": 20000,
    "revenue@y-2": 20000 / 1.05 ** 2, // CAGR exactly 5%
    "mainRevenue@y": 18000,
    "totalLiabilities@y": 750,
    "totalAssets@y": 1000,
    "rdExpense@y": 600,
    "rdExpense@y-1": 600,
    ip_class1_lead_product: 4,
    sci_award_level_3y_top3: 0,
    market_share_pct: 10,
    market_rank_cn: 5,
    key_chain_link: true,
    platform_score: 60,
  };
  const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o }, "2026-06-01");

  it.each<[string, FactRecord, string]>([
    ["every threshold met exactly", {}, "eligible"],
    ["L1 no 专精特新 title", { "holds_title:specialized_sme": false }, "not_eligible"],
    ["L1 niche just below 3 years", { niche_years: 2.99 }, "not_eligible"],
    ["L2 revenue just below 5000万", { "revenue@y": 4999.99, "mainRevenue@y": 4500, "rdExpense@y": 600 }, "not_eligible"],
    ["L2 main share just below 90%", { "mainRevenue@y": 17999.9 }, "not_eligible"],
    ["L2 CAGR just below 5%", { "revenue@y-2": 18145 }, "not_eligible"],
    ["L2 revenue two years back missing", { "revenue@y-2": null }, "undetermined"],
    ["L2 debt just above 75%", { "totalLiabilities@y": 750.1 }, "not_eligible"],
    ["L3 two-year R&D just below 1200万", { "rdExpense@y-1": 599.99 }, "not_eligible"],
    ["L3 R&D share just below 3% in the earlier year", { "revenue@y-1": 20001, "rdExpense@y-1": 600 }, "not_eligible"],
    ["L4 three Class I IP", { ip_class1_lead_product: 3 }, "not_eligible"],
    ["L4 waived by a national award ranked top 3", { ip_class1_lead_product: 0, sci_award_level_3y_top3: 2 }, "eligible"],
    ["L4 a provincial award does not waive", { ip_class1_lead_product: 0, sci_award_level_3y_top3: 1 }, "not_eligible"],
    ["L5 share just below 10%, rank 4", { market_share_pct: 9.99, market_rank_cn: 4 }, "not_eligible"],
    ["L5 share below 10% but top 3 in China", { market_share_pct: 2, market_rank_cn: 3 }, "eligible"],
    ["L6 review says no", { key_chain_link: false }, "not_eligible"],
    ["L7 platform score just below 60", { platform_score: 59.99 }, "not_eligible"],
    ["already a single champion (117号, uncertain)", { "holds_title:single_champion": true }, "not_eligible"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  it("L6 without a review decision waits for manual review", () => {
    const r = run({ key_chain_link: null });
    expect([r.outcome, r.explanation.undeterminedReason]).toEqual(["undetermined", "manual_review"]);
  });
});

describe("专精特新“小巨人” 2022 (工信部企业〔2022〕63号 附件3): six dimensions", () => {
  const rs = shipped("little-giant@2022");
  const BASE: FactRecord = {
    ...CLEAN,
    is_sme: true,
    "holds_title:specialized_sme": true,
    niche_years: 3,
    "revenue@y": 10000,
    "revenue@y-1": 10000,
    "mainRevenue@y": 7000,
    "mainRevenue@y-1": 7000 / 1.05,
    "mainRevenue@y-2": 7000 / 1.05 ** 2, // growth exactly 5% a year
    sound_governance: true,
    info_system_core_business: true,
    mgmt_system_certified: true,
    "totalLiabilities@y": 700,
    "totalAssets@y": 1000,
    market_share_pct: 10,
    own_brand: true,
    "rdExpense@y": 300,
    "rdExpense@y-1": 300,
    rd_institution_level: 1,
    ip_class1_lead_product: 2,
    sci_award_level_3y_top3: 0,
    maker_china_top50_3y: false,
    key_chain_link: true,
    lead_product_key_field: true,
  };
  const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o }, "2025-06-01");

  it.each<[string, FactRecord, string]>([
    ["every threshold met exactly (revenue ≥ 1亿, R&D 3%)", {}, "eligible"],
    ["专 main share just below 70%", { "mainRevenue@y": 6999 }, "not_eligible"],
    ["专 growth just below 5%", { "mainRevenue@y-2": 6360 }, "not_eligible"],
    ["精 debt just above 70%", { "totalLiabilities@y": 700.1 }, "not_eligible"],
    ["精 governance undecided", { sound_governance: null }, "undetermined"],
    ["特 share just below 10%", { market_share_pct: 9.99 }, "not_eligible"],
    ["新 revenue just below 1亿 needs 6%", { "revenue@y": 9999.99, "revenue@y-1": 9999.99 }, "not_eligible"],
    ["新 revenue 5000万–1亿 at 6%", { "revenue@y": 5000, "revenue@y-1": 5000, "mainRevenue@y": 3500, "mainRevenue@y-1": 3500 / 1.05, "mainRevenue@y-2": 3500 / 1.05 ** 2 }, "eligible"],
    ["新 R&D share just below 3% in the earlier year", { "rdExpense@y-1": 299.99 }, "not_eligible"],
    ["新 revenue below 5000万: equity, R&D and staff route", { "revenue@y": 4000, "revenue@y-1": 4000, "mainRevenue@y": 2800, "mainRevenue@y-1": 2800 / 1.05, "mainRevenue@y-2": 2800 / 1.05 ** 2, "equityFinancing@y": 8000, "equityFinancing@y-1": 0, "rdExpense@y": 1500, "rdExpense@y-1": 1500, "rdStaff@y": 50, "employees@y": 100 }, "eligible"],
    ["新 one Class I IP", { ip_class1_lead_product: 1 }, "not_eligible"],
    ["新 direct: national award top 3", { ip_class1_lead_product: 0, sci_award_level_3y_top3: 2 }, "eligible"],
    ["新 direct: 创客中国 top 50", { ip_class1_lead_product: 0, maker_china_top50_3y: true }, "eligible"],
    ["链 review says no", { key_chain_link: false }, "not_eligible"],
    ["品 undecided", { lead_product_key_field: null }, "undetermined"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));
});
