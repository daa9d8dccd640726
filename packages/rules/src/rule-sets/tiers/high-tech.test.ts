import type { FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { CLEAN, evaluateOne, shipped } from "../testing";

const rs = shipped("high-tech@2016");
const DATE = "2026-06-01";
// Three years of sales 5000万 (≤ 5000万 band: R&D ≥ 5%), R&D exactly 5%.
const BASE: FactRecord = {
  ...CLEAN,
  founded_date: "2025-06-01",
  "inventionPatents@y": 1,
  "otherClass1Ip@y": 0,
  "class2Ip@y": 0,
  hte_field_match: true,
  "stStaff@y": 10,
  "employees@y": 100,
  "revenue@y": 5000,
  "revenue@y-1": 5000,
  "revenue@y-2": 5000,
  "rdExpense@y": 250,
  "rdExpense@y-1": 250,
  "rdExpense@y-2": 250,
  rd_domestic_share_pct: 60,
  "highTechRevenue@y": 3000,
  hte_innovation_score: 70.01,
};
const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o }, DATE);

describe("高新技术企业 (国科发火〔2016〕32号 第十一条)", () => {
  it.each<[string, FactRecord, string]>([
    ["every threshold met exactly", {}, "eligible"],
    ["H1 registered one day short of a year", { founded_date: "2025-06-02" }, "not_eligible"],
    ["H1 founding date missing", { founded_date: null }, "undetermined"],
    ["H2 no IP", { "inventionPatents@y": 0 }, "not_eligible"],
    ["H2 Class II counts", { "inventionPatents@y": 0, "class2Ip@y": 1 }, "eligible"],
    ["H4 S&T staff just below 10%", { "stStaff@y": 9.99 }, "not_eligible"],
    ["H5 R&D just below 5% in the ≤5000万 band", { "rdExpense@y-2": 249.5 }, "not_eligible"],
    ["H5 sales just above 5000万: 4% suffices", { "revenue@y": 5000.01, "rdExpense@y": 200, "rdExpense@y-1": 200, "rdExpense@y-2": 200.01, "highTechRevenue@y": 3001 }, "eligible"],
    ["H5 sales 2亿: still 4%", { "revenue@y": 20000, "revenue@y-1": 20000, "revenue@y-2": 20000, "rdExpense@y": 799, "rdExpense@y-1": 800, "rdExpense@y-2": 800, "highTechRevenue@y": 12000 }, "not_eligible"],
    ["H5 sales above 2亿: 3% suffices", { "revenue@y": 20000.01, "revenue@y-1": 20000, "revenue@y-2": 20000, "rdExpense@y": 600, "rdExpense@y-1": 600, "rdExpense@y-2": 600.01, "highTechRevenue@y": 12001 }, "eligible"],
    ["H5 one year missing", { "rdExpense@y-2": null }, "undetermined"],
    ["H5b R&D in China just below 60%", { rd_domestic_share_pct: 59.99 }, "not_eligible"],
    ["H6 high-tech revenue just below 60%", { "highTechRevenue@y": 2999.9 }, "not_eligible"],
    ["H7 score exactly 70 fails (strictly greater)", { hte_innovation_score: 70 }, "not_eligible"],
    ["H8 major incident last year", { major_incident_1y: true }, "not_eligible"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  it.each<[string, FactRecord]>([
    ["H3 field match not yet reviewed", { hte_field_match: null }],
    ["H7 expert score not yet given", { hte_innovation_score: null }],
  ])("%s → manual review, never a guess", (_n, o) => {
    const r = run(o);
    expect([r.outcome, r.explanation.undeterminedReason]).toEqual(["undetermined", "manual_review"]);
    expect(r.explanation.gaps[0]?.kind).toBe("manual_review");
  });

  it("shows the R&D requirement of the sales band that applied", () => {
    const c = run({ "revenue@y": 10000 }).explanation.criteria.find((x) => x.id === "h5_rd_ratio");
    expect(c?.required).toEqual({ op: ">=", value: 4 });
    expect(c?.requiredText).toEqual({ zh: "达到4%", en: "≥4%" });
  });
});
