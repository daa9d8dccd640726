import type { FactRecord } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { evaluateOne, shipped } from "../testing";

const rs = shipped("tech-innovative-sme@2026");

describe("科技和创新型中小企业 (工信部企业〔2026〕2号): either title counts", () => {
  it.each<[FactRecord, string]>([
    [{ "holds_title:tech_sme": true, "holds_title:innovative_sme": false }, "eligible"],
    [{ "holds_title:tech_sme": false, "holds_title:innovative_sme": true }, "eligible"],
    [{ "holds_title:tech_sme": false, "holds_title:innovative_sme": false }, "not_eligible"],
    [{ "holds_title:tech_sme": false }, "undetermined"],
    [{ "holds_title:tech_sme": true }, "eligible"],
  ])("%j → %s", (record, outcome) => expect(evaluateOne(rs, record, "2026-06-01").outcome).toBe(outcome));

  it("carries the uncertain article with its note", () => {
    const c = evaluateOne(rs, {}, "2026-06-01").explanation.criteria.find((x) => x.id === "holds_rung");
    expect(c?.uncertain).toBe(true);
    expect(c?.note).toMatch(/Art\. 30/);
  });
});
