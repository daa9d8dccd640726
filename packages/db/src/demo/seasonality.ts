/**
 * Monthly seasonal indices (mean 1 over each calendar year). Chinese industrial output dips
 * around the Spring Festival, when migrant workers go home and plants close for two to four
 * weeks, and peaks in December when firms close their books. The festival moves between late
 * January and mid-February, so the dip is placed in the month the festival falls in.
 */

/** Spring Festival (春节) dates; years not listed fall back to a February festival. */
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2018: "02-16",
  2019: "02-05",
  2020: "01-25",
  2021: "02-12",
  2022: "02-01",
  2023: "01-22",
  2024: "02-10",
  2025: "01-29",
  2026: "02-17",
  2027: "02-06",
  2028: "01-26",
  2029: "02-13",
  2030: "02-03",
  2031: "01-23",
  2032: "02-11",
};

// Jan … Dec with a February festival; a January festival swaps the depth of the two months.
const FEBRUARY_FESTIVAL = [0.95, 0.7, 1.0, 0.98, 1.0, 1.04, 0.98, 0.99, 1.04, 0.99, 1.05, 1.22] as const;
const JANUARY_FESTIVAL = [0.76, 0.86, 1.02, 0.98, 1.0, 1.04, 0.98, 0.99, 1.04, 0.99, 1.05, 1.22] as const;

const normalise = (values: readonly number[]): number[] => {
  const mean = values.reduce((a, v) => a + v, 0) / values.length;
  return values.map((v) => v / mean);
};

const NORMALISED_FEB = normalise(FEBRUARY_FESTIVAL);
const NORMALISED_JAN = normalise(JANUARY_FESTIVAL);

/** Seasonal index of `month` (1–12) in `year` for industry; services swing at 40% of that. */
export const seasonalIndex = (year: number, month: number, industrial: boolean): number => {
  const festival = SPRING_FESTIVAL[year];
  const table = festival?.startsWith("01") ? NORMALISED_JAN : NORMALISED_FEB;
  const full = table[month - 1] ?? 1;
  return industrial ? full : 1 + 0.4 * (full - 1);
};

/**
 * Tax falls due unevenly: enterprise income tax is prepaid quarterly (filed in the month after
 * the quarter), value-added tax monthly. Mean 1 over a year.
 */
const TAX_PATTERN = normalise([1.25, 0.85, 0.9, 1.25, 0.85, 0.9, 1.25, 0.85, 0.9, 1.25, 0.85, 0.9]);
export const taxIndex = (month: number): number => TAX_PATTERN[month - 1] ?? 1;

/** Air conditioning lifts electricity use in the southern summer; mean 1 over a year. */
const ELECTRICITY_PATTERN = normalise([0.97, 0.95, 0.97, 0.98, 1.0, 1.04, 1.07, 1.07, 1.03, 0.99, 0.97, 0.96]);
export const electricityIndex = (month: number): number => ELECTRICITY_PATTERN[month - 1] ?? 1;

/** The indices of every timeline month, computed once per run rather than once per row. */
export interface SeasonTables {
  readonly industrial: Float64Array;
  readonly service: Float64Array;
  readonly tax: Float64Array;
  readonly electricity: Float64Array;
}

export const seasonTables = (yearOf: readonly number[], monthOfYear: readonly number[]): SeasonTables => {
  const n = monthOfYear.length;
  const tables = { industrial: new Float64Array(n), service: new Float64Array(n), tax: new Float64Array(n), electricity: new Float64Array(n) };
  for (let t = 0; t < n; t++) {
    const year = yearOf[t] ?? 0;
    const month = monthOfYear[t] ?? 1;
    tables.industrial[t] = seasonalIndex(year, month, true);
    tables.service[t] = seasonalIndex(year, month, false);
    tables.tax[t] = taxIndex(month);
    tables.electricity[t] = electricityIndex(month);
  }
  return tables;
};
