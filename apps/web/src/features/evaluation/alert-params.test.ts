import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { zhCN } from "../../locales/zh-CN";
import { enUS } from "../../locales/en-US";
import { describeAlertParams } from "./alert-params";

beforeAll(async () => {
  await i18n.init({ resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } }, lng: "zh-CN", interpolation: { escapeValue: false } });
});

describe("alert rule parameters in words", () => {
  it("names each shipped parameter and prints fractions as percentages, months as months", () => {
    const zh = i18n.getFixedT("zh-CN");
    expect(describeAlertParams({ field: "output", basis: "ytd_yoy", below: 0 }, zh, "zh-CN")).toEqual(["指标：工业总产值", "口径：累计同比", "增速 < 0.0%"]);
    expect(describeAlertParams({ field: "revenue", drop: 0.3, months: 3 }, zh, "zh-CN")).toEqual(["指标：营业收入", "同比降幅 ≥ 30.0%", "连续月数 3 个月"]);
    expect(describeAlertParams({ electricity_drop: 0.3, output_band: 0.05, months: 1 }, zh, "zh-CN")).toEqual(["用电量同比降幅 ≥ 30.0%", "产值视为持平的范围 ±5.0%", "连续月数 1 个月"]);
    expect(describeAlertParams({ below: -0.1 }, zh, "zh-CN")).toEqual(["增速 < −10.0%"]);
    expect(describeAlertParams({ below: 0, critical_below: -0.05 }, zh, "zh-CN")).toEqual(["增速 < 0.0%", "严重预警：增速 < −5.0%"]);
  });

  it("speaks English too", () => {
    const en = i18n.getFixedT("en-US");
    expect(describeAlertParams({ missed_months: 2, lookback_months: 12, basis: "yoy" }, en, "en-US")).toEqual(["Months without a report 2 months", "Looking back 12 months", "Basis: Month, year on year"]);
    expect(describeAlertParams({ critical_below: -0.05 }, en, "en-US")).toEqual(["Critical when growth < −5.0%"]);
  });

  it("shows a parameter it does not know as key = value rather than hiding it", () => {
    expect(describeAlertParams({ custom_floor: 7 }, i18n.getFixedT("zh-CN"), "zh-CN")).toEqual(["custom_floor = 7"]);
  });
});
