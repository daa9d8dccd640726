import { field, type CsvRow } from "./csv-files";

export const INDUSTRY_COLUMNS = ["code", "name", "level", "parent_code", "section"] as const;
export type IndustryRow = Record<(typeof INDUSTRY_COLUMNS)[number], string>;

// GB/T 4754-2017 with the 2019 amendment: 门类 20, 大类 97, 中类 473, 小类 1,382.
const EXPECTED_PER_LEVEL = { "1": 20, "2": 97, "3": 473, "4": 1382 } as const;

/** GB/T 4754-2017 code tree from the flat source table; checks level counts and parents. */
export const buildIndustries = (source: readonly CsvRow[]): IndustryRow[] => {
  const rows = source.map((row) => ({
    code: field(row, "code"),
    name: field(row, "name"),
    level: field(row, "level"),
    parent_code: field(row, "parent_code"),
    section: field(row, "section"),
  }));
  const codes = new Set(rows.map((row) => row.code));
  for (const [level, expected] of Object.entries(EXPECTED_PER_LEVEL)) {
    const count = rows.filter((row) => row.level === level).length;
    if (count !== expected) throw new Error(`GB/T 4754 level ${level}: ${count} codes, expected ${expected}`);
  }
  for (const row of rows) {
    if (row.level === "1" ? row.parent_code !== "" : !codes.has(row.parent_code)) {
      throw new Error(`GB/T 4754 code ${row.code}: bad parent "${row.parent_code}"`);
    }
  }
  if (codes.size !== rows.length) throw new Error("GB/T 4754: duplicate codes");
  return rows;
};
