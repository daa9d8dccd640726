import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { enUS } from "../../locales/en-US";
import { zhCN } from "../../locales/zh-CN";
import type { TParkUnknownReason } from "@parkpilot/contracts";
import { completeness, countBasis, countsNothing, indicatorDigits, indicatorFigure, indicatorFigureParts, indicatorPrecision, shownRating, thresholdLines, unknownWording } from "./indicator-format";

const u = (zh: string, en: string) => ({ zh, en });

describe("indicatorFigure: a value in the unit officials use, unknown as a dash", () => {
  it.each([
    // money in 万元: 万元 below 1 亿, 亿元 above
    [304717.99, u("万元", "10k CNY"), "zh-CN", "30.47 亿元"],
    [304717.99, u("万元", "10k CNY"), "en-US", "30.47 100M CNY"],
    [686.25, u("万元", "10k CNY"), "zh-CN", "686.25 万元"],
    // percentages arrive ×100 already
    [4.701697, u("%", "%"), "zh-CN", "4.70%"],
    [0, u("%", "%"), "zh-CN", "0.00%"],
    // compound units: the catalogue's own label in each language
    [9.17785, u("万元/亩", "10k CNY/mu"), "zh-CN", "9.18 万元/亩"],
    [9.17785, u("万元/亩", "10k CNY/mu"), "en-US", "9.18 10k CNY/mu"],
    [0.4705, u("吨标准煤/万元", "tce/10k CNY"), "zh-CN", "0.47 吨标准煤/万元"],
    [0.0042, u("吨标准煤/万元", "tce/10k CNY"), "zh-CN", "0.0042 吨标准煤/万元"],
    [12000, u("吨标准煤", "tce"), "zh-CN", "1.20 万吨标准煤"],
    [350, u("亩", "mu"), "zh-CN", "350.00 亩"],
    // counted things: whole numbers
    [80, u("家", "enterprises"), "zh-CN", "80 家"],
    [3, u("个", "industries"), "en-US", "3 industries"],
    [2.5, u("个", "industries"), "zh-CN", "2.5 个"],
    // no unit (the plot ratio)
    [1.7070628, u("", ""), "zh-CN", "1.71"],
    // unknown: a dash, never 0, and no unit
    [null, u("万元", "10k CNY"), "zh-CN", "—"],
    [undefined, u("%", "%"), "zh-CN", "—"],
    [Number.NaN, u("亩", "mu"), "zh-CN", "—"],
  ] as const)("%s %s (%s) → %s", (value, unit, lang, text) => {
    expect(indicatorFigure(value, unit, lang)).toBe(text);
  });

  it.each([
    [0, 2],
    [0.1, 2],
    [0.0999, 4],
    [-0.05, 4],
    [12, 2],
  ])("digits for %s: %s", (value, digits) => expect(indicatorDigits(value)).toBe(digits));

  it.each([
    // counted things: whole numbers, one decimal for a median that falls between two
    [3, "家", 0],
    [0, "个", 0],
    [2.5, "个", 1],
    [1234, "人", 0],
    // ratios and money: two decimals, four below 0.1
    [9.18, "万元/亩", 2],
    [0.1, "吨标准煤/万元", 2],
    [0.0999, "吨标准煤/万元", 4],
    [0, "%", 2],
    [0.05, "%", 4],
    [1.71, "", 2],
  ] as const)("precision of %s %s: %s decimals", (value, unit, digits) => expect(indicatorPrecision(value, unit)).toBe(digits));
});

describe("indicatorFigureParts: the same figure as number and unit apart, for a statistic card", () => {
  const PER_MU = { zh: "万元/亩", en: "10k CNY/mu" };
  const PERCENT = { zh: "%", en: "%" };
  const COUNT = { zh: "个", en: "industries" };
  const WAN = { zh: "万元", en: "10k CNY" };
  it.each([
    [9.17785, PER_MU, "zh-CN", { value: "9.18", unit: "万元/亩" }],
    [9.17785, PER_MU, "en-US", { value: "9.18", unit: "10k CNY/mu" }],
    [4.7017, PERCENT, "zh-CN", { value: "4.70", unit: "%" }],
    [0.0421, PERCENT, "zh-CN", { value: "0.0421", unit: "%" }],
    [3, COUNT, "zh-CN", { value: "3", unit: "个" }],
    [3, COUNT, "en-US", { value: "3", unit: "industries" }],
    // A median of counts between two: one decimal, as in the indicator table.
    [2.5, COUNT, "zh-CN", { value: "2.5", unit: "个" }],
    [2_841_671, WAN, "zh-CN", { value: "284.17", unit: "亿元" }],
    [4_567.8, WAN, "zh-CN", { value: "4,567.80", unit: "万元" }],
    [2_841_671, WAN, "en-US", { value: "284.17", unit: "100M CNY" }],
    [0, PERCENT, "zh-CN", { value: "0.00", unit: "%" }],
  ] as const)("%s %s (%s)", (value, unit, lang, expected) => {
    expect(indicatorFigureParts(value, unit, lang)).toEqual(expected);
  });

  it("reads as indicatorFigure does, joined", () => {
    for (const [value, unit] of [[2.5, COUNT], [9.17785, PER_MU], [2_841_671, WAN]] as const) {
      const parts = indicatorFigureParts(value, unit, "zh-CN");
      expect(indicatorFigure(value, unit, "zh-CN")).toBe(`${parts.value} ${parts.unit}`);
    }
    expect(indicatorFigure(4.7017, PERCENT, "zh-CN")).toBe(`${indicatorFigureParts(4.7017, PERCENT, "zh-CN").value}%`);
  });

  it("shows unknown as a dash, never 0, and still names the unit", () => {
    expect(indicatorFigureParts(null, PER_MU, "zh-CN")).toEqual({ value: "—", unit: "万元/亩" });
    expect(indicatorFigureParts(undefined, PERCENT, "en-US")).toEqual({ value: "—", unit: "%" });
    expect(indicatorFigureParts(Number.NaN, WAN, "zh-CN")).toEqual({ value: "—", unit: "万元" });
  });
});

