import { applyOverlay, compileRuleSet, type FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { parseOverlay } from "../load";
import { CLEAN, evaluateOne, shipped } from "../testing";

describe("制造业单项冠军 (工信部政法〔2023〕138号)", () => {
  const rs = shipped("single-champion@2023");
  const BASE: FactRecord = {
    ...CLEAN,
    niche_years: 10,
    new_product: false,
    "mainRevenue@y": 40000,
    "mainRevenue@y-1": 40000,
    "mainRevenue@y-2": 40000,
    market_rank_global: 3,
    champion_qualitative_review: true,
  };
  const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o });
  it.each<[string, FactRecord, string]>([
    ["every threshold met exactly", {}, "eligible"],
    ["just below 10 years in the field", { niche_years: 9.99 }, "not_eligible"],
    ["new product with 5 years", { niche_years: 5, new_product: true }, "eligible"],
    ["new product just below 5 years", { niche_years: 4.99, new_product: true }, "not_eligible"],
    ["3-year average main revenue just below 4亿", { "mainRevenue@y-2": 39999.9 }, "not_eligible"],
    ["global rank 4", { market_rank_global: 4 }, "not_eligible"],
    ["qualitative review pending", { champion_qualitative_review: null }, "undetermined"],
    ["no size limit: a large firm qualifies", { "employees@y": 50000 }, "eligible"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  it("marks the 4亿 threshold uncertain", () => {
    expect(run({ "mainRevenue@y-2": 1 }).explanation.gaps.find((g) => g.criterionId === "main_revenue")?.text.en).toMatch(/\(threshold unverified\)$/);
  });
});

describe("瞪羚 local default (GEI/黄埔) and its overlay", () => {
  const rs = shipped("gazelle@2017");
  // Base year 1000万, CAGR exactly 20%, growing last year; a high-tech enterprise.
  const BASE: FactRecord = {
    "holds_title:high_tech_enterprise": true,
    "revenue@y-3": 1000,
    "revenue@y-1": 1000 * 1.2 ** 2,
    "revenue@y": 1000 * 1.2 ** 3,
    founded_date: "2005-01-01",
  };
  const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o }, "2026-06-01");
  it.each<[string, FactRecord, string]>([
    ["growth route met exactly", {}, "eligible"],
    ["base revenue just below 1000万", { "revenue@y-3": 999.99 }, "not_eligible"],
    ["CAGR just below 20%", { "revenue@y": 1000 * 1.2 ** 3 - 1 }, "not_eligible"],
    ["no growth in the cut-off year", { "revenue@y-1": 1000 * 1.2 ** 3 }, "not_eligible"],
    ["not a high-tech enterprise", { "holds_title:high_tech_enterprise": false }, "not_eligible"],
    ["young firm: 5 years old at the end of the reference year with 5亿", { "revenue@y-3": 10, "revenue@y-1": 40000, "revenue@y": 50000, founded_date: "2020-12-31" }, "eligible"],
    ["young firm one day too old", { "revenue@y-3": 10, "revenue@y-1": 40000, "revenue@y": 50000, founded_date: "2020-12-30" }, "not_eligible"],
    ["ten-year firm with 10亿", { "revenue@y-3": 10, "revenue@y-1": 90000, "revenue@y": 100000, founded_date: "2015-12-31" }, "eligible"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  const overlay = parseOverlay(`
target: gazelle
jurisdiction: "370100"
name: { zh: 示例市, en: Example city }
documents:
  local: { number: 示例〔2025〕1号, title: 示例市瞪羚企业认定办法 }
source: { doc: local, article: 第五条 }
parameters:
  require_high_tech: { value: false }
  cagr_min: { value: 15, note: "Local rule: 15%." }
`);
  const local = compileRuleSet(applyOverlay(rs.def, overlay));

  it("an overlay replaces parameters and cites the local document", () => {
    const r = evaluateOne(local, { ...BASE, "holds_title:high_tech_enterprise": false, "revenue@y": 1000 * 1.15 ** 3, "revenue@y-1": 1000 * 1.15 ** 2 }, "2026-06-01");
    expect(r.outcome).toBe("eligible");
    expect(local.version).toBe("2017+370100");
    expect(local.def.scope).toBe("local");
    const cagr = r.explanation.criteria.find((c) => c.kind === "compare" && c.required?.value === 15);
    expect(cagr?.thresholdCitation).toMatchObject({ number: "示例〔2025〕1号", article: "第五条" });
    expect(r.explanation.criteria.some((c) => c.id === "high_tech_title")).toBe(false);
  });

  it("an overlay naming an undeclared parameter is refused", () => {
    expect(() => applyOverlay(rs.def, { ...overlay, parameters: { cagr: { value: 1 } } })).toThrow(/unknown parameter "cagr"/);
  });
});

describe("独角兽 local default (GEI)", () => {
  const rs = shipped("unicorn@2016");
  const BASE: FactRecord = { founded_date: "2016-06-01", valuation_usd_m: 1000, private_financing: true, listed: false };
  const run = (o: FactRecord) => evaluateOne(rs, { ...BASE, ...o }, "2026-06-01");
  it.each<[string, FactRecord, string]>([
    ["exactly 10 years old, US$1bn", {}, "eligible"],
    ["one day past 10 years", { founded_date: "2016-05-31" }, "not_eligible"],
    ["valuation just below US$1bn", { valuation_usd_m: 999.99 }, "not_eligible"],
    ["valuation unknown", { valuation_usd_m: null }, "undetermined"],
    ["listed", { listed: true }, "not_eligible"],
    ["no private financing", { private_financing: false }, "not_eligible"],
  ])("%s → %s", (_n, o, outcome) => expect(run(o).outcome).toBe(outcome));

  it("states the currency of the threshold", () => {
    const c = run({ valuation_usd_m: 500 }).explanation.gaps.find((g) => g.criterionId === "valuation");
    expect(c?.text.en).toBe("Latest post-money valuation (US$, FX of the valuation date) 500 US$ million, needs ≥1,000 US$ million");
  });
});

describe("领航企业: a designation, explained", () => {
  const rs = shipped("navigator@2021");
  it.each<[FactRecord, string]>([
    [{ "designated:navigator": true, "designated:navigator_basis": "省级链主企业名单（2025）" }, "eligible"],
    [{ "designated:navigator": false }, "not_eligible"],
    [{}, "undetermined"],
  ])("%j → %s", (record, outcome) => expect(evaluateOne(rs, record).outcome).toBe(outcome));

  it("shows the basis of the designation", () => {
    const c = evaluateOne(rs, { "designated:navigator": true, "designated:navigator_basis": "省级链主企业名单（2025）" }).explanation.criteria[0];
    expect(c?.observedText?.zh).toBe("是（省级链主企业名单（2025））");
  });

  it("without a designation: manual review with the reason", () => {
    const e = evaluateOne(rs, {}).explanation;
    expect(e.undeterminedReason).toBe("manual_review");
    expect(e.gaps[0]?.text.en).toMatch(/^Needs manual review: .*No national quantitative standard/);
  });
});
