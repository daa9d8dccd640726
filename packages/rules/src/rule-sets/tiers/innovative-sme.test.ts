import type { FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { CLEAN, evaluateOne, shipped } from "../testing";

const rs = shipped("innovative-sme@2022");

// Score 70 with every group above its minimum: IP 10 + R&D 15 (innovation 25), growth 10 + debt 10
// (20), field 5 + main share 20 (25). No direct route.
const BASE: FactRecord = {
  ...CLEAN,
  is_sme: true,
  ip_class1_high_value: 0,
  ip_class1_self_developed: 0,
  "inventionPatents@y": 1,
  "otherClass1Ip@y": 0,
  "class2Ip@y": 0,
  "rdExpense@y": 30,
  "revenue@y": 1000,
  "mainRevenue@y": 800,
  "mainRevenue@y-1": 740,
  "totalLiabilities@y": 500,
  "totalAssets@y": 1000,
  lead_product_strategic_emerging: false,
  sci_award_level_3y: 0,
  "holds_title:high_tech_enterprise": false,
  "holds_title:tech_innovation_demo": false,
  "holds_title:ip_advantage": false,
  rd_institution_level: 0,
  "equityFinancing@y": 0,
  "equityFinancing@y-1": 0,
  "equityFinancing@y-2": 0,
};
const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o });

describe("创新型中小企业 (工信部企业〔2022〕63号 附件1)", () => {
  it("base case: 70 points, eligible", () => {
    const r = run({});
    expect([r.score, r.outcome]).toEqual([70, "eligible"]);
  });

  it.each<[string, FactRecord, string]>([
    ["not an SME", { is_sme: false }, "not_eligible"],
    ["SME status unknown", { is_sme: null }, "undetermined"],
    ["dishonesty list", { on_dishonesty_list: true, "holds_title:high_tech_enterprise": true }, "not_eligible"],
    ["major incident in 3 years", { major_incident_3y: true }, "not_eligible"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  describe("direct entry (附件1 一)", () => {
    // A failing score: no IP, no R&D, no growth.
    const weak: FactRecord = { "inventionPatents@y": 0, "rdExpense@y": 0, "mainRevenue@y-1": 900 };
    it.each<[string, FactRecord, string]>([
      ["none", {}, "not_eligible"],
      ["provincial S&T award in 3 years", { sci_award_level_3y: 1 }, "eligible"],
      ["high-tech enterprise", { "holds_title:high_tech_enterprise": true }, "eligible"],
      ["technology-innovation demonstration", { "holds_title:tech_innovation_demo": true }, "eligible"],
      ["IP advantage enterprise", { "holds_title:ip_advantage": true }, "eligible"],
      ["provincial R&D institution", { rd_institution_level: 3 }, "eligible"],
      ["municipal R&D institution", { rd_institution_level: 2 }, "not_eligible"],
      ["equity 500万 in 3 years", { "equityFinancing@y": 200, "equityFinancing@y-1": 200, "equityFinancing@y-2": 100 }, "eligible"],
      ["equity just below 500万", { "equityFinancing@y": 200, "equityFinancing@y-1": 200, "equityFinancing@y-2": 99.99 }, "not_eligible"],
      ["equity of one year missing", { "equityFinancing@y-2": null }, "undetermined"],
    ])("%s → %s", (_n, o, outcome) => expect(run({ ...weak, ...o }).outcome).toBe(outcome));
  });

  describe("bands", () => {
    it.each<[string, FactRecord, number]>([
      ["high-value Class I", { ip_class1_high_value: 1 }, 20],
      ["self-developed Class I", { ip_class1_self_developed: 1 }, 15],
      ["Class I", {}, 10],
      ["Class II only", { "inventionPatents@y": 0, "class2Ip@y": 1 }, 5],
      ["none", { "inventionPatents@y": 0 }, 0],
    ])("IP: %s → %s", (_n, o, p) => expect(run(o).points("ip_points")).toBe(p));

    it.each<[number, number]>([
      [5, 20],
      [4.99, 15],
      [3, 15],
      [2.99, 10],
      [2, 10],
      [1.99, 5],
      [1, 5],
      [0.99, 0],
    ])("R&D %s%% → %s", (pct, p) => expect(run({ "rdExpense@y": pct * 10 }).points("rd_points")).toBe(p));

    it.each<[number, number]>([
      [15, 20],
      [14.99, 15],
      [10, 15],
      [9.99, 10],
      [5, 10],
      [4.99, 5],
      [0, 5],
      [-0.01, 0],
    ])("main-revenue growth %s%% → %s", (pct, p) => expect(run({ "mainRevenue@y-1": 1000, "mainRevenue@y": 1000 * (1 + pct / 100) }).points("growth_points")).toBe(p));

    it.each<[number, number]>([
      [55, 10],
      [55.01, 5],
      [75, 5],
      [75.01, 0],
    ])("debt ratio %s%% → %s", (pct, p) => expect(run({ "totalLiabilities@y": pct * 10 }).points("debt_points")).toBe(p));

    it.each<[boolean | null, number | undefined]>([
      [true, 10],
      [false, 5],
      [null, undefined],
    ])("strategic emerging lead product %s → %s", (v, p) => expect(run({ lead_product_strategic_emerging: v }).points("field_points")).toBe(p));

    it.each<[number, number]>([
      [70, 20],
      [69.99, 15],
      [60, 15],
      [59.99, 10],
      [55, 10],
      [54.99, 5],
      [50, 5],
      [49.99, 0],
    ])("main-business share %s%% → %s", (pct, p) => expect(run({ "mainRevenue@y": pct * 10, "mainRevenue@y-1": pct * 10 }).points("main_share_points")).toBe(p));
  });

  describe("group minimums", () => {
    it.each<[string, FactRecord, string, string]>([
      // Innovation 20 exactly (IP 5 + R&D 15): passes its minimum.
      ["innovation exactly 20", { "inventionPatents@y": 0, "class2Ip@y": 1 }, "innovation", "pass"],
      // Innovation 15 (IP 0 + R&D 15): the minimum fails.
      ["innovation 15", { "inventionPatents@y": 0 }, "innovation", "fail"],
      // Growth 15 (growth 5 + debt 10).
      ["growth exactly 15", { "mainRevenue@y-1": 790 }, "growth", "pass"],
      ["growth 10", { "mainRevenue@y-1": 790, "totalLiabilities@y": 600 }, "growth", "fail"],
      ["specialisation missing field data", { lead_product_strategic_emerging: null }, "specialisation", "pass"],
    ])("%s → %s %s", (_n, o, group, status) => expect(run(o).status(group)).toBe(status));

    it("a total of 60 with innovation at 15 is not eligible", () => {
      // IP 0 + R&D 15, growth 25% → 20 + debt 80% → 0, field 5 + share 20.
      const r = run({ "inventionPatents@y": 0, "mainRevenue@y-1": 640, "totalLiabilities@y": 800 });
      expect([r.score, r.outcome]).toEqual([60, "not_eligible"]);
      expect(r.explanation.gaps.map((g) => g.text.zh)).toContain("创新能力15分，需达到20分");
    });
  });
});