describe("indicatorFigure for thresholds: as the policy writes them, in the unit, no padding zeros", () => {
  it.each([
    [100, u("万元/亩", "10k CNY/mu"), "zh-CN", "100 万元/亩"],
    [100, u("万元/亩", "10k CNY/mu"), "en-US", "100 10k CNY/mu"],
    [3, u("万元/吨标准煤", "10k CNY/tce"), "zh-CN", "3 万元/吨标准煤"],
    [0.35, u("吨标准煤/万元", "tce/10k CNY"), "zh-CN", "0.35 吨标准煤/万元"],
    [0.5, u("", ""), "zh-CN", "0.5"],
    [0.05, u("吨标准煤/万元", "tce/10k CNY"), "zh-CN", "0.05 吨标准煤/万元"],
    [15, u("万元/人", "10k CNY/person"), "zh-CN", "15 万元/人"],
    [30, u("%", "%"), "zh-CN", "30%"],
    [90, u("%", "%"), "en-US", "90%"],
    [12.5, u("%", "%"), "zh-CN", "12.5%"],
    [1500, u("元/立方米", "CNY/m³"), "zh-CN", "1,500 元/立方米"],
    [3, u("个", "industries"), "zh-CN", "3 个"],
    [3, u("家", "enterprises"), "en-US", "3 enterprises"],
    [0, u("家", "enterprises"), "zh-CN", "0 家"],
    // scaled money keeps its scale: 50,000 万元 is 5 亿元
    [50000, u("万元", "10k CNY"), "zh-CN", "5 亿元"],
    [12345, u("万元", "10k CNY"), "zh-CN", "1.23 亿元"],
    [null, u("%", "%"), "zh-CN", "—"],
  ] as const)("%s %s (%s) → %s", (value, unit, lang, text) => {
    expect(indicatorFigure(value, unit, lang, "threshold")).toBe(text);
  });

  it("a value keeps its decimals where the same threshold drops them", () => {
    const unit = u("万元/亩", "10k CNY/mu");
    expect([indicatorFigure(100, unit, "zh-CN"), indicatorFigure(100, unit, "zh-CN", "threshold")]).toEqual(["100.00 万元/亩", "100 万元/亩"]);
  });
});

describe("thresholdLines and shownRating: the lines a value is rated against, as the API rates", () => {
  it.each([
    [{ direction: "higher_better", alarm: null, excellent: 100 }, [{ kind: "excellent", op: "≥", value: 100 }]],
    [{ direction: "higher_better", alarm: 90, excellent: null }, [{ kind: "alarm", op: "<", value: 90 }]],
    [{ direction: "lower_better", alarm: 3, excellent: 0.35 }, [{ kind: "excellent", op: "≤", value: 0.35 }, { kind: "alarm", op: ">", value: 3 }]],
    [{ direction: "lower_better", alarm: null, excellent: null }, []],
    [{ direction: "neutral", alarm: 1, excellent: 2 }, []],
  ] as const)("%j → %j", (meta, lines) => {
    expect(thresholdLines(meta)).toEqual(lines);
  });

  it.each([
    ["excellent", { direction: "higher_better", alarm: null, excellent: 15 }, "excellent"],
    ["normal", { direction: "higher_better", alarm: null, excellent: 15 }, "normal"],
    ["alarm", { direction: "lower_better", alarm: 3, excellent: null }, "alarm"],
    ["unknown", { direction: "higher_better", alarm: null, excellent: 15 }, "unknown"],
    // nothing to rate against: not "normal", which would read as a judgement
    ["normal", { direction: "higher_better", alarm: null, excellent: null }, "unrated"],
    ["normal", { direction: "neutral", alarm: null, excellent: null }, "unrated"],
    ["normal", undefined, "unrated"],
    ["unknown", { direction: "neutral", alarm: null, excellent: null }, "unknown"],
  ] as const)("%s with %j → %s", (rating, meta, shown) => {
    expect(shownRating(rating, meta)).toBe(shown);
  });
});

