import { describe, expect, it } from "vitest";
import { epochDay, epochDayFromYmd, isIsoDate, isoFromEpochDay, yearsBetween, yyyymmddFromEpochDay } from "./dates";

describe("dates", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2026-13-01", false],
    ["2026-4-1", false],
    ["", false],
  ])("isIsoDate(%s) → %s", (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it.each(["1970-01-01", "2000-02-29", "2026-04-01", "1899-12-31", "2100-03-01"])("round-trips %s through epoch days and yyyymmdd", (iso) => {
    const day = epochDay(iso);
    expect(isoFromEpochDay(day)).toBe(iso);
    expect(yyyymmddFromEpochDay(day)).toBe(Number(iso.replaceAll("-", "")));
    expect(epochDayFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)))).toBe(day);
  });

  it.each<[string, string, number]>([
    ["2025-06-01", "2026-06-01", 1],
    ["2025-06-02", "2026-06-01", 1 - 1 / 365],
    ["2016-06-01", "2026-06-01", 10],
    ["2020-02-29", "2021-03-01", 1],
    ["2020-02-29", "2024-02-29", 4],
  ])("yearsBetween(%s, %s) = %s", (from, to, years) => expect(yearsBetween(epochDay(from), epochDay(to))).toBeCloseTo(years, 12));

  it("rejects a non-date", () => expect(() => epochDay("2026-02-30")).toThrow(/not an ISO date/));
});
