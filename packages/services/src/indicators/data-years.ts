import type { Database } from "@parkpilot/db";

/**
 * The years for which a province's enterprises reported annual data, newest first. Distinct
 * years are walked down the year index (one probe per year, not a scan of the table) and each is
 * kept when one of the province's enterprises has a row for it: a province sees its own years,
 * not those of another province on the same installation.
 */
const DATA_YEARS_SQL = `
  WITH RECURSIVE years(y) AS (
    SELECT max(year) FROM enterprise_annual
    UNION ALL
    SELECT (SELECT max(a.year) FROM enterprise_annual a WHERE a.year < years.y) FROM years WHERE years.y IS NOT NULL
  )
  SELECT y::int AS year FROM years
  WHERE y IS NOT NULL
    AND EXISTS (SELECT 1 FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id WHERE a.year = years.y AND e.province_code = $1)
  ORDER BY y DESC`;

export const provinceDataYears = async (database: Database, provinceCode: string): Promise<number[]> =>
  (await database.query<{ year: number }>(DATA_YEARS_SQL, [provinceCode])).map((r) => r.year);

/** The latest year with annual data in the province, or null when it has none yet. */
export const latestDataYear = async (database: Database, provinceCode: string): Promise<number | null> =>
  (await database.query<{ year: number }>(`${DATA_YEARS_SQL} LIMIT 1`, [provinceCode]))[0]?.year ?? null;
