import { describe, expect, it } from "vitest";
import { isIndustryPattern, mapIndustryCode, normaliseIndustryCode } from "./gbt4754";

describe("GB/T 4754-2017 codes", () => {
  it.each<[string, string | undefined]>([
    ["C3911", "C3911"],
    ["c3911", "C3911"],
    ["3911", "C3911"],
    [" 0111 ", "A0111"],
    ["B3911", undefined],
    ["99", undefined],
    ["C39111", undefined],
    ["L", "L"],
  ])("normalise %j → %j", (raw, code) => expect(normaliseIndustryCode(raw)).toBe(code));

  it.each<[string, boolean]>([
    ["B", true],
    ["F51", true],
    ["G54-G58", true],
    ["K7010", true],
    ["G58-G54", false],
    ["G54-H61", false],
    ["C05", false],
    ["X1", false],
  ])("pattern %s valid: %s", (p, ok) => expect(isIndustryPattern(p)).toBe(ok));

  const map = { industry: ["B", "C", "D"], transport: ["G54-G58"], real_estate: ["K7010"], property: ["K7020"], leasing: ["L"] };
  it.each<[string, string | undefined]>([
    ["C3911", "industry"],
    ["G5430", "transport"],
    ["G5320", "other"],
    ["K7010", "real_estate"],
    ["K7090", "other"],
    ["7020", "property"],
    ["Z1", undefined],
  ])("%s maps to %j", (code, key) => expect(mapIndustryCode(code, map, "other")).toBe(key));
});
