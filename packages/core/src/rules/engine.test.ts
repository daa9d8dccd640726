import { describe, expect, it } from "vitest";
import { compileRuleSet } from "./compile/compile-rule-set";
import { evaluatePopulation } from "./evaluate/evaluate-population";
import { factTableFromRecords, type FactRecord } from "./fact-records";
import { MINI } from "./test-support/mini-rule-set";

const compiled = compileRuleSet(MINI);
const ctx = { date: "2025-06-01" };

// A base enterprise that passes on the score alone: staff 30% → 20, R&D 6% → 50, no IP → 0; total 70.
const BASE: FactRecord = {
  "employees@y": 100,
  "stStaff@y": 30,
  "rdExpense@y": 60,
  "revenue@y": 1000,
  "totalCost@y": 900,
  "inventionPatents@y": 0,
  "otherClass1Ip@y": 0,
  "class2Ip@y": 0,
  on_dishonesty_list: false,
  "holds_title:high_tech_enterprise": false,
};

const run = (overrides: FactRecord) => {
  const result = evaluatePopulation(compiled, factTableFromRecords([{ ...BASE, ...overrides }]), ctx);
  return { result, explanation: result.explain(0) };
};

describe("three-valued outcome", () => {
  it.each<[string, FactRecord, string]>([
    ["passes on the score", {}, "eligible"],
    ["cap: equal passes", { "employees@y": 500, "stStaff@y": 150 }, "eligible"],
    ["cap: just above fails", { "employees@y": 501, "stStaff@y": 151 }, "not_eligible"],
    ["cap: missing is undetermined", { "employees@y": null }, "undetermined"],
    ["veto fires whatever else holds", { on_dishonesty_list: true, "holds_title:high_tech_enterprise": true }, "not_eligible"],
    ["veto unknown: undetermined, never eligible", { on_dishonesty_list: null }, "undetermined"],
    ["direct entry skips the score", { "stStaff@y": 0, "rdExpense@y": 0, "holds_title:high_tech_enterprise": true }, "eligible"],
  ])("%s", (_name, overrides, outcome) => {
    expect(run(overrides).result.status(0)).toBe(outcome);
  });
});

describe("score", () => {
  it.each<[string, FactRecord, number | undefined, string]>([
    ["S&T 30% → 20", {}, 70, "eligible"],
    ["S&T just below 30% → 16", { "stStaff@y": 29.99 }, 66, "eligible"],
    ["S&T just below 10% → 0 fails the group minimum", { "stStaff@y": 9.99, "inventionPatents@y": 1 }, 80, "not_eligible"],
    ["S&T exactly 10% → 4", { "stStaff@y": 10 }, 54, "not_eligible"],
    ["best-of takes the cost option when it scores more", { "rdExpense@y": 90, "revenue@y": 10000, "totalCost@y": 300 }, 70, "eligible"],
    ["best-of: the known option at full marks settles it", { "totalCost@y": null }, 70, "eligible"],
    ["table: one Class I → 30", { "inventionPatents@y": 1, "rdExpense@y": 0 }, 50, "not_eligible"],
    ["table: four Class II → 24", { "class2Ip@y": 4 }, 94, "eligible"],
  ])("%s", (_name, overrides, score, outcome) => {
    const { result } = run(overrides);
    expect(result.score(0)).toBe(score);
    expect(result.status(0)).toBe(outcome);
  });

  it("missing data gives an interval, and a pass once the known part settles it", () => {
    const { result } = run({ "class2Ip@y": null, "inventionPatents@y": null });
    expect(result.score(0)).toBeUndefined();
    expect(result.scoreRange(0)).toEqual({ min: 70, max: 100 });
    expect(result.status(0)).toBe("eligible");
  });

  it("missing data that could decide the score leaves it undetermined", () => {
    const { result, explanation } = run({ "rdExpense@y": null });
    expect(result.scoreRange(0)).toEqual({ min: 20, max: 70 });
    expect(result.status(0)).toBe("undetermined");
    expect(explanation.undeterminedReason).toBe("missing_data");
  });
});

describe("explanation", () => {
  it("agrees with the stored statuses and cites every criterion", () => {
    const { result, explanation } = run({ "employees@y": 600, "stStaff@y": 12 });
    expect(explanation.outcome).toBe(result.status(0));
    for (const id of result.criterionIds) {
      expect(explanation.criteria.find((c) => c.id === id)?.status).toBe(result.criterionStatus(0, id));
    }
    for (const c of explanation.criteria) expect(c.citation.number).not.toBe("?");
  });

  it("writes the gap list in zh and en", () => {
    const { explanation } = run({ "employees@y": 600, "stStaff@y": 60, "rdExpense@y": 21 });
    const texts = explanation.gaps.map((g) => g.text);
    expect(texts).toContainEqual({ zh: "职工总数600人，需不高于500人", en: "Total staff 600 persons, needs ≤500 persons" });
  });
});
