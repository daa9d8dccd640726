import { describe, expect, it } from "vitest";
import {
  axisUnit,
  columnUnit,
  titleWithUnit,
  DASH,
  formatBytes,
  formatInUnit,
  formatKm2,
  formatMoneyWan,
  formatMu,
  formatNumber,
  formatPercent,
  formatPerMu,
  formatPointChange,
  formatScaled,
  formatSignedPercent,
  relativeChange,
  scaleQuantity,
  inCustomaryUnit,
  unitLabel,
} from "./format";

describe("money in 万元, shown in 万元 below 1 亿 and in 亿元 from 1 亿", () => {
  it.each([
    [0, "0.00 万元"],
    [1234.5, "1,234.50 万元"],
    [9999.99, "9,999.99 万元"],
    [10000, "1.00 亿元"], // exactly 1 亿
    [5861800, "586.18 亿元"],
    [-25000, "-2.50 亿元"], // losses scale by magnitude
  ])("%s 万元 → %s", (wan, text) => expect(formatMoneyWan(wan, "zh-CN")).toBe(text));

  it("English units", () => {
    expect(formatMoneyWan(1234.5, "en-US")).toBe("1,234.50 10k CNY");
    expect(formatMoneyWan(20000, "en-US")).toBe("2.00 100M CNY");
  });

  it("unknown is a dash, never zero", () => {
    expect(formatMoneyWan(null, "zh-CN")).toBe(DASH);
    expect(formatMoneyWan(undefined, "zh-CN")).toBe(DASH);
    expect(formatMoneyWan(Number.NaN, "zh-CN")).toBe(DASH);
  });
});

describe("other units", () => {
  it("electricity climbs 千瓦时 → 万千瓦时 → 亿千瓦时", () => {
    expect(formatScaled(9999, "千瓦时", "zh-CN")).toBe("9,999.00 千瓦时");
    expect(formatScaled(12_340_000, "千瓦时", "zh-CN")).toBe("1,234.00 万千瓦时");
    expect(formatScaled(3e8, "千瓦时", "zh-CN")).toBe("3.00 亿千瓦时");
  });
  it("energy in 吨标准煤 and 万吨标准煤", () => {
    expect(formatScaled(850, "吨标准煤", "zh-CN")).toBe("850.00 吨标准煤");
    expect(formatScaled(125000, "吨标准煤", "zh-CN")).toBe("12.50 万吨标准煤");
    expect(formatScaled(125000, "吨标准煤", "en-US")).toBe("12.50 10k tce");
  });
  it("land in 亩 and areas in km², per-mu tax in 万元/亩", () => {
    expect(formatMu(1579.45, "zh-CN")).toBe("1,579 亩");
    expect(formatMu(1579.45, "en-US")).toBe("1,579 mu");
    expect(formatKm2(37.34, "zh-CN")).toBe("37.34 平方公里");
    expect(formatKm2(37.34, "en-US")).toBe("37.34 km²");
    expect(formatPerMu(18.3665, "zh-CN")).toBe("18.37 万元/亩");
  });
  it("units without a ladder keep their own name; integers without decimals", () => {
    expect(formatInUnit(195, "人", "zh-CN", 0)).toBe("195 人");
    expect(formatInUnit(195, "人", "en-US", 0)).toBe("195 persons");
    expect(unitLabel("吉焦", "en-US")).toBe("GJ");
    expect(unitLabel("未知单位", "en-US")).toBe("未知单位");
  });
  it("scaleQuantity splits number and unit for statistic cards", () => {
    expect(scaleQuantity(5861800, "万元", "zh-CN")).toEqual({ value: "586.18", unit: "亿元" });
  });
  it("statistic props in the customary unit: scaled at the step, a dash without unit when unknown", () => {
    expect(inCustomaryUnit(2841671, "万元", "zh-CN")).toEqual({ value: "284.17", suffix: "亿元" });
    expect(inCustomaryUnit(9999, "万元", "zh-CN")).toEqual({ value: "9,999.00", suffix: "万元" });
    expect(inCustomaryUnit(4990907, "平方米", "zh-CN")).toEqual({ value: "499.09", suffix: "万平方米" });
    expect(inCustomaryUnit(9999.5, "平方米", "en-US", 0)).toEqual({ value: "10,000", suffix: "m²" });
    expect(inCustomaryUnit(10000, "平方米", "en-US", 0)).toEqual({ value: "1", suffix: "10k m²" });
    expect(inCustomaryUnit(null, "万元", "zh-CN")).toEqual({ value: "—" });
    expect(inCustomaryUnit(Number.NaN, "万元", "zh-CN")).toEqual({ value: "—" });
  });
  it("one unit for a chart axis from its maximum", () => {
    expect(axisUnit(9000, "万元", "zh-CN")).toEqual({ factor: 1, unit: "万元" });
    expect(axisUnit(35000, "万元", "zh-CN")).toEqual({ factor: 1e4, unit: "亿元" });
    expect(axisUnit(5e6, "千瓦时", "zh-CN")).toEqual({ factor: 1e4, unit: "万千瓦时" });
    expect(axisUnit(12, "人", "en-US")).toEqual({ factor: 1, unit: "persons" });
  });
  it("one unit for a table column from its largest value, unknowns a dash", () => {
    const mixed = columnUnit([4800, null, -35000, 120], "万元", "zh-CN");
    expect(mixed.unit).toBe("亿元");
    expect([4800, null, -35000, 120].map(mixed.format)).toEqual(["0.48", "—", "-3.50", "0.01"]);
    const small = columnUnit([9999.99, undefined], "万元", "zh-CN");
    expect(small.unit).toBe("万元");
    expect(small.format(9999.99)).toBe("9,999.99");
    expect(columnUnit([], "万元", "en-US").unit).toBe(axisUnit(0, "万元", "en-US").unit);
    expect(columnUnit([Number.NaN], "万元", "zh-CN").format(Number.NaN)).toBe("—");
    expect(titleWithUnit("工业总产值", "亿元")).toBe("工业总产值 (亿元)");
  });
});

