import { describe, expect, it } from "vitest";
import { compileRuleSet } from "../compile/compile-rule-set";
import { factTableFromRecords, type FactRecord } from "../fact-records";
import { MINI } from "../test-support/mini-rule-set";
import type { RuleSetDef } from "../types";
import { evaluatePopulation } from "./evaluate-population";
import { evaluateRuleSets } from "./evaluate-rule-sets";

const ctx = { date: "2025-06-01" };

/** A deterministic mixed population: some rows complete, some with holes, every outcome present. */
const population = (n: number): FactRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    "employees@y": i % 7 === 0 ? null : 50 + ((i * 37) % 600),
    "stStaff@y": (i * 13) % 60,
    "rdExpense@y": i % 11 === 0 ? null : (i * 17) % 90,
    "revenue@y": 1000,
    "totalCost@y": i % 5 === 0 ? null : 900,
    "inventionPatents@y": i % 3,
    "otherClass1Ip@y": 0,
    "class2Ip@y": i % 4,
    on_dishonesty_list: i % 13 === 0 ? null : i % 29 === 0,
    "holds_title:high_tech_enterprise": i % 17 === 0,
  }));

describe("evaluatePopulation", () => {
  const rs = compileRuleSet(MINI);
  const facts = factTableFromRecords(population(1003));

  it("gives the same results whatever the block size (blocks of 4 … whole table)", () => {
    const reference = evaluatePopulation(rs, facts, ctx, { blockSize: 1 << 20 });
    for (const blockSize of [4, 8, 100, 1000]) {
      const r = evaluatePopulation(rs, facts, ctx, { blockSize });
      for (let i = 0; i < facts.size; i++) {
        expect(r.status(i)).toBe(reference.status(i));
        expect(r.scoreRange(i)).toEqual(reference.scoreRange(i));
        for (const id of r.criterionIds) expect(r.criterionStatus(i, id)).toBe(reference.criterionStatus(i, id));
      }
    }
  });

  it("explains every enterprise consistently with the stored columns", () => {
    const r = evaluatePopulation(rs, facts, ctx);
    for (let i = 0; i < facts.size; i += 17) {
      const e = r.explain(i);
      expect(e.outcome).toBe(r.status(i));
      expect(e.scoreRange).toEqual(r.scoreRange(i));
      for (const id of r.criterionIds) expect(e.criteria.find((c) => c.id === id)?.status).toBe(r.criterionStatus(i, id));
    }
  });

  it("counts outcomes and reports its memory", () => {
    const r = evaluatePopulation(rs, facts, ctx);
    const c = r.counts();
    expect(c.eligible + c.not_eligible + c.undetermined).toBe(facts.size);
    expect(Math.min(c.eligible, c.not_eligible, c.undetermined)).toBeGreaterThan(0);
    // 1 byte of outcome + 16 of score interval + 2 bits per named criterion.
    expect(r.byteLength).toBe(1003 * 17 + Math.ceil(1003 / 4) * r.criterionIds.length);
  });

  it("handles an empty population", () => {
    expect(evaluatePopulation(rs, factTableFromRecords([]), ctx).counts()).toEqual({ eligible: 0, not_eligible: 0, undetermined: 0 });
  });

  it("rejects an unknown criterion id and an out-of-range row", () => {
    const r = evaluatePopulation(rs, facts, ctx);
    expect(() => r.criterionStatus(0, "nope")).toThrow(/no criterion "nope"/);
    expect(() => r.status(facts.size)).toThrow(RangeError);
  });
});

