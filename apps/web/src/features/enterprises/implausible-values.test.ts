import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { TAnnualRecord, TMonthlyRecord } from "@parkpilot/contracts";
import { ANNUAL_FIELDS } from "@parkpilot/core";
import { zhCN } from "../../locales/zh-CN";
import { enUS } from "../../locales/en-US";
import { implausibleLines, referencePeriod } from "./implausible-values";

beforeAll(async () => {
  await i18n.init({ resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } }, lng: "zh-CN", interpolation: { escapeValue: false } });
});

const sourced = (values: Record<string, number | null>) => Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, source: null }]));
const annual: TAnnualRecord[] = [
  { year: 2024, values: sourced({ revenue: 2500, profit: -30, employees: 40 }) },
  { year: 2025, values: sourced({ revenue: 2600 }) },
];
const monthly: TMonthlyRecord[] = [{ period: "2024-03", values: sourced({ output: 300 }) }];

describe("the period a new value is checked against", () => {
  it.each([
    { grain: { kind: "annual" as const, year: 2025 }, label: "上年（2024 年）", revenue: 2500 },
    { grain: { kind: "annual" as const, year: 2026 }, label: "上年（2025 年）", revenue: 2600 },
    { grain: { kind: "annual" as const, year: 2024 }, label: null, revenue: null },
    { grain: { kind: "monthly" as const, period: "2025-03" }, label: "上年同月（2024-03）", revenue: null },
    { grain: { kind: "monthly" as const, period: "2025-04" }, label: null, revenue: null },
  ])("$grain → $label", ({ grain, label, revenue }) => {
    const reference = referencePeriod(grain, annual, monthly, i18n.getFixedT("zh-CN"));
    expect(reference?.label ?? null).toBe(label);
    if (reference) expect(reference.values.revenue ?? null).toBe(revenue);
  });
});

describe("values a hundred times off the period before", () => {
  const zhReference = () => referencePeriod({ kind: "annual", year: 2025 }, annual, monthly, i18n.getFixedT("zh-CN"));

  it("names each changed value that is, with the unit to check, and nothing else", () => {
    const reference = zhReference();
    const lines = implausibleLines(ANNUAL_FIELDS, { revenue: 25_000_000, profit: 5000, employees: 41 }, reference, i18n.getFixedT("zh-CN"), "zh-CN");
    expect(lines).toEqual(["营业收入：25,000,000.00 万元，约为上年（2024 年） 2,500.00 万元的 10,000 倍，请确认单位是否为万元"]);
  });

  it("words a collapse as a fraction, in English too", () => {
    const en = referencePeriod({ kind: "annual", year: 2025 }, annual, monthly, i18n.getFixedT("en-US"));
    const lines = implausibleLines(ANNUAL_FIELDS, { revenue: 25 }, en, i18n.getFixedT("en-US"), "en-US");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Operating revenue: 25\.00 .+, only 1\/100 of the value of the year before \(2024\)/);
  });

  it("says nothing without a period before, or for values not changed", () => {
    expect(implausibleLines(ANNUAL_FIELDS, { revenue: 25_000_000 }, undefined, i18n.getFixedT("zh-CN"), "zh-CN")).toEqual([]);
    expect(implausibleLines(ANNUAL_FIELDS, { employees: 41 }, zhReference(), i18n.getFixedT("zh-CN"), "zh-CN")).toEqual([]);
  });
});
