import type { TParkKpis, TParkSummary } from "@parkpilot/contracts";
import { describe, expect, it } from "vitest";
import { aggregateKpis, compareByKpi, leadingIndustryDistribution, leadingShare } from "./kpis";

const kpis = (over: Partial<TParkKpis>): TParkKpis => ({
  year: 2025,
  enterprises: 10,
  reporting: 10,
  industrialOutput: null,
  revenue: null,
  taxPaid: null,
  valueAdded: null,
  rdExpense: null,
  landAreaMu: null,
  taxPerMu: null,
  rdIntensity: null,
  ...over,
});

const park = (id: number, k: TParkKpis | null, leadingIndustryCount = 2): TParkSummary => ({
  id,
  catalogueCode: null,
  name: `园区${id}`,
  level: "provincial",
  kind: "industrial",
  kindText: "省级工业园区",
  provinceCode: "44",
  regionCode: null,
  approvedOn: null,
  approvedAreaKm2: null,
  leadingIndustriesText: null,
  leadingIndustryCount,
  longitude: null,
  latitude: null,
  kpis: k,
});

describe("province totals from park KPIs", () => {
  it("sums the sums and recomputes ratios as Σ/Σ, never as an average of park ratios", () => {
    // A large park (tax 900 on 100 mu = 9/mu) and a small one (tax 10 on 1 mu = 10/mu):
    // the average of ratios would be 9.5/mu; the province's per-mu tax is 910 / 101.
    const totals = aggregateKpis([
      park(1, kpis({ taxPaid: 900, landAreaMu: 100, rdExpense: 30, revenue: 1000, industrialOutput: 1200 })),
      park(2, kpis({ taxPaid: 10, landAreaMu: 1, rdExpense: 5, revenue: 10, industrialOutput: 12, enterprises: 3, reporting: 2 })),
    ]);
    expect(totals.taxPerMu).toBeCloseTo(910 / 101);
    expect(totals.rdIntensity).toBeCloseTo(35 / 1010);
    expect(totals.industrialOutput).toBe(1212);
    expect(totals.enterprises).toBe(13);
    expect(totals.reporting).toBe(12);
    expect(totals.parks).toBe(2);
  });

  it("a ratio only uses parks that know both parts", () => {
    const totals = aggregateKpis([park(1, kpis({ taxPaid: 100, landAreaMu: 10 })), park(2, kpis({ taxPaid: 500, landAreaMu: null }))]);
    expect(totals.taxPerMu).toBeCloseTo(10);
    expect(totals.taxPaid).toBe(600);
  });

  it("unknown stays unknown: no reported value is null, not zero", () => {
    const totals = aggregateKpis([park(1, kpis({})), park(2, null)]);
    expect(totals.industrialOutput).toBeNull();
    expect(totals.taxPerMu).toBeNull();
    expect(totals.parks).toBe(2);
    expect(totals.parksWithData).toBe(1);
  });

  it("an empty province has no totals but counts", () => {
    const totals = aggregateKpis([]);
    expect(totals.parks).toBe(0);
    expect(totals.revenue).toBeNull();
  });
});

describe("ranking and the ≤ 3 leading industries check", () => {
  it("unknown KPI values compare last", () => {
    const parks = [park(1, kpis({ revenue: 5 })), park(2, null), park(3, kpis({ revenue: 9 }))];
    expect([...parks].sort(compareByKpi("revenue")).map((p) => p.id)).toEqual([1, 3, 2]);
  });

  it("counts parks by number of leading industries, always showing 0–3", () => {
    expect(leadingIndustryDistribution([park(1, null, 1), park(2, null, 1)])).toEqual([
      { count: 0, parks: 0 },
      { count: 1, parks: 2 },
      { count: 2, parks: 0 },
      { count: 3, parks: 0 },
    ]);
    const over = leadingIndustryDistribution([park(1, null, 5)]);
    expect(over.at(-1)).toEqual({ count: 5, parks: 1 });
    expect(over).toHaveLength(6);
  });
});

describe("share of output from leading industries", () => {
  const item = (output: number | null, isLeading: boolean) => ({ industryCode: "39", industryName: "x", division: "39", output, revenue: null, enterprises: 1, isLeading });
  it("Σ leading output ÷ Σ output, unknown output counted as nothing", () => {
    expect(leadingShare([item(60, true), item(40, false), item(null, true)])).toBeCloseTo(0.6);
  });
  it("no output at all has no share", () => {
    expect(leadingShare([item(null, true)])).toBeNull();
    expect(leadingShare([])).toBeNull();
  });
});
