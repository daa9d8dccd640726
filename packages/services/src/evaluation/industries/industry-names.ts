import type { Database } from "@parkpilot/db";

/** GB/T 4754 names of the given codes. */
export const industryNames = async (database: Database, codes: readonly string[]): Promise<Map<string, string>> => {
  if (codes.length === 0) return new Map();
  const rows = await database.query<{ code: string; name: string }>(`SELECT code, name FROM industries WHERE code = ANY($1::text[])`, [[...new Set(codes)]]);
  return new Map(rows.map((r) => [r.code, r.name]));
};