describe("constructs", () => {
  const base: RuleSetDef = {
    id: "constructs",
    version: "1",
    title: { zh: "构造", en: "Constructs" },
    kind: "eligibility",
    scope: "national",
    effective_from: "2020-01-01",
    documents: { d: { number: "D1", title: "Doc" } },
    source: { doc: "d", article: "1" },
    parameters: {
      on: { label: { zh: "开关", en: "Switch" }, value: false, source: { doc: "d", article: "2" } },
      min: { label: { zh: "下限", en: "Minimum" }, value: 5, source: { doc: "d", article: "3" }, uncertain: true, note: "one source" },
    },
    inputs: {
      sector: { gbt4754: { of: "industry_code", map: { industry: ["C"] }, default: "other" } },
      code: { fact: "industry_code" },
      sales: { fact: "revenue@y", label: { zh: "销售收入", en: "Sales" } },
      score: { fact: "hte_innovation_score" },
      listed: { fact: "listed" },
      growth: { growth: ["revenue@y", "revenue@y-1"], label: { zh: "增长率", en: "Growth" } },
    },
    eligible_when: {
      all: [
        { id: "in_c", in: ["code", ["C3911", "C2614"]] },
        { id: "by_sector", switch: { on: "sector", cases: { industry: { compare: ["sales", ">=", 100] }, other: { compare: ["sales", ">=", 500] } } } },
        { id: "expert", compare: ["score", ">", 70], if_missing: { manual: { zh: "专家评分", en: "Expert score" } } },
        { id: "not_listed", not: { flag: "listed" } },
        { id: "growth_min", compare: ["growth", ">=", { param: "min" }] },
        { id: "switched_off", flag: "listed", enabled_by: "on" },
      ],
    },
  };
  const rs = compileRuleSet(base);
  const run = (r: FactRecord) => evaluatePopulation(rs, factTableFromRecords([r]), ctx).explain(0);
  const ok: FactRecord = { industry_code: "C3911", "revenue@y": 105, "revenue@y-1": 100, hte_innovation_score: 71, listed: false };

  it.each<[string, FactRecord, string, string | undefined]>([
    ["all met", {}, "eligible", undefined],
    ["category not listed", { industry_code: "C3841" }, "not_eligible", undefined],
    ["switch: other industries need 500", { industry_code: "M7320" }, "not_eligible", undefined],
    ["switch: industry unknown", { industry_code: null }, "undetermined", "missing_data"],
    ["missing expert score: manual review", { hte_innovation_score: null }, "undetermined", "manual_review"],
    ["not: listed", { listed: true }, "not_eligible", undefined],
    ["growth from a parameter, just below 5%", { "revenue@y": 104.99 }, "not_eligible", undefined],
    ["growth base zero is unknown, not infinite", { "revenue@y-1": 0 }, "undetermined", "missing_data"],
  ])("%s → %s", (_n, o, outcome, reason) => {
    const e = run({ ...ok, ...o });
    expect([e.outcome, e.undeterminedReason]).toEqual([outcome, reason]);
  });

  it("drops a criterion switched off by a parameter", () => {
    expect(run(ok).criteria.some((c) => c.id === "switched_off")).toBe(false);
  });

  it("shows only the case that applies, and the parameter's citation and doubt", () => {
    const e = run({ ...ok, "revenue@y": 104 });
    expect(e.criteria.filter((c) => c.parentId === "by_sector").map((c) => c.id)).toEqual(["by_sector.industry"]);
    const growth = e.criteria.find((c) => c.id === "growth_min");
    expect(growth?.thresholdCitation).toEqual({ number: "D1", title: "Doc", article: "3" });
    expect(growth?.uncertain).toBe(true);
    expect(e.gaps.find((g) => g.criterionId === "growth_min")?.text).toEqual({ zh: "增长率4%，需达到5%（标准待核实）", en: "Growth 4%, needs ≥5% (threshold unverified)" });
  });

  it("lists category gaps with the allowed values", () => {
    expect(run({ ...ok, industry_code: "C3841" }).gaps[0]?.text.en).toBe("Industry code (GB/T 4754-2017): C3841, needs one of C3911, C2614");
  });

  it("evaluateRuleSets keeps the order given", () => {
    const facts = factTableFromRecords([ok]);
    const other = compileRuleSet(MINI);
    expect(evaluateRuleSets([rs, other], facts, ctx).map((r) => r.ruleSet.id)).toEqual(["constructs", "mini"]);
  });
});
