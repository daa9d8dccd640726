import { evaluateRuleSets, factTableFromRecords, type FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { evaluateOne, shipped } from "../testing";

const rs = shipped("enterprise-size@2011");
const classify = (o: FactRecord) => {
  const r = evaluateOne(rs, o);
  return { class: r.explanation.classification?.id, possible: r.explanation.possibleClasses?.map((c) => c.id), explanation: r.explanation };
};
const industry = (staff: number | null, revenue: number | null): FactRecord => ({ industry_code: "C3911", "employees@y": staff, "revenue@y": revenue });

describe("中小企业划型 (工信部联企业〔2011〕300号 第四条)", () => {
  it.each<[string, FactRecord, string]>([
    ["工业 large at both bounds", industry(1000, 40000), "large"],
    ["工业 staff just below large", industry(999, 40000), "medium"],
    ["工业 revenue just below large", industry(1000, 39999.99), "medium"],
    ["工业 medium at both bounds", industry(300, 2000), "medium"],
    ["工业 staff just below medium", industry(299, 2000), "small"],
    ["工业 small at both bounds", industry(20, 300), "small"],
    ["工业 staff just below small", industry(19, 300), "micro"],
    ["工业 revenue just below small", industry(20, 299.99), "micro"],
    ["code without its section letter", { ...industry(1000, 40000), industry_code: "3911" }, "large"],
    ["建筑业 large", { industry_code: "E4811", "revenue@y": 80000, "totalAssets@y": 80000 }, "large"],
    ["建筑业 assets just below large", { industry_code: "E4811", "revenue@y": 80000, "totalAssets@y": 79999 }, "medium"],
    ["批发业 small", { industry_code: "F5123", "employees@y": 5, "revenue@y": 1000 }, "small"],
    ["零售业 micro", { industry_code: "F5211", "employees@y": 9, "revenue@y": 100 }, "micro"],
    ["交通运输 medium", { industry_code: "G5430", "employees@y": 300, "revenue@y": 3000 }, "medium"],
    ["软件 small at 10 staff and 50万", { industry_code: "I6513", "employees@y": 10, "revenue@y": 50 }, "small"],
    ["信息传输 large needs 2000 staff", { industry_code: "I6420", "employees@y": 1999, "revenue@y": 100000 }, "medium"],
    ["房地产开发 small needs assets 2000万", { industry_code: "K7010", "revenue@y": 100, "totalAssets@y": 1999 }, "micro"],
    ["物业管理 small", { industry_code: "K7020", "employees@y": 100, "revenue@y": 500 }, "small"],
    ["租赁和商务服务 reads assets, not revenue", { industry_code: "L7212", "employees@y": 300, "totalAssets@y": 120000 }, "large"],
    ["其他未列明行业 by staff only", { industry_code: "M7320", "employees@y": 100 }, "medium"],
    ["农业 by revenue only", { industry_code: "A0111", "revenue@y": 50 }, "small"],
  ])("%s → %s", (_n, o, expected) => expect(classify(o).class).toBe(expected));

  it.each<[string, FactRecord, string[]]>([
    ["industry code missing", { "employees@y": 10, "revenue@y": 10 }, ["large", "medium", "small", "micro"]],
    ["malformed code (letter and division disagree)", { ...industry(10, 10), industry_code: "B3911" }, ["large", "medium", "small", "micro"]],
    ["revenue missing, staff 500: not large", industry(500, null), ["medium", "small", "micro"]],
    ["rail transport (G53) is outside the standard", { industry_code: "G5320", "employees@y": 10, "revenue@y": 10 }, ["large", "medium", "small", "micro"]],
  ])("%s → undetermined among %j", (_n, o, possible) => {
    const r = classify(o);
    expect(r.class).toBeUndefined();
    expect(r.possible).toEqual(possible);
  });

  it("micro needs only one micro condition: revenue missing but staff below 20", () => {
    expect(classify(industry(19, null)).class).toBe("micro");
  });

  it("rail is manual review, not a guess", () => {
    const e = classify({ industry_code: "G5320", "employees@y": 10, "revenue@y": 10 }).explanation;
    expect([e.outcome, e.undeterminedReason]).toEqual(["undetermined", "manual_review"]);
  });

  it("exports is_sme where unknown, never over a supplied value", () => {
    const facts = factTableFromRecords([industry(1000, 40000), industry(500, null), industry(10, 10), { ...industry(10, 10), is_sme: false }, { industry_code: "C3911" }]);
    evaluateRuleSets([rs], facts, { date: "2025-06-01" });
    expect([0, 1, 2, 3, 4].map((i) => facts.getBoolean("is_sme", i))).toEqual([false, true, true, false, undefined]);
  });

  it("tiers that need SME status read the exported fact, even when listed before the size rule set", () => {
    const innovative = shipped("innovative-sme@2022");
    const facts = factTableFromRecords([industry(1000, 40000), industry(100, 5000)]);
    const [inno, size] = evaluateRuleSets([innovative, rs], facts, { date: "2025-06-01" });
    expect(size?.classification(0)).toBe("large");
    expect([inno?.criterionStatus(0, "sme"), inno?.criterionStatus(1, "sme")]).toEqual(["fail", "pass"]);
  });
});
