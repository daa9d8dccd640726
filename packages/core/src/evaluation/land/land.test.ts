import { describe, expect, it } from "vitest";
import { CATALOGUE, CONV, HEADER } from "../__fixtures__/policies";
import { compileLandRuleSet } from "./compile";
import { describeLandExplanation, moveUpOptionText } from "./describe";
import { compactLand, compactLandJson, evaluateLandPopulation, explainLand, sig6, type LandRun } from "./evaluate";
import { populationFromRows, type LandRow } from "./population";
import type { LandItemDef, LandRuleSet } from "./types";

const item = (over: Partial<LandItemDef> & Pick<LandItemDef, "id" | "indicator" | "weight">): LandItemDef => ({ normaliser: "ratio_to_benchmark", if_missing: "unknown", ...over });

const RULES: LandRuleSet = {
  ...HEADER,
  id: "test-land",
  kind: "per_mu",
  jurisdiction: { code: "990000", name: { zh: "测试省", en: "Test" } },
  methods: [
    {
      id: "above",
      label: { zh: "规上", en: "Above size" },
      applies_to: "above",
      items: [
        item({ id: "tax", indicator: "tax_per_mu", weight: 60, benchmark: { published: { "2024": 10 }, fallback: { factor: 1, year_offset: 0 } } }),
        item({ id: "energy", indicator: "value_added_per_tce", weight: 40, if_missing: "average_points", benchmark: { fallback: { factor: 1, year_offset: 0 } } }),
      ],
    },
    { id: "below", label: { zh: "规下", en: "Below size" }, applies_to: "below", min_land_mu: 3, items: [item({ id: "tax", indicator: "tax_per_mu", weight: 100, benchmark: { published: { "2024": 5 } } })] },
  ],
  classes: {
    method: "percentile",
    within: "province",
    separate_by_method: true,
    bands: [
      { id: "A", label: { zh: "优先发展类", en: "Priority" }, share: 0.2 },
      { id: "B", label: { zh: "鼓励提升类", en: "Encouraged" }, share: 0.4 },
      { id: "C", label: { zh: "监管调控类", en: "Supervised" }, share: 0.35 },
      { id: "D", label: { zh: "落后整治类", en: "Backward" }, share: 0.05 },
    ],
  },
  adjustments: [
    { id: "sme", label: { zh: "专精特新加分", en: "SME bonus" }, points: 5, when: { honour: "specialized_sme" } },
    { id: "safety", label: { zh: "安全事故减分", en: "Safety penalty" }, points: -10, when: { fact: "safety_incident" } },
  ],
  exclusions: [
    { id: "utilities", label: { zh: "水电气企业", en: "Utilities" }, when: { industry_prefixes: ["44"] } },
    { id: "young", label: { zh: "成立不满2年", en: "Under 2 years old" }, when: { founded_within_years: 2 } },
  ],
};

const FIELDS = ["taxPaid", "landAreaMu", "valueAdded", "energyTce", "electricityKwh", "coalT", "naturalGasM3", "oilT", "heatGj"] as const;
const FLAGS = ["honour:specialized_sme", "fact:safety_incident"];
const row = (id: number, values: LandRow["values"], over: Partial<LandRow> = {}): LandRow => ({
  enterpriseId: id,
  groupKey: "99",
  aboveDesignatedSize: true,
  industryCode: "3911",
  foundedYear: 2010,
  values,
  ...over,
});

// Hand-computed: energy benchmark = Σ VA ÷ Σ tce over e1, e2, e4, e10 = 250 ÷ 175.
const ROWS: LandRow[] = [
  row(1, { taxPaid: 200, landAreaMu: 10, valueAdded: 100, energyTce: 50 }), // 120 + 56 = 176
  row(2, { taxPaid: 100, landAreaMu: 10, valueAdded: 60, energyTce: 60 }), // 60 + 28 = 88
  row(3, { taxPaid: 50, landAreaMu: 10, valueAdded: 30, energyTce: null }), // 30 + 42 (group average) = 72
  row(4, { taxPaid: 100, landAreaMu: 0, valueAdded: 40, energyTce: 40 }), // zero land: unknown, never infinity
  row(5, { taxPaid: 100, landAreaMu: 10 }, { industryCode: "4411" }),
  row(6, { taxPaid: 100, landAreaMu: 10 }, { foundedYear: 2023 }),
  row(7, { taxPaid: 100, landAreaMu: 10 }, { aboveDesignatedSize: null }),
  row(8, { taxPaid: 100, landAreaMu: 2 }, { aboveDesignatedSize: false }),
  row(9, { taxPaid: 10, landAreaMu: 4 }, { aboveDesignatedSize: false }), // 2.5 ÷ 5 × 100 = 50
  row(10, { taxPaid: 100, landAreaMu: 20, valueAdded: 50, energyTce: 25 }, { flags: FLAGS }), // 30 + 56 + 5 − 10 = 81
];

