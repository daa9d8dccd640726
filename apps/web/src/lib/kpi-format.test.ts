import { describe, expect, it } from "vitest";
import { parkColumnTitle } from "./kpi-format";

describe("parkColumnTitle", () => {
  it.each([
    ["企业数", "enterprises", "zh-CN", "企业数 (家)"],
    ["Enterprises", "enterprises", "en-US", "Enterprises"],
    ["工业总产值", "industrialOutput", "zh-CN", "工业总产值 (亿元)"],
    ["Industrial output", "industrialOutput", "en-US", "Industrial output (100M CNY)"],
    ["R&D intensity", "rdIntensity", "en-US", "R&D intensity (%)"],
  ] as const)("%s (%s, %s) → %s", (name, key, lang, title) => {
    expect(parkColumnTitle(name, key, lang)).toBe(title);
  });
});
