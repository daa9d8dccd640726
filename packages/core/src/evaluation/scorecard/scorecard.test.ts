import { describe, expect, it } from "vitest";
import { CATALOGUE, ENERGY_PER_VA, HEADER, TAX_PER_MU } from "../__fixtures__/policies";
import { benchmarkPoints, provinceStats } from "./benchmarks";
import { scoreScorecard } from "./score";
import type { ScorecardDef } from "./types";

describe("points against the province's parks", () => {
  const stats = { median: 10, best: 20 };
  it.each([
    [25, 100],
    [20, 100],
    [15, 80],
    [10, 60],
    [5, 30],
    [0, 0],
    [-3, 0],
  ])("higher-is-better %f → %f", (v, p) => {
    expect(benchmarkPoints(v, "higher_better", stats, 60)).toBeCloseTo(p);
  });
  it.each([
    [0.1, 100],
    [0.2, 100],
    [0.3, 80],
    [0.4, 60],
    [0.8, 30],
  ])("lower-is-better %f (best 0.2, median 0.4) → %f", (v, p) => {
    expect(benchmarkPoints(v, "lower_better", { median: 0.4, best: 0.2 }, 60)).toBeCloseTo(p);
  });
  it("no benchmark → unknown", () => {
    expect(benchmarkPoints(5, "higher_better", { median: null, best: null }, 60)).toBeNull();
  });
  it("quartiles interpolate and ignore unknowns", () => {
    expect(provinceStats([1, 2, 3, 4, 5, null], 0.75)).toEqual({ n: 5, median: 3, high: 4, low: 2 });
  });
});

const CARD: ScorecardDef = {
  ...HEADER,
  scoring: { pass_points: 60, full_marks_quantile: 0.75, min_parks: 3 },
  dimensions: [
    {
      id: "I",
      name: { zh: "产业", en: "Industry" },
      weight: 1,
      orientations: [
        {
          number: 1,
          name: { zh: "定位", en: "Positioning" },
          weight: 1,
          items: [
            {
              id: "limit",
              kind: "target",
              indicator: "tax_total",
              op: "<=",
              target: 3,
              weight: 1,
              finding: { meets: { zh: "{value}个", en: "{value} ok" }, misses: { zh: "申报主导产业{value}个，要求不超过{target}个", en: "{value} declared; at most {target}" } },
            },
            { id: "plan", kind: "checklist", weight: 1, label: { zh: "产业规划", en: "Plan" }, evidence_hint: { zh: "规划文本", en: "the plan" } },
          ],
        },
      ],
    },
    {
      id: "II",
      name: { zh: "土地", en: "Land" },
      weight: 1,
      orientations: [
        {
          number: 4,
          name: { zh: "集约", en: "Land" },
          weight: 1,
          items: [
            { id: "tax", kind: "indicator", indicator: TAX_PER_MU.key, weight: 2 },
            { id: "energy", kind: "indicator", indicator: ENERGY_PER_VA.key, weight: 1 },
          ],
        },
      ],
    },
  ],
};

describe("scorecard", () => {
  const values = new Map([
    ["tax_total", { value: 5, reporting: null, population: null }],
    [TAX_PER_MU.key, { value: 15, reporting: 8, population: 10 }],
    [ENERGY_PER_VA.key, { value: null, reporting: 0, population: 10 }],
  ]);
  const stats = new Map([[TAX_PER_MU.key, { n: 5, median: 10, high: 20, low: 5 }]]);
  it("scores targets, checklists and indicators; unknown indicators lower completeness, not the score", () => {
    const r = scoreScorecard(CARD, { values, stats, evidence: new Map(), catalogue: CATALOGUE });
    const [d1, d2] = r.dimensions;
    expect(d1?.orientations[0]?.items.map((i) => [i.id, i.points, i.status])).toEqual([
      ["limit", 0, "scored"],
      ["plan", 0, "not_evidenced"],
    ]);
    expect(d1?.orientations[0]?.items[0]?.finding.zh).toBe("申报主导产业5个，要求不超过3个");
    expect(d1?.score).toBe(0);
    expect(d1?.completeness).toBe(0.5);
    expect(d2?.orientations[0]?.items.map((i) => [i.id, i.points, i.status])).toEqual([
      ["tax", 80, "scored"],
      ["energy", null, "unknown"],
    ]);
    expect(d2?.score).toBe(80);
    expect(d2?.completeness).toBeCloseTo(2 / 3);
    expect(r.total).toBe(40);
  });
  it.each([
    ["none on file", undefined, 0, "not_evidenced", "产业规划：未提供佐证材料"],
    ["submitted, awaiting the province", { note: "2025年规划", review: "submitted", reviewNote: null }, 0, "pending_review", "产业规划：佐证待省级审核，审核前不计分（2025年规划）"],
    ["returned with the reason", { note: "2025年规划", review: "returned", reviewNote: "缺批复文件" }, 0, "returned", "产业规划：佐证被省级退回：缺批复文件，请补充后重新提交"],
    ["accepted by the province", { note: "2025年规划", review: "accepted", reviewNote: null }, 100, "scored", "产业规划：佐证经省级认定（2025年规划）"],
  ] as const)("a checklist item with evidence %s: %s points", (_, evidence, points, status, finding) => {
    const r = scoreScorecard(CARD, { values, stats, evidence: new Map(evidence ? [["plan", evidence]] : []), catalogue: CATALOGUE });
    const item = r.dimensions[0]?.orientations[0]?.items[1];
    expect(item).toMatchObject({ points, status });
    expect(item?.finding.zh).toContain(finding);
    // Only accepted evidence moves the orientation: the claim alone is worth nothing.
    expect(r.dimensions[0]?.score).toBe(points === 100 ? 50 : 0);
  });
  it("words an indicator's finding with its unit on the value and on the province median", () => {
    const behind = new Map([...values, [TAX_PER_MU.key, { value: 8, reporting: 8, population: 10 }]]);
    const r = scoreScorecard(CARD, { values: behind, stats, evidence: new Map(), catalogue: CATALOGUE });
    expect(r.dimensions[1]?.orientations[0]?.items[0]?.finding).toEqual({
      zh: "tax_per_mu8万元/亩，落后于全省园区中位数10万元/亩",
      en: "tax_per_mu 8 10k CNY/mu, behind the province median 10 10k CNY/mu",
    });
    const unitless = new Map([...CATALOGUE, [TAX_PER_MU.key, { ...TAX_PER_MU, unit: { zh: "", en: "" } }]]);
    const plain = scoreScorecard(CARD, { values, stats, evidence: new Map(), catalogue: unitless });
    expect(plain.dimensions[1]?.orientations[0]?.items[0]?.finding.en).toBe("tax_per_mu 15, better than the province median 10");
  });
  it("does not score against fewer parks than the minimum", () => {
    const r = scoreScorecard(CARD, { values, stats: new Map([[TAX_PER_MU.key, { n: 2, median: 10, high: 20, low: 5 }]]), evidence: new Map(), catalogue: CATALOGUE });
    expect(r.dimensions[1]?.orientations[0]?.items[0]).toMatchObject({ status: "unknown", value: 15, points: null });
  });
});