const compiled = compileLandRuleSet(RULES, CATALOGUE);
const run = (rows: readonly LandRow[], rules = compiled, previous: LandRow[] | null = null): LandRun =>
  evaluateLandPopulation(rules, 2024, populationFromRows(rows, FIELDS, FLAGS), CONV, previous ? populationFromRows(previous, FIELDS, FLAGS) : null);
const byId = (r: LandRun, id: number) => explainLand(r, r.pop.enterpriseId.indexOf(id));

describe("per-mu scoring: benchmark × weight", () => {
  const r = run(ROWS);
  it.each([
    [1, 176, "A"],
    [2, 88, "B"],
    [10, 81, "C"],
    [3, 72, "C"],
  ])("enterprise %i scores %f, class %s", (id, score, klass) => {
    const e = byId(r, id);
    expect(e.status).toBe("scored");
    expect(e.score).toBeCloseTo(score, 6);
    expect(e.class).toBe(klass);
  });

  it("explains each item: value, benchmark, where the benchmark came from, points", () => {
    const e = byId(r, 1);
    expect(e.items).toEqual([
      { id: "tax", indicator: "tax_per_mu", value: 20, benchmark: 10, benchmarkOrigin: "published", benchmarkYear: 2024, weight: 60, points: 120, state: "computed" },
      { id: "energy", indicator: "value_added_per_tce", value: 2, benchmark: 1.42857, benchmarkOrigin: "population", benchmarkYear: 2024, weight: 40, points: 56, state: "computed" },
    ]);
  });

  it("imputes the group's average points where the rule set says so (Huangyan emissions rule)", () => {
    expect(byId(r, 3).items[1]).toMatchObject({ value: null, missing: { code: "missing", field: "energy_tce" }, state: "imputed_average", points: 42 });
  });

  it("leaves an enterprise with zero land unscored with the reason, never infinite", () => {
    const e = byId(r, 4);
    expect(e).toMatchObject({ status: "data_missing", score: null, class: null });
    expect(e.items[0]).toMatchObject({ value: null, missing: { code: "zero_denominator", field: "landAreaMu" }, state: "measure_unknown" });
  });

  it("applies bonus and penalty items", () => {
    expect(byId(r, 10).adjustments).toEqual([
      { id: "sme", points: 5 },
      { id: "safety", points: -10 },
    ]);
  });

  it.each([
    [5, "excluded", "utilities"],
    [6, "excluded", "young"],
    [7, "out_of_scope", "size_unknown"],
    [8, "out_of_scope", "below_min_land"],
  ])("enterprise %i is %s (%s)", (id, status, reason) => {
    expect(byId(r, id)).toMatchObject({ status, reason, class: null, score: null });
  });

  it("scores 规下 enterprises by their own method and ranks them apart", () => {
    expect(byId(r, 9)).toMatchObject({ method: "below", score: 50, rank: 1, poolSize: 1 });
  });

  it("says what moves an enterprise up: the smallest single-indicator change at today's cut", () => {
    // e10 (81) to B (lowest B: 88): gap 7 → energy +7 × (250/175) ÷ 40 = +0.25, tax +7 × 10 ÷ 60 = +1.1667.
    const up = byId(r, 10).moveUp;
    expect(up).toMatchObject({ to: "B", cut: 88, scoreGap: 7 });
    expect(up?.options.map((o) => [o.itemId, o.delta])).toEqual([
      ["energy", 0.25],
      ["tax", 1.16667],
    ]);
    // e3 (72, C) to B (88): gap 16, and its energy points are imputed: only real data can carry the gap (tax +16 × 10 ÷ 60).
    expect(byId(r, 3).moveUp?.options.map((o) => [o.itemId, o.delta])).toEqual([["tax", 2.66667]]);
    // e1 is in A, the best class: there is no class to move up to.
    expect(byId(r, 1).moveUp).toBeNull();
  });

  it("describes the result in sentences", () => {
    const lines = describeLandExplanation(byId(r, 10), RULES, CATALOGUE).map((l) => l.zh);
    expect(lines).toContain("专精特新加分 +5 分");
    expect(lines).toContain("总分 81，排名 3/4，C类（监管调控类）");
    expect(lines.at(-1)).toBe("升档路径（其他指标不变，按当前分布）：value_added_per_tce +0.25万元/亩 → B（现为 2万元/亩）；或 tax_per_mu +1.17万元/亩 → B（现为 5万元/亩）");
  });

  it("says each way up in both languages with where the enterprise stands now", () => {
    const [first] = byId(r, 10).moveUp?.options ?? [];
    expect(first && moveUpOptionText(first, "B", CATALOGUE)).toEqual({
      zh: "value_added_per_tce +0.25万元/亩 → B（现为 2万元/亩）",
      en: "value_added_per_tce +0.25 10k CNY/mu → B (from 2 10k CNY/mu)",
    });
  });
});

