import type { FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { CLEAN, evaluateOne, shipped } from "../testing";

const rs = shipped("tech-sme@2017");

// Passes on the score alone: S&T 30% → 20, R&D 24% of revenue → 50, no IP → 0; total 70.
const BASE: FactRecord = {
  ...CLEAN,
  "employees@y": 100,
  "stStaff@y": 30,
  "revenue@y": 5000,
  "totalAssets@y": 5000,
  "rdExpense@y": 1200,
  "totalCost@y": 4000,
  "inventionPatents@y": 0,
  "otherClass1Ip@y": 0,
  "class2Ip@y": 0,
  "holds_title:high_tech_enterprise": false,
  sci_award_level_5y_top3: 0,
  rd_institution_level: 0,
  led_standard_5y: false,
};
const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o });

describe("科技型中小企业 basic conditions (国科发政〔2017〕115号 第六条)", () => {
  it.each<[string, FactRecord, string]>([
    ["base case passes on its score", {}, "eligible"],
    ["staff equal to 500", { "employees@y": 500, "stStaff@y": 150 }, "eligible"],
    ["staff just above 500", { "employees@y": 501, "stStaff@y": 151 }, "not_eligible"],
    ["staff missing", { "employees@y": null }, "undetermined"],
    ["sales equal to 2亿", { "revenue@y": 20000 }, "eligible"],
    ["sales just above 2亿", { "revenue@y": 20000.01 }, "not_eligible"],
    ["sales missing", { "revenue@y": null }, "undetermined"],
    ["assets equal to 2亿", { "totalAssets@y": 20000 }, "eligible"],
    ["assets just above 2亿", { "totalAssets@y": 20000.01 }, "not_eligible"],
    ["assets missing", { "totalAssets@y": null }, "undetermined"],
    ["not a resident enterprise", { registered_legal_person_cn: false }, "not_eligible"],
    ["residence unknown", { registered_legal_person_cn: null }, "undetermined"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));
});

describe("vetoes", () => {
  it.each<[string, FactRecord, string]>([
    ["serious-dishonesty list", { on_dishonesty_list: true, "holds_title:high_tech_enterprise": true }, "not_eligible"],
    ["abnormal-operation list", { on_abnormal_operation_list: true }, "not_eligible"],
    ["major incident this or last year", { major_incident_2y: true }, "not_eligible"],
    ["prohibited products", { prohibited_products: true }, "not_eligible"],
    ["dishonesty unknown", { on_dishonesty_list: null }, "undetermined"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  it("names the veto in the gap list", () => {
    expect(run({ on_dishonesty_list: true }).explanation.gaps.map((g) => g.text)).toContainEqual({
      zh: "否决：列入严重失信主体名单",
      en: "Veto: On the serious-dishonesty list",
    });
  });
});

describe("direct confirmation D1–D4 (第八条) skips the score", () => {
  // S&T staff 0 and no R&D: the score route fails (S&T indicator 0), only a direct path can pass.
  const weak: FactRecord = { "stStaff@y": 0, "rdExpense@y": 0 };
  it.each<[string, FactRecord, string]>([
    ["no direct path", {}, "not_eligible"],
    ["D1 valid high-tech certificate", { "holds_title:high_tech_enterprise": true }, "eligible"],
    ["D2 national award top 3 in 5 years", { sci_award_level_5y_top3: 2 }, "eligible"],
    ["D2 provincial award only", { sci_award_level_5y_top3: 1 }, "not_eligible"],
    ["D3 provincial R&D institution", { rd_institution_level: 3 }, "eligible"],
    ["D3 municipal R&D institution", { rd_institution_level: 2 }, "not_eligible"],
    ["D4 led a standard", { led_standard_5y: true }, "eligible"],
    ["direct paths unknown", { "holds_title:high_tech_enterprise": null }, "undetermined"],
  ])("%s → %s", (_n, o, outcome) => expect(run({ ...weak, ...o }).outcome).toBe(outcome));
});

describe("score (第七条)", () => {
  it.each<[number, number]>([
    [30, 20],
    [29.99, 16],
    [25, 16],
    [24.99, 12],
    [20, 12],
    [19.99, 8],
    [15, 8],
    [14.99, 4],
    [10, 4],
    [9.99, 0],
  ])("S&T staff %s%% → %s points", (pct, points) => expect(run({ "stStaff@y": pct }).points("st_staff_points")).toBe(points));

  it.each<[number, number]>([
    [6, 50],
    [5.99, 40],
    [5, 40],
    [4.99, 30],
    [4, 30],
    [3.99, 20],
    [3, 20],
    [2.99, 10],
    [2, 10],
    [1.99, 0],
  ])("R&D / sales %s%% → %s points", (pct, points) => expect(run({ "rdExpense@y": pct * 50, "totalCost@y": 1e9 }).points("rd_revenue_points")).toBe(points));

  it.each<[number, number]>([
    [30, 50],
    [29.99, 40],
    [25, 40],
    [20, 30],
    [15, 20],
    [10, 10],
    [9.99, 0],
  ])("R&D / total cost %s%% → %s points", (pct, points) => expect(run({ "rdExpense@y": pct * 40 }).points("rd_cost_points")).toBe(points));

  it.each<[string, FactRecord, number]>([
    ["one Class I", { "inventionPatents@y": 1 }, 30],
    ["one other Class I", { "otherClass1Ip@y": 1 }, 30],
    ["four Class II", { "class2Ip@y": 4 }, 24],
    ["three Class II", { "class2Ip@y": 3 }, 18],
    ["two Class II", { "class2Ip@y": 2 }, 12],
    ["one Class II", { "class2Ip@y": 1 }, 6],
    ["none", {}, 0],
  ])("IP: %s → %s points", (_n, o, points) => expect(run(o).points("ip_points")).toBe(points));

  it("best of the two R&D options: the cost option when sales make the ratio low", () => {
    const r = run({ "rdExpense@y": 100, "revenue@y": 10000, "totalCost@y": 400 });
    expect([r.points("rd_revenue_points"), r.points("rd_cost_points"), r.points("rd_points")]).toEqual([0, 40, 40]);
  });

  it.each<[string, FactRecord, number, string]>([
    ["exactly 60: S&T 20 + R&D 40", { "rdExpense@y": 250, "totalCost@y": 1e9 }, 60, "eligible"],
    ["56: S&T 16 + R&D 40", { "stStaff@y": 29, "rdExpense@y": 250, "totalCost@y": 1e9 }, 56, "not_eligible"],
    ["80 with S&T indicator 0 fails its minimum", { "stStaff@y": 9, "inventionPatents@y": 1 }, 80, "not_eligible"],
  ])("%s", (_n, o, score, outcome) => {
    const r = run(o);
    expect([r.score, r.outcome]).toEqual([score, outcome]);
  });

  it("missing IP data leaves an interval; the known 70 already passes", () => {
    const r = run({ "class2Ip@y": null, "inventionPatents@y": null });
    expect(r.score).toBeUndefined();
    expect(r.explanation.scoreRange).toEqual({ min: 70, max: 100 });
    expect(r.outcome).toBe("eligible");
  });

  it("missing S&T data leaves the S&T minimum and the outcome undetermined", () => {
    const r = run({ "stStaff@y": null });
    expect([r.status("st_staff"), r.outcome]).toEqual(["unknown", "undetermined"]);
    expect(r.explanation.gaps.map((g) => g.text.en)).toContain("S&T staff ratio: data missing");
  });

  it("gap text names the band to reach", () => {
    const r = run({ "stStaff@y": 12, "rdExpense@y": 105, "totalCost@y": 1e9 });
    expect(r.explanation.gaps.map((g) => g.text)).toContainEqual({
      zh: "科技人员占职工总数比例12%，得4分（满分20分）；达到15%可得8分",
      en: "S&T staff ratio 12% scores 4 of 20 points; ≥15% scores 8",
    });
    expect(r.explanation.gaps.map((g) => g.text.zh)).toContain("综合评价得分14分，需达到60分");
  });
});
