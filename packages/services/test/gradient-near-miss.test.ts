import { evaluatePopulation, factTableFromRecords, type FactRecord } from "@parkpilot/core";
import { shipped } from "@parkpilot/rules/testing";
import { describe, expect, it } from "vitest";
import { nextRungTiers } from "../src/gradient/card/get-tier-card";
import { conditionsOf, rowSummarizer, type AssessmentSummary } from "../src/gradient/evaluate/assessment-summary";
import { TECH_SME_SCORING_70 } from "./gradient-fixtures";

const techSme = shipped("tech-sme@2017");

const BASE = TECH_SME_SCORING_70;

const summaries = (records: readonly FactRecord[]): AssessmentSummary[] => {
  const result = evaluatePopulation(techSme, factTableFromRecords(records.map((r) => ({ ...BASE, ...r }))), { date: "2025-06-01" });
  const summarize = rowSummarizer(result, conditionsOf(techSme));
  return records.map((_, i) => summarize(i));
};

describe("科技型中小企业: the size caps are ceilings (outgrown), not gaps", () => {
  it("marks the three caps of 第六条（二） as the rule set's ceilings", () => {
    expect(conditionsOf(techSme).ceilings).toEqual(["staff_cap", "revenue_cap", "assets_cap"]);
  });

  // [case, overrides, outcome, outgrown, near miss]
  it.each<[string, FactRecord, string, boolean, boolean]>([
    ["every cap met, score 70", {}, "eligible", false, false],
    ["sales exactly 2亿 (the cap holds at equality)", { "revenue@y": 20000, "rdExpense@y": 1200 }, "eligible", false, false],
    ["sales just above 2亿: outgrown, though 4 of 5 conditions hold", { "revenue@y": 20000.01, "rdExpense@y": 1200 }, "not_eligible", true, false],
    ["staff 501: outgrown", { "employees@y": 501, "stStaff@y": 151 }, "not_eligible", true, false],
    ["assets just above 2亿: outgrown", { "totalAssets@y": 20000.01 }, "not_eligible", true, false],
    ["sales unknown: undetermined, not outgrown", { "revenue@y": null }, "undetermined", false, false],
    // R&D 4% → 30 points: 50 of the 60 needed (≥ 80% of the mark), every cap met → a near miss.
    ["score 50 under every cap: a near miss", { "rdExpense@y": 200 }, "not_eligible", false, true],
    // The same score above a cap: two conditions fail and the tier is outgrown.
    ["score 50 above the sales cap: outgrown, not near", { "rdExpense@y": 1000, "revenue@y": 25000 }, "not_eligible", true, false],
    // R&D 2% → 10 points: 30 of 60 is far from the mark even with every cap met.
    ["score 30 under every cap: far, not near", { "rdExpense@y": 100 }, "not_eligible", false, false],
  ])("%s", (_name, overrides, outcome, outgrown, nearMiss) => {
    const [s] = summaries([overrides]);
    expect(s).toMatchObject({ outcome, outgrown, nearMiss });
  });
});

describe("the next rung up skips the tiers an enterprise has outgrown", () => {
  const entry = (tier: string, rung: number | null, flags: { recognised?: boolean; outgrown?: boolean } = {}) =>
    ({ tier, rung, recognised: flags.recognised ?? false, outgrown: flags.outgrown ?? false }) as Parameters<typeof nextRungTiers>[0][number];

  it.each<[string, Parameters<typeof nextRungTiers>[0], number, string[]]>([
    ["nothing held: the first rung", [entry("tech_sme", 1), entry("innovative_sme", 1), entry("specialized_sme", 2)], 0, ["tech_sme", "innovative_sme"]],
    ["one rung-1 tier outgrown: the other", [entry("tech_sme", 1, { outgrown: true }), entry("innovative_sme", 1), entry("specialized_sme", 2)], 0, ["innovative_sme"]],
    [
      "every SME rung outgrown: the rung above them",
      [entry("tech_sme", 1, { outgrown: true }), entry("innovative_sme", 1, { outgrown: true }), entry("specialized_sme", 2, { outgrown: true }), entry("little_giant", 3, { outgrown: true }), entry("single_champion", 4), entry("high_tech", null)],
      0,
      ["single_champion"],
    ],
    ["holds rung 2: rung 3", [entry("innovative_sme", 1, { recognised: true }), entry("specialized_sme", 2, { recognised: true }), entry("little_giant", 3), entry("single_champion", 4)], 2, ["little_giant"]],
    ["top of the ladder: nothing", [entry("single_champion", 4, { recognised: true }), entry("high_tech", null)], 4, []],
    ["tiers off the ladder are never next", [entry("high_tech", null), entry("gazelle", null)], 0, []],
  ])("%s", (_name, entries, currentRung, expected) => {
    expect(nextRungTiers(entries, currentRung)).toEqual(expected);
  });
});