describe("completeness: what the reporting / population of a value counts", () => {
  it.each([
    ["tax_per_mu", "enterprises", 52, 80, { kind: "enterprises", n: 52, of: 80 }],
    ["leading_output_share", "enterprises", 75, null, { kind: "enterprisesOnly", n: 75, of: null }],
    ["idle_land_share", "parcels", 65, 65, { kind: "parcels", n: 65, of: 65 }],
    ["plot_ratio", "parcels", 52, null, { kind: "parcelsOnly", n: 52, of: null }],
    ["alert_resolution_rate", "alerts", 3, 7, { kind: "alerts", n: 3, of: 7 }],
    ["declared_leading_count", "none", null, null, null],
    ["declared_leading_count", "none", 5, 5, null],
    ["tax_per_mu", "enterprises", null, 80, null],
  ] as const)("%s (counts %s) %s/%s → %j", (key, counts, reporting, population, expected) => {
    expect(completeness({ key, reporting, population }, counts)).toEqual(expected);
  });

  it("takes what is counted from the catalogue entry, enterprises without one", () => {
    expect([countBasis({ counts: "parcels" }), countBasis({ counts: "alerts" }), countBasis({ counts: "enterprises" }), countBasis({ counts: "none" }), countBasis(undefined)]).toEqual([
      "parcels",
      "alerts",
      "enterprises",
      "none",
      "enterprises",
    ]);
    expect([countsNothing("none"), countsNothing("enterprises"), countsNothing("parcels"), countsNothing("alerts")]).toEqual([true, false, false, false]);
  });
});

describe("unknownWording: the words for the API's reason, in the unit it counts", () => {
  const reason = (code: TParkUnknownReason["code"], counts: TParkUnknownReason["counts"], reporting: number | null, population: number | null): TParkUnknownReason => ({ code, counts, reporting, population });
  it.each([
    [reason("not_computed", "enterprises", null, null), { key: "notComputed", n: null, of: null }],
    [reason("not_classified", "enterprises", null, null), { key: "notClassified", n: null, of: null }],
    [reason("no_parcels", "parcels", null, null), { key: "noParcels", n: null, of: null }],
    [reason("no_alerts", "alerts", null, null), { key: "noAlerts", n: null, of: null }],
    [reason("empty_population", "enterprises", 0, 0), { key: "emptyPopulation", n: 0, of: 0 }],
    [reason("no_reporters", "enterprises", 0, 80), { key: "noneReported", n: 0, of: 80 }],
    [reason("no_reporters", "enterprises", null, null), { key: "noReporters", n: null, of: null }],
    [reason("no_reporters", "parcels", 0, 65), { key: "noneParcelData", n: 0, of: 65 }],
    [reason("zero_denominator", "enterprises", 5, 9), { key: "zeroDenominator", n: 5, of: 9 }],
    [reason("zero_denominator", "parcels", 4, 4), { key: "zeroDenominatorParcels", n: 4, of: 4 }],
    [reason("none_declared", "enterprises", 12, null), { key: "noneDeclared", n: 12, of: null }],
    [reason("declaration_unmapped", "enterprises", 12, null), { key: "declarationUnmapped", n: 12, of: null }],
  ] as const)("%j → %j", (r, expected) => {
    expect(unknownWording(r)).toEqual(expected);
  });
});

describe("the texts in both languages", () => {
  beforeAll(async () => {
    await i18n.init({ resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } }, lng: "zh-CN", interpolation: { escapeValue: false } });
  });

  it("words the completeness and the unknown reasons", () => {
    const zh = i18n.getFixedT("zh-CN");
    const en = i18n.getFixedT("en-US");
    expect(zh("evaluation.indicators.completenessOf.enterprises", { n: 52, of: 80 })).toBe("52 / 80 家企业");
    expect(en("evaluation.indicators.completenessOf.parcels", { n: 52, of: 65 })).toBe("52 / 65 parcels");
    expect(zh("evaluation.indicators.unknownReason.noneReported", { of: 3 })).toBe("未知：3 家企业均未报送计算所需数据");
    expect(en("evaluation.indicators.unknownReason.noAlerts")).toBe("Unknown: no alerts were raised in the year, so there is nothing to resolve");
    expect(zh("evaluation.indicators.unknownReason.zeroDenominator", { n: 5, count: 5 })).toBe("未知：5 家企业报送了数据，但分母合计为0，比值无意义");
    expect(en("evaluation.indicators.unknownReason.zeroDenominator", { n: 1, count: 1 })).toBe("Unknown: 1 enterprise reported, but the denominator is zero, so the ratio is undefined");
    expect(zh("evaluation.indicators.completenessNone")).toBe("不适用（园区申报，无需企业报送）");
    expect(en("evaluation.indicators.completenessNone")).toBe("Not applicable (declared by the park, not reported)");
  });
});
