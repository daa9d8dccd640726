import { describe, expect, it } from "vitest";
import { loadEvaluationPolicies, parseLandRuleSet, validatePolicy } from "./evaluation-files";
import { ZWarningRule } from "./evaluation-warnings";

describe("evaluation policy files", () => {
  const policies = loadEvaluationPolicies();

  it("load, validate and cross-check every shipped file", () => {
    expect(policies.catalogue.indicators.length).toBeGreaterThan(30);
    expect(policies.landRuleSets.map((r) => r.id).sort()).toEqual(["jiangsu-huaian-per-mu", "sichuan-per-mu", "zhejiang-huangyan-per-mu"]);
    expect(policies.warningRules.map((r) => r.kind).sort()).toEqual([
      "electricity_output_divergence",
      "leading_industry_shrinking",
      "non_reporting",
      "park_output_decline",
      "revenue_decline_streak",
    ]);
  });

  it("ship the Huangyan weights 30/20/20/10/10/10 and Huai'an bands 20/40/35/5", () => {
    const zj = policies.landRuleSets.find((r) => r.id === "zhejiang-huangyan-per-mu");
    expect(zj?.methods.find((m) => m.applies_to === "above")?.items.map((i) => i.weight)).toEqual([30, 20, 20, 10, 10, 10]);
    expect(zj?.documents.huangyan?.number).toBe("黄政发〔2018〕12号");
    const js = policies.landRuleSets.find((r) => r.id === "jiangsu-huaian-per-mu");
    expect(js?.methods[0]?.items.map((i) => i.weight)).toEqual([45, 35, 20]);
    expect(js?.classes.bands.map((b) => b.share)).toEqual([0.2, 0.4, 0.35, 0.05]);
  });

  it("cover all 7 dimensions and 19 orientations in the scorecard", () => {
    const s = policies.scorecards[0]!;
    expect(s.dimensions).toHaveLength(7);
    expect(s.dimensions.flatMap((d) => d.orientations.map((o) => o.number)).sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it("reject a rule set citing an undeclared document, naming the problem", () => {
    const zj = structuredClone(policies.landRuleSets[0]!) as unknown as { source: { doc: string } };
    zj.source.doc = "nowhere";
    expect(() => parseLandRuleSet(zj, policies.indicators, policies.energy)).toThrow(/undeclared documents nowhere/);
  });

  it("reject a rule set whose item names an unknown indicator or whose bands do not add up", () => {
    const bad = structuredClone(policies.landRuleSets[0]!) as unknown as { methods: { items: { indicator: string }[] }[]; classes: { bands: { share: number }[] } };
    bad.methods[0]!.items[0]!.indicator = "made_up";
    bad.classes.bands[0]!.share = 0.5;
    expect(() => parseLandRuleSet(bad, policies.indicators, policies.energy)).toThrow(/made_up.*not in the catalogue.*add up to 1/);
  });

  it("reject a critical line that is not past the alert line", () => {
    const rule = structuredClone(policies.warningRules.find((r) => r.kind === "park_output_decline")!) as unknown as { params: { below: { value: number }; critical_below?: { value: number } } };
    rule.params.critical_below = { value: rule.params.below.value };
    expect(() => validatePolicy(ZWarningRule, rule, "w.yaml")).toThrow(/w\.yaml[\s\S]*critical_below must be lower than below/);
  });

  it("reject a misspelt key (strict objects)", () => {
    const rule = structuredClone(policies.warningRules[0]!) as unknown as Record<string, unknown>;
    rule.severty = "critical";
    expect(() => validatePolicy(ZWarningRule, rule, "w.yaml")).toThrow(/w\.yaml/);
  });
});
