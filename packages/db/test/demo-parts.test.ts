import { isValidCreditCode } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { allocate, apportion } from "../src/demo/allocation";
import { buildCalendar, monthlyRecordedAt } from "../src/demo/calendar";
import type { DemoPark } from "../src/demo/context";
import { csvNumber, csvText, roundTo } from "../src/demo/csv";
import { creditCodeFactory, organisationCheckChar, productFromClassName, shortCityName, shortProvinceName } from "../src/demo/identity";
import { deriveSeed, Rng } from "../src/demo/random";
import { seasonalIndex } from "../src/demo/seasonality";

// Pure building blocks of the demo generator; no database involved.

describe("Rng", () => {
  it("repeats a stream for the same seed and differs for another", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((rng) => () => rng.next())(new Rng(seed)));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it("derives distinct stream seeds from (seed, parts), including seeds above 2^32", () => {
    expect(deriveSeed(42, 1, 7)).toBe(deriveSeed(42, 1, 7));
    expect(deriveSeed(42, 1, 7)).not.toBe(deriveSeed(42, 1, 8));
    expect(deriveSeed(42, 1, 7)).not.toBe(deriveSeed(42, 2, 7));
    expect(deriveSeed(2 ** 40 + 42, 1)).not.toBe(deriveSeed(42, 1));
  });

  it("draws normals, log-normals, Poisson counts and betas with the intended centres", () => {
    const rng = new Rng(9);
    const n = 20_000;
    const mean = (f: () => number) => Array.from({ length: n }, f).reduce((a, v) => a + v, 0) / n;
    expect(mean(() => rng.normal(5, 2))).toBeCloseTo(5, 1);
    const logs = Array.from({ length: n }, () => rng.logNormal(100, 1)).sort((a, b) => a - b);
    expect(logs[n / 2]).toBeGreaterThan(95);
    expect(logs[n / 2]).toBeLessThan(105);
    expect(mean(() => rng.poisson(3))).toBeCloseTo(3, 1);
    expect(mean(() => rng.poisson(80))).toBeCloseTo(80, 0);
    expect(mean(() => rng.beta(5.5, 4.5))).toBeCloseTo(0.55, 2);
    expect(rng.poisson(0)).toBe(0);
  });
});

describe("credit codes", () => {
  it("computes the GB 11714 check character of a real organisation code", () => {
    // 深圳市腾讯计算机系统有限公司: 91440300708461136T, organisation code 70846113-6.
    expect(organisationCheckChar("70846113")).toBe("6");
  });

  it("are valid and unique across old-style and MA-style codes", () => {
    const factory = creditCodeFactory(42);
    const codes = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const code = factory.code(i, "440100", i % 2 === 0);
      codes.add(code);
      if (i % 997 === 0) expect(isValidCreditCode(code)).toBe(true);
    }
    expect(codes.size).toBe(100_000);
    const oldStyle = factory.code(5, "440100", false);
    expect(oldStyle).toMatch(/^91440100\d{8}[0-9X][0-9A-HJ-NPQRTUWXY]$/);
    expect(organisationCheckChar(oldStyle.slice(8, 16))).toBe(oldStyle.charAt(16));
    expect(factory.code(5, "440100", true)).toMatch(/^91440100MA/);
  });

  it("depend on the seed", () => {
    expect(creditCodeFactory(1).code(0, "440100", false)).not.toBe(creditCodeFactory(2).code(0, "440100", false));
  });
});

describe("names and products", () => {
  it("shortens region names the way company names use them", () => {
    expect(shortProvinceName("广东省")).toBe("广东");
    expect(shortProvinceName("广西壮族自治区")).toBe("广西");
    expect(shortCityName("广州市")).toBe("广州");
    // Too short to shorten: 沙市 stays.
    expect(shortCityName("沙市")).toBe("沙市");
  });

  it("reads a class name as a product, except for residual classes", () => {
    expect(productFromClassName("锂离子电池制造")).toBe("锂离子电池");
    expect(productFromClassName("软件开发")).toBe("软件开发");
    expect(productFromClassName("其他电池制造")).toBeNull();
  });
});

