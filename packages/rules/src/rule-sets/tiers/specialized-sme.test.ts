import type { FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { CLEAN, evaluateOne, shipped } from "../testing";

describe("专精特新中小企业 2026 (工信部企业〔2026〕2号 附件1): six conditions", () => {
  const rs = shipped("specialized-sme@2026");
  const BASE: FactRecord = {
    ...CLEAN,
    is_sme: true,
    "holds_title:tech_sme": true,
    "holds_title:innovative_sme": false,
    niche_years: 3,
    "revenue@y": 1500,
    "revenue@y-1": 1500,
    "mainRevenue@y": 1200,
    "equityFinancing@y": 0,
    "equityFinancing@y-1": 0,
    "totalLiabilities@y": 800,
    "totalAssets@y": 1000,
    "rdExpense@y": 100,
    "rdExpense@y-1": 100,
    ip_class1_lead_product: 1,
    sci_award_level_3y_top3: 0,
    rd_institution_level: 0,
    market_share_relatively_high: true,
    platform_score: 50,
  };
  const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o }, "2026-06-01");

  it.each<[string, FactRecord, string]>([
    ["every threshold met exactly", {}, "eligible"],
    ["S1 innovative-SME title instead of 科技型", { "holds_title:tech_sme": false, "holds_title:innovative_sme": true }, "eligible"],
    ["S1 neither title", { "holds_title:tech_sme": false }, "not_eligible"],
    ["S1 niche just below 3 years", { niche_years: 2.99 }, "not_eligible"],
    ["S1 niche missing", { niche_years: null }, "undetermined"],
    ["S2 revenue just below 1500万, no equity", { "revenue@y": 1499.99, "mainRevenue@y": 1199.99, "rdExpense@y": 100 }, "not_eligible"],
    ["S2 revenue below but equity 2000万", { "revenue@y": 1000, "mainRevenue@y": 800, "equityFinancing@y": 2000 }, "eligible"],
    ["S2 main-business share just below 80%", { "mainRevenue@y": 1199.9 }, "not_eligible"],
    ["S2 debt ratio just above 80%", { "totalLiabilities@y": 800.1 }, "not_eligible"],
    ["S2 debt missing", { "totalLiabilities@y": null }, "undetermined"],
    ["S3 R&D just below 100万 in the earlier year", { "rdExpense@y-1": 99.99 }, "not_eligible"],
    ["S3 R&D share just below 3% last year", { "revenue@y": 3334, "mainRevenue@y": 2700 }, "not_eligible"],
    ["S3 earlier-year revenue missing", { "revenue@y-1": null }, "undetermined"],
    ["S4 no Class I IP", { ip_class1_lead_product: 0 }, "not_eligible"],
    ["S4 waived by a provincial award ranked top 3", { ip_class1_lead_product: 0, sci_award_level_3y_top3: 1 }, "eligible"],
    ["S4 waived by a provincial R&D institution", { ip_class1_lead_product: 0, rd_institution_level: 3 }, "eligible"],
    ["S5 review says no", { market_share_relatively_high: false }, "not_eligible"],
    ["S6 platform score just below 50", { platform_score: 49.99 }, "not_eligible"],
    ["S6 platform score missing", { platform_score: null }, "undetermined"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  it("S5 without a review decision is manual review, never a guess", () => {
    const r = run({ market_share_relatively_high: null });
    expect([r.outcome, r.explanation.undeterminedReason, r.status("s5_market_position")]).toEqual(["undetermined", "manual_review", "manual_review"]);
    expect(r.explanation.gaps[0]?.text.zh).toMatch(/^需人工审核：/);
  });

  it("gap text for the R&D share", () => {
    const r = run({ "rdExpense@y": 31.5, "revenue@y": 1500 });
    expect(r.explanation.gaps.map((g) => g.text)).toContainEqual({
      zh: "上年度研发费用占营业收入比重2.1%，需达到3%",
      en: "Last-year R&D / operating revenue 2.1%, needs ≥3%",
    });
  });
});

describe("专精特新中小企业 2022 (工信部企业〔2022〕63号 附件2)", () => {
  const rs = shipped("specialized-sme@2022");
  // Hard conditions met; 45 points before the province's 特色化 points (0–15).
  const BASE: FactRecord = {
    ...CLEAN,
    is_sme: true,
    "holds_title:innovative_sme": true,
    niche_years: 10, // 5
    "rdExpense@y": 500, // amount 10
    "rdExpense@y-1": 500,
    "revenue@y": 5000, // R&D 10% → 10
    "mainRevenue@y": 4000, // 80% → 5
    "mainRevenue@y-1": 3636.3636,
    "mainRevenue@y-2": 3305.785, // growth ≈ 10% → 10
    lead_product_field_level: 2, // 5
    digital_level: 3, // 5
    quality_mgmt_items: 0, // 0
    "profit@y": 100, // 2% → 2
    "totalLiabilities@y": 600,
    "totalAssets@y": 1000, // 60% → 3
    provincial_feature_score: 0,
    ip_class1_high_value: 0,
    ip_class1_self_developed: 0,
    "inventionPatents@y": 0,
    "otherClass1Ip@y": 0,
    "class2Ip@y": 0, // IP 0
    "rdStaff@y": 0,
    "employees@y": 100, // 0
    rd_institution_level: 0, // 0
    "equityFinancing@y": 0,
    "equityFinancing@y-1": 0,
    sci_award_level_3y_top3: 0,
    sci_award_level_3y_top5: 0,
    maker_china_top500_3y: false,
  };
  const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o }, "2025-06-01");

  it("43 known points + at most 15 from the province cannot reach 60: not eligible without waiting", () => {
    const r = run({ provincial_feature_score: null, "profit@y": 0 });
    expect(r.explanation.scoreRange).toEqual({ min: 43, max: 58 });
    expect(r.outcome).toBe("not_eligible");
  });

  it.each<[string, FactRecord, number, string]>([
    ["score exactly 60", { provincial_feature_score: 15 }, 60, "eligible"],
    ["score 59.99", { provincial_feature_score: 14.99 }, 59.99, "not_eligible"],
  ])("%s", (_n, o, score, outcome) => {
    const r = run(o);
    expect(r.score).toBeCloseTo(score, 9);
    expect(r.outcome).toBe(outcome);
  });

  it("特色化 unknown: 45–60, undetermined", () => {
    const r = run({ provincial_feature_score: null });
    expect([r.score, r.explanation.scoreRange, r.outcome]).toEqual([undefined, { min: 45, max: 60 }, "undetermined"]);
  });

  it.each<[string, FactRecord, string]>([
    ["niche just below 2 years", { niche_years: 1.99, provincial_feature_score: 15 }, "not_eligible"],
    ["R&D just below 100万", { "rdExpense@y": 99.99, provincial_feature_score: 15 }, "not_eligible"],
    ["revenue below 1000万 without equity", { "revenue@y": 999, "mainRevenue@y": 800, provincial_feature_score: 15 }, "not_eligible"],
    ["revenue below 1000万 with 2000万 equity", { "revenue@y": 999, "mainRevenue@y": 800, "mainRevenue@y-1": 727.27, "mainRevenue@y-2": 661.15, "equityFinancing@y": 2000, provincial_feature_score: 15 }, "eligible"],
    ["no 创新型 title", { "holds_title:innovative_sme": false, provincial_feature_score: 15 }, "not_eligible"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  describe("direct routes replace the score", () => {
    const low: FactRecord = { provincial_feature_score: 0 };
    it.each<[string, FactRecord, string]>([
      ["none", {}, "not_eligible"],
      ["provincial award ranked top 3", { sci_award_level_3y_top3: 1 }, "eligible"],
      ["national award ranked top 5", { sci_award_level_3y_top5: 2 }, "eligible"],
      ["provincial award ranked top 5 only", { sci_award_level_3y_top5: 1 }, "not_eligible"],
      ["average R&D 1000万 over 2 years", { "rdExpense@y": 1000, "rdExpense@y-1": 1000 }, "eligible"],
      ["average R&D just below 1000万", { "rdExpense@y": 1000, "rdExpense@y-1": 999.98 }, "not_eligible"],
      ["equity 6000万 in 2 years", { "equityFinancing@y": 3000, "equityFinancing@y-1": 3000 }, "eligible"],
      ["创客中国 top 500", { maker_china_top500_3y: true }, "eligible"],
    ])("%s → %s", (_n, o, outcome) => expect(run({ ...low, ...o }).outcome).toBe(outcome));
  });

  it.each<[string, FactRecord, number]>([
    ["R&D amount 500万 → 10 (best of amount and share)", { "revenue@y": 50000, "mainRevenue@y": 40000 }, 10],
    ["R&D 499.99万 at 1% → 8", { "rdExpense@y": 499.99, "revenue@y": 50000, "mainRevenue@y": 40000 }, 8],
    ["R&D 100万 at 10% → 10 by share", { "rdExpense@y": 100, "revenue@y": 1000, "mainRevenue@y": 800 }, 10],
    ["R&D 100万 at 2.99% → 2 by amount", { "rdExpense@y": 100, "revenue@y": 3344.48, "mainRevenue@y": 2700 }, 2],
  ])("%s", (_n, o, points) => expect(run(o).points("rd_points")).toBe(points));

  it("marks the single-source rows uncertain", () => {
    const r = run({});
    expect(r.explanation.criteria.find((c) => c.id === "margin_points")?.uncertain).toBe(true);
    expect(r.explanation.criteria.find((c) => c.id === "main_share_points")?.uncertain).toBe(false);
  });
});
