import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { enUS } from "../../locales/en-US";
import { zhCN } from "../../locales/zh-CN";
import { completeness, countBasis, indicatorDigits, indicatorFigure, shownRating, thresholdLines, unknownReason } from "./indicator-format";

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
    [2.5, u("个", "industries"), "zh-CN", "2.50 个"],
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
    ["declared_leading_count", "enterprises", null, null, null],
    ["tax_per_mu", "enterprises", null, 80, null],
  ] as const)("%s (counts %s) %s/%s → %j", (key, counts, reporting, population, expected) => {
    expect(completeness({ key, reporting, population }, counts)).toEqual(expected);
  });

  it("takes what is counted from the catalogue entry, enterprises without one", () => {
    expect([countBasis({ counts: "parcels" }), countBasis({ counts: "alerts" }), countBasis({ counts: "enterprises" }), countBasis(undefined)]).toEqual(["parcels", "alerts", "enterprises", "enterprises"]);
  });
});

describe("unknownReason: why a park value is unknown", () => {
  it.each([
    // known values need no reason, zero included
    ["tax_per_mu", "enterprises", 9.2, 52, 80, null],
    ["tax_per_mu", "enterprises", 0, 52, 80, null],
    ["tax_per_mu", "enterprises", null, 0, 80, { kind: "noneReported", of: 80 }],
    ["tax_per_mu", "enterprises", null, 0, null, { kind: "noReporters", of: null }],
    ["tax_per_mu", "enterprises", null, 0, 0, { kind: "emptyPopulation", of: 0 }],
    ["tax_per_mu", "enterprises", null, null, null, { kind: "noData", of: null }],
    ["tax_per_mu", "enterprises", null, 5, 80, { kind: "noData", of: 80 }],
    ["plot_ratio", "parcels", null, 0, 65, { kind: "noneParcelData", of: 65 }],
    ["idle_land_share", "parcels", null, null, null, { kind: "noParcels", of: null }],
    ["alert_resolution_rate", "alerts", null, null, null, { kind: "noAlerts", of: null }],
    ["land_cd_share", "enterprises", null, null, null, { kind: "notClassified", of: null }],
    ["land_cd_share", "enterprises", null, 0, 12, { kind: "noneReported", of: 12 }],
  ] as const)("%s (counts %s) value %s (%s/%s) → %j", (key, counts, value, reporting, population, expected) => {
    expect(unknownReason({ key, value, reporting, population }, counts)).toEqual(expected);
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
  });
});
