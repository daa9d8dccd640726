import { evaluatePopulation, factTableFromRecords, type FactRecord } from "@parkpilot/core";
import { shipped } from "@parkpilot/rules/testing";
import { describe, expect, it } from "vitest";
import { conditionsOf, rowSummarizer } from "../src/gradient/evaluate/assessment-summary";
import { readStoredExplanation, storedExplanationWriter } from "../src/gradient/evaluate/stored-explanation";
import { TECH_SME_SCORING_70 } from "./gradient-fixtures";

const techSme = shipped("tech-sme@2017");
const size = shipped("enterprise-size@2011");

const BASE = TECH_SME_SCORING_70;

/** What a tier run stores for each record (the COPY field is plain JSON here: no escapes needed), read back. */
const roundTrip = (rs: typeof techSme, records: readonly FactRecord[]) => {
  const result = evaluatePopulation(rs, factTableFromRecords(records.map((r) => ({ ...BASE, ...r }))), { date: "2025-06-01" });
  const summarize = rowSummarizer(result, conditionsOf(rs));
  const write = storedExplanationWriter(result);
  return records.map((_, i) => {
    const text = write(i, summarize(i));
    return { text, result, read: readStoredExplanation(JSON.parse(text), rs) };
  });
};

describe("the stored explanation: one status digit per named criterion of the rule-set version", () => {
  it("reads back every criterion's status as the engine decided it, and the marks", () => {
    const cases = roundTrip(techSme, [{}, { "revenue@y": 25000, "rdExpense@y": 1000 }, { "revenue@y": null }, { on_dishonesty_list: true }]);
    cases.forEach(({ result, read }, i) => {
      expect(read).not.toBeNull();
      expect(read?.status).toBe(result.rootStatus(i));
      expect([...(read?.criteria.keys() ?? [])]).toEqual(result.criterionIds);
      for (const id of result.criterionIds) expect(read?.criteria.get(id)).toBe(result.criterionStatus(i, id));
      expect(read?.open).toEqual(result.criterionIds.filter((id) => result.criterionStatus(i, id) !== "pass"));
    });
    const [eligible, outgrown, unknownSales, vetoed] = cases.map((c) => c.read);
    expect(eligible).toMatchObject({ status: "pass", scoreRange: [70, 70], vetoed: false, outgrown: false });
    // Eligible on the score: the direct-confirmation routes it did not take stay open, the score and the caps do not.
    expect(eligible?.open).toContain("direct");
    expect(eligible?.open).not.toContain("score");
    expect(eligible?.open).not.toContain("staff_cap");
    expect(outgrown).toMatchObject({ status: "fail", outgrown: true, vetoed: false });
    expect(outgrown?.open).toContain("revenue_cap");
    expect(unknownSales).toMatchObject({ status: "unknown", outgrown: false });
    expect(unknownSales?.criteria.get("revenue_cap")).toBe("unknown");
    expect(vetoed).toMatchObject({ status: "fail", vetoed: true });
    // Some 60 bytes where naming every condition and open criterion took some 450.
    expect(cases[0]?.text.length).toBeLessThan(120);
  });

  it("keeps the class of a classification rule set", () => {
    const [small] = roundTrip(size, [{ industry_code: "C3562", "employees@y": 100, "revenue@y": 5000 }]);
    expect(small?.read?.classification).toBe(small?.result.classification(0));
    expect(small?.read?.classification).not.toBeNull();
  });

  it("reads nothing from an earlier format, or from a row of another version (its criteria do not fit)", () => {
    const [row] = roundTrip(techSme, [{}]);
    const stored = JSON.parse(row?.text ?? "{}") as Record<string, unknown>;
    expect(readStoredExplanation({ v: 3, outcome: "eligible", status: "pass", conditions: {}, open: [] }, techSme)).toBeNull();
    expect(readStoredExplanation({ ...stored, statuses: `${String(stored.statuses)}1` }, techSme)).toBeNull();
    expect(readStoredExplanation({ ...stored, statuses: "x".repeat(techSme.named.size) }, techSme)).toBeNull();
    expect(readStoredExplanation(null, techSme)).toBeNull();
    expect(readStoredExplanation("{}", techSme)).toBeNull();
  });
});
