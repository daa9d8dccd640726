import type { Database } from "@parkpilot/db";
import { provinceSubject } from "../indicator-values";

/** The latest year with annual enterprise data in the province (its stored revenue total), or null. */
export const latestYearOfProvince = async (database: Database, provinceCode: string): Promise<number | null> => {
  const [row] = await database.query<{ y: string | null }>(`SELECT max(period) AS y FROM indicator_values WHERE subject = $1 AND indicator_key = 'revenue_total' AND value IS NOT NULL`, [provinceSubject(provinceCode)]);
  return row?.y ? Number(row.y) : null;
};