describe("percentile classes", () => {
  const tenEqual = Array.from({ length: 10 }, (_, i) => row(100 + i, { taxPaid: 100 - i * 10, landAreaMu: 10, valueAdded: 10, energyTce: 10 }));
  const ranked = (n: number) => Array.from({ length: n }, (_, i) => row(200 + i, { taxPaid: 1000 - i * 10, landAreaMu: 10, valueAdded: 10, energyTce: 10 }));
  const classesOf = (rows: readonly LandRow[]) => {
    const r = run(rows);
    return rows.map((x) => byId(r, x.enterpriseId).class).join("");
  };
  it("puts (r − ½) ÷ n ≤ cumulative share in the band: each band its share of the pool, rounded to the nearest", () => {
    // 20/40/35/5 % of ten: 2 / 4 / 3.5 / 0.5 enterprises.
    expect(classesOf(tenEqual)).toBe("AABBBBCCCC");
  });
  it.each([
    [1, "B"], // the middle of one (0.5) is in B (cumulative 0.6)
    [2, "BC"], // 0.25, 0.75: no best-of-two in C, no worst-of-two in D
    [3, "ABC"], // 0.17, 0.5, 0.83
    [4, "ABCC"], // 0.125, 0.375, 0.625, 0.875
    [5, "ABBCC"], // … 0.9: the 5 % of D is a quarter of an enterprise
    [10, "AABBBBCCCC"], // 0.95 is the C boundary itself (inclusive)
    [11, "AABBBBBCCCD"], // 0.9545 > 0.95: D
    [20, "AAAABBBBBBBBCCCCCCCD"], // exactly 4 / 8 / 7 / 1
  ])("a pool of %i → %s", (n, expected) => {
    expect(classesOf(ranked(n))).toBe(expected);
  });
  it("gives ties the same class (the best rank)", () => {
    const tied = tenEqual.map((x, i) => (i === 2 ? { ...x, values: { ...x.values, taxPaid: 90 } } : x));
    const r = run(tied);
    expect(byId(r, 102)).toMatchObject({ rank: 2, class: "A" });
  });
});

describe("benchmarks", () => {
  const prevYear: LandRule = {
    ...RULES,
    methods: [{ ...RULES.methods[0]!, items: [item({ id: "tax", indicator: "tax_per_mu", weight: 100, benchmark: { fallback: { factor: 2, year_offset: -1 } } })] }],
  };
  type LandRule = LandRuleSet;
  it("falls back to factor × the previous year's Σ/Σ (Huai'an: twice last year's average)", () => {
    const previous = [row(1, { taxPaid: 60, landAreaMu: 20 }), row(2, { taxPaid: 40, landAreaMu: 30 })]; // 100 ÷ 50 = 2 → B = 4
    const r = run([row(1, { taxPaid: 80, landAreaMu: 10 })], compileLandRuleSet(prevYear, CATALOGUE), previous);
    expect(byId(r, 1).items[0]).toMatchObject({ benchmark: 4, benchmarkOrigin: "population", benchmarkYear: 2023, points: 200 });
  });
  it("leaves items unscored when no benchmark can be had", () => {
    const r = run([row(1, { taxPaid: 80, landAreaMu: 10 })], compileLandRuleSet(prevYear, CATALOGUE), null);
    expect(byId(r, 1)).toMatchObject({ status: "data_missing", items: [{ state: "no_benchmark", benchmark: null, benchmarkOrigin: "none" }] });
  });
});

