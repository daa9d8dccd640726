import { describe, expect, it } from "vitest";
import { MINI } from "../test-support/mini-rule-set";
import type { NodeDef, RuleSetDef } from "../types";
import { compileRuleSet, validateRuleSet } from "./compile-rule-set";
import { RuleSetError } from "./problems";

const withCriterion = (node: NodeDef, extra: Partial<RuleSetDef> = {}): RuleSetDef => ({
  ...MINI,
  ...extra,
  eligible_when: { all: [node, ...(MINI.eligible_when && "all" in MINI.eligible_when ? MINI.eligible_when.all : [])] },
});

describe("validateRuleSet", () => {
  it("accepts the mini rule set", () => expect(validateRuleSet(MINI)).toEqual([]));

  it.each<[string, RuleSetDef, string, RegExp]>([
    ["unknown input", withCriterion({ compare: ["staf", ">=", 1] }), "eligible_when.all.0.compare.0", /unknown input "staf"/],
    ["input of the wrong type", withCriterion({ flag: "staff" }), "eligible_when.all.0.flag", /is a number, expected a boolean/],
    ["unknown document", withCriterion({ flag: "high_tech", source: { doc: "nope", article: "1" } }), "eligible_when.all.0.source", /unknown document "nope"/],
    ["unknown parameter", withCriterion({ compare: ["staff", ">=", { param: "p" }] }), "eligible_when.all.0.compare.2.param", /unknown parameter "p"/],
    ["duplicate id", withCriterion({ id: "staff_cap", flag: "high_tech" }), "eligible_when.all.1.id", /duplicate id "staff_cap"/],
    ["flag expecting false without a label", withCriterion({ flag: "high_tech", expect: false }), "eligible_when.all.0.label", /needs its own label/],
    ["effective_to before effective_from", { ...MINI, effective_to: "2017-01-01" }, "effective_to", /must be after/],
    ["unknown fact", { ...MINI, inputs: { ...MINI.inputs, x: { fact: "revenue@y-9" } } }, "inputs.x.fact", /unknown fact/],
    ["declared input never read", { ...MINI, inputs: { ...MINI.inputs, x: { fact: "revenue@y-1" } } }, "inputs.x", /never read/],
    ["wrong declared unit", { ...MINI, inputs: { ...MINI.inputs, staff: { fact: "employees@y", unit: "percent" } } }, "inputs.staff.unit", /declared unit percent/],
    ["self-referencing input", { ...MINI, inputs: { ...MINI.inputs, staff: { sum: ["staff"] } } }, "inputs.staff.sum.0", /depends on itself/],
    ["unordered bands", { ...MINI, eligible_when: { score: { pass: [">=", 1], groups: [{ id: "g", label: { zh: "g", en: "g" }, items: [{ id: "i", label: { zh: "i", en: "i" }, bands: { input: "st_ratio", at_least: [[10, 1], [20, 2]], else: 0 } }] }] } } }, "eligible_when.score.groups.0.items.0.bands.at_least.1", /strictly descending/],
    ["unreachable pass mark", { ...MINI, eligible_when: { score: { pass: [">=", 99], groups: [{ id: "g", label: { zh: "g", en: "g" }, items: [{ id: "i", label: { zh: "i", en: "i" }, bands: { input: "st_ratio", at_least: [[10, 5]], else: 0 } }] }] } } }, "eligible_when.score.pass", /out of reach/],
    ["a ceiling below the top level", withCriterion({ any: [{ id: "deep_cap", compare: ["staff", "<=", 500], ceiling: true }, { flag: "high_tech" }] }), "eligible_when.all.0.any.0.ceiling", /top-level condition of eligible_when/],
    ["a ceiling without an id", withCriterion({ compare: ["staff", "<=", 500], ceiling: true }), "eligible_when.all.0.ceiling", /needs an id/],
    ["a ceiling on a veto", { ...MINI, vetoes: [{ id: "v", flag: "high_tech", ceiling: true }] }, "vetoes.0.ceiling", /top-level condition of eligible_when/],
  ])("reports %s at its path", (_n, def, path, message) => {
    const problems = validateRuleSet(def);
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it("accepts a named top-level ceiling and keeps the mark on the compiled condition", () => {
    const def = withCriterion({ id: "staff_ceiling", compare: ["staff", "<=", 500], ceiling: true });
    expect(validateRuleSet(def)).toEqual([]);
    const root = compileRuleSet(def).eligibleWhen;
    const top = root && root.kind === "all" ? root.children : [];
    expect(top.find((c) => c.id === "staff_ceiling")?.ceiling).toBe(true);
    expect(top.filter((c) => c.ceiling)).toHaveLength(1);
  });

  it("compileRuleSet throws a RuleSetError listing every problem", () => {
    const def = withCriterion({ all: [{ compare: ["a", ">=", 1] }, { compare: ["b", ">=", 1] }] });
    let error: unknown;
    try {
      compileRuleSet(def);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).problems.length).toBeGreaterThanOrEqual(2);
    expect((error as RuleSetError).message).toMatch(/mini@1 has \d+ problem/);
  });

  it("lists the facts a rule set reads", () => {
    expect(compileRuleSet(MINI).reads).toEqual([
      "class2Ip@y",
      "employees@y",
      "holds_title:high_tech_enterprise",
      "inventionPatents@y",
      "on_dishonesty_list",
      "otherClass1Ip@y",
      "rdExpense@y",
      "revenue@y",
      "stStaff@y",
      "totalCost@y",
    ]);
  });
});