describe("calendar", () => {
  it("covers the three completed years and the 36 complete months before the as-of date", () => {
    const c = buildCalendar("2026-11-22");
    expect(c.years).toEqual([2023, 2024, 2025]);
    expect(c.months).toBe(46);
    expect(c.periods[c.firstReported]).toBe("2023-11");
    expect(c.periods[c.months - 1]).toBe("2026-10");
    const january = buildCalendar("2026-01-01");
    expect(january.months).toBe(36);
    expect(january.periods[january.firstReported]).toBe("2023-01");
    expect(january.periods[35]).toBe("2025-12");
  });

  it("never records a value after the as-of date", () => {
    const c = buildCalendar("2026-11-05");
    expect(monthlyRecordedAt(c, c.months - 1)).toBe("2026-11-05 09:00:00+08");
    expect(monthlyRecordedAt(c, c.months - 2)).toBe("2026-10-10 09:00:00+08");
  });

  it("rejects dates that do not exist", () => {
    expect(() => buildCalendar("2026-02-30")).toThrow(/ISO date/);
  });
});

describe("seasonality", () => {
  it("averages 1 over a year and dips in the Spring Festival month", () => {
    for (const year of [2024, 2025]) {
      const months = Array.from({ length: 12 }, (_, m) => seasonalIndex(year, m + 1, true));
      expect(months.reduce((a, v) => a + v, 0) / 12).toBeCloseTo(1, 10);
    }
    // 2024-02-10 and 2025-01-29.
    expect(seasonalIndex(2024, 2, true)).toBeLessThan(seasonalIndex(2024, 1, true));
    expect(seasonalIndex(2025, 1, true)).toBeLessThan(seasonalIndex(2025, 2, true));
    expect(seasonalIndex(2024, 12, true)).toBeGreaterThan(1.1);
    expect(Math.abs(seasonalIndex(2024, 2, false) - 1)).toBeLessThan(Math.abs(seasonalIndex(2024, 2, true) - 1));
  });
});

describe("allocation of enterprises to parks", () => {
  const park = (ordinal: number, level: "national" | "provincial", approvedAreaKm2: number | null): DemoPark => ({
    id: ordinal + 1,
    ordinal,
    name: `P${ordinal}`,
    level,
    kind: "industrial",
    regionCode: null,
    approvedAreaKm2,
    leading: [],
    creditRegion: "990000",
    place: { city: null, cityFull: null, province: null },
  });
  const parks = [park(0, "national", 30), park(1, "provincial", 30), park(2, "provincial", null), park(3, "provincial", 0.01)];

  it("sums exactly to the total and favours national and larger parks", () => {
    const counts = apportion(parks, 1001);
    expect(counts.reduce((a, c) => a + c, 0)).toBe(1001);
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    expect(counts[1]).toBeGreaterThan(counts[3] ?? 0);
  });

  it("maps every index to the park owning its range, skipping empty parks", () => {
    const allocation = allocate(parks, 3);
    const owners = [0, 1, 2].map((i) => allocation.parkIndexOf(i));
    owners.forEach((owner, i) => {
      expect(allocation.counts[owner]).toBeGreaterThan(0);
      expect(i).toBeGreaterThanOrEqual(allocation.starts[owner] ?? 0);
      expect(i).toBeLessThan((allocation.starts[owner] ?? 0) + (allocation.counts[owner] ?? 0));
    });
  });
});

describe("CSV fields", () => {
  it("write null as nothing, quote only where needed, and keep tiny amounts", () => {
    expect(csvText(null)).toBe("");
    expect(csvText("")).toBe('""');
    expect(csvText('a,"b"')).toBe('"a,""b"""');
    expect(csvNumber(null, 2)).toBe("");
    expect(csvNumber(1234.5, 2)).toBe("1234.50");
    expect(csvNumber(-0.004, 2)).toBe("-0.004");
    expect(csvNumber(0.00001234, 3)).toBe("0.0000123");
    expect(csvNumber(0, 2)).toBe("0");
    expect(csvNumber(-12.346, 2)).toBe("-12.35");
  });

  it("format the same value as rounding does", () => {
    const rng = new Rng(3);
    for (let i = 0; i < 20_000; i++) {
      const value = (rng.next() - 0.3) * 10 ** rng.uniform(-5, 10);
      for (const decimals of [0, 2, 3, 4]) expect(Number(csvNumber(value, decimals))).toBe(roundTo(value, decimals));
    }
  });
});