describe("ratios and changes", () => {
  it("fractions as percentages", () => {
    expect(formatPercent(0.0279, "zh-CN")).toBe("2.79%");
    expect(formatPercent(null, "zh-CN")).toBe(DASH);
  });
  it("relative change needs both values and a positive base", () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1);
    expect(relativeChange(90, 100)).toBeCloseTo(-0.1);
    expect(relativeChange(100, 0)).toBeNull();
    expect(relativeChange(100, -5)).toBeNull();
    expect(relativeChange(null, 100)).toBeNull();
    expect(relativeChange(100, null)).toBeNull();
  });
  it("signed percentages use a true minus sign", () => {
    expect(formatSignedPercent(0.073, "zh-CN")).toBe("+7.3%");
    expect(formatSignedPercent(-0.005, "zh-CN")).toBe("−0.5%");
    expect(formatSignedPercent(0, "zh-CN")).toBe("0.0%");
    expect(formatSignedPercent(null, "zh-CN")).toBe(DASH);
  });
  it("changes of ratios in percentage points", () => {
    expect(formatPointChange(0.0305, 0.0279, "zh-CN")).toBe("+0.26 个百分点");
    expect(formatPointChange(0.02, 0.03, "en-US")).toBe("−1.00 pp");
    expect(formatPointChange(0.02, null, "zh-CN")).toBe(DASH);
  });
});

describe("plain numbers and sizes", () => {
  it("thousands separators and fixed decimals", () => {
    expect(formatNumber(1500, "zh-CN")).toBe("1,500");
    expect(formatNumber(12345.678, "en-US", 2)).toBe("12,345.68");
  });
  it("file sizes", () => {
    expect(formatBytes(512, "zh-CN")).toBe("512 B");
    expect(formatBytes(2048, "zh-CN")).toBe("2.0 KB");
    expect(formatBytes(3 * 1024 * 1024, "zh-CN")).toBe("3.0 MB");
  });
});
