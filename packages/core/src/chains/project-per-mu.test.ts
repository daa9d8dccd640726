import { describe, expect, it } from "vitest";
import { projectPerMu } from "./project-per-mu";

const bench = { year: 2025, sample: 120, medianTaxPerMu: 20, medianOutputPerMu: 500 };

describe("projectPerMu", () => {
  it.each([
    ["both at the median", { annualTax: 1_000, annualOutput: 25_000, landMu: 50 }, "above_median"],
    ["tax just below, output above", { annualTax: 999, annualOutput: 30_000, landMu: 50 }, "mixed"],
    ["both below", { annualTax: 500, annualOutput: 10_000, landMu: 50 }, "below_median"],
    ["no new land", { annualTax: 500, annualOutput: 10_000, landMu: 0 }, "no_land"],
    ["nothing committed yet", { annualTax: null, annualOutput: null, landMu: null }, "not_committed"],
  ] as const)("%s", (_label, commitments, klass) => {
    expect(projectPerMu(commitments, bench).projectedClass).toBe(klass);
  });

  it("states its basis and has no class without a benchmark", () => {
    const p = projectPerMu({ annualTax: 1_000, annualOutput: 25_000, landMu: 50 }, null);
    expect(p.projectedClass).toBe("no_benchmark");
    expect(p.taxPerMu).toBe(20);
    expect(p.basis).toContain("亩均税收 = 承诺年税收 ÷ 用地 50 亩 = 20 万元/亩");
    expect(projectPerMu({ annualTax: 1_000, annualOutput: 25_000, landMu: 50 }, bench).basis).toContain("对比园区 2025 年企业中位数（120 家）");
  });
});