describe("normalisers", () => {
  const single = (it: LandItemDef, rows: LandRow[]) =>
    run(rows, compileLandRuleSet({ ...RULES, methods: [{ ...RULES.methods[0]!, items: [it] }], adjustments: [] }, CATALOGUE));
  it("inverse_ratio: B ÷ x × w for lower-is-better, unknown for x ≤ 0", () => {
    const it = item({ id: "e", indicator: "energy_per_value_added", weight: 10, normaliser: "inverse_ratio", benchmark: { published: { "2024": 0.5 } } });
    const r = single(it, [row(1, { valueAdded: 100, energyTce: 25 }), row(2, { valueAdded: 100, energyTce: 0 })]);
    expect(byId(r, 1).items[0]?.points).toBe(20);
    expect(byId(r, 2).items[0]).toMatchObject({ value: 0, state: "not_positive", points: null });
  });
  it("minmax_floor: w × (20 + 80 × (x − min) ÷ (max − min)) ÷ 100", () => {
    const it = item({ id: "t", indicator: "tax_per_mu", weight: 50, normaliser: "minmax_floor" });
    const r = single(it, [row(1, { taxPaid: 0, landAreaMu: 1 }), row(2, { taxPaid: 5, landAreaMu: 1 }), row(3, { taxPaid: 10, landAreaMu: 1 })]);
    expect([1, 2, 3].map((id) => byId(r, id).items[0]?.points)).toEqual([10, 30, 50]);
  });
  it("ratio_to_max and cap", () => {
    const toMax = item({ id: "t", indicator: "tax_per_mu", weight: 50, normaliser: "ratio_to_max" });
    const r = single(toMax, [row(1, { taxPaid: 5, landAreaMu: 1 }), row(2, { taxPaid: 10, landAreaMu: 1 })]);
    expect(byId(r, 1).items[0]?.points).toBe(25);
    const capped = item({ id: "t", indicator: "tax_per_mu", weight: 10, cap: 1.5, benchmark: { published: { "2024": 1 } } });
    expect(byId(single(capped, [row(1, { taxPaid: 3, landAreaMu: 1 })]), 1).items[0]?.points).toBe(15);
  });
});

describe("score cuts", () => {
  const cuts: LandRuleSet = {
    ...RULES,
    classes: {
      ...RULES.classes,
      method: "score_cuts",
      bands: [
        { id: "A", label: { zh: "A", en: "A" }, min_score: 100 },
        { id: "B", label: { zh: "B", en: "B" }, min_score: 80 },
        { id: "C", label: { zh: "C", en: "C" }, min_score: 60 },
        { id: "D", label: { zh: "D", en: "D" } },
      ],
    },
  };
  it("classes by the score's band, boundaries inclusive, and moves up to the next cut", () => {
    const r = run(ROWS, compileLandRuleSet(cuts, CATALOGUE));
    expect([1, 2, 10, 3].map((id) => byId(r, id).class)).toEqual(["A", "B", "B", "C"]);
    expect(byId(r, 2).moveUp).toMatchObject({ to: "A", cut: 100, scoreGap: 12 });
  });
  it("rejects descending-order mistakes and shares that do not add up", () => {
    expect(() => compileLandRuleSet({ ...cuts, classes: { ...cuts.classes, bands: [...cuts.classes.bands].reverse() } }, CATALOGUE)).toThrow(/min_score/);
  });
});

describe("stored form", () => {
  it("writes the same document as text as the object form, for every status", () => {
    const r = run(ROWS);
    for (let i = 0; i < r.pop.n; i++) expect(JSON.parse(compactLandJson(r, i))).toEqual(JSON.parse(JSON.stringify(compactLand(r, i))));
  });
  it("keeps six significant digits", () => {
    expect([sig6(1.234567891), sig6(123456.789), sig6(0.000123456789), sig6(0), sig6(Number.NaN)]).toEqual([1.23457, 123457, 0.000123457, 0, null]);
  });
});
