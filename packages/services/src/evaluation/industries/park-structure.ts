import type { Database } from "@parkpilot/db";
import type { DeclaredItem } from "@parkpilot/core";

/** Declared leading industries per park (catalogue order), and whether the catalogue states any at all. */
export const declaredItemsByPark = async (database: Database, parkIds: readonly number[]): Promise<Map<number, DeclaredItem[]>> => {
  const rows = await database.query<{ park_id: number; label: string; industry_codes: string[] }>(
    `SELECT park_id, label, industry_codes FROM park_leading_industries WHERE park_id = ANY($1::int[]) ORDER BY park_id, position`,
    [parkIds],
  );
  const out = new Map<number, DeclaredItem[]>(parkIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.park_id)?.push({ label: r.label, codes: r.industry_codes });
  return out;
};

/** Annual basis (output or revenue) per park and GB/T 4754 division: the observed industry structure. */
export const basisByDivision = async (
  database: Database,
  parkIds: readonly number[],
  year: number,
  basis: "industrialOutput" | "revenue",
): Promise<Map<number, Map<string, number>>> => {
  const column = basis === "revenue" ? "revenue" : "industrial_output";
  const rows = await database.query<{ park_id: number; division: string; total: number }>(
    `SELECT e.park_id, left(e.industry_code, 2) AS division, sum(a.${column}) AS total
       FROM enterprises e JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = $2
      WHERE e.park_id = ANY($1::int[]) AND e.industry_code IS NOT NULL AND a.${column} IS NOT NULL
      GROUP BY e.park_id, left(e.industry_code, 2)`,
    [parkIds, year],
  );
  const out = new Map<number, Map<string, number>>();
  for (const r of rows) {
    let m = out.get(r.park_id);
    if (!m) out.set(r.park_id, (m = new Map()));
    m.set(r.division, Number(r.total));
  }
  return out;
};

/** Basis of enterprises under a declared leading code, and of all enterprises, per park and year. */
export const leadingBasisByPark = async (
  database: Database,
  parkIds: readonly number[],
  years: readonly number[],
  basis: "industrialOutput" | "revenue",
): Promise<Map<string, { leading: number | null; total: number | null; reporting: number }>> => {
  const column = basis === "revenue" ? "revenue" : "industrial_output";
  const rows = await database.query<{ park_id: number; year: number; leading: number | null; total: number | null; reporting: number }>(
    `WITH lead AS (
       SELECT park_id, array_agg(c || '%') AS patterns
         FROM park_leading_industries, unnest(industry_codes) AS c
        WHERE park_id = ANY($1::int[]) AND c <> ''
        GROUP BY park_id)
     SELECT e.park_id, a.year,
            sum(a.${column}) FILTER (WHERE e.industry_code LIKE ANY (lead.patterns)) AS leading,
            sum(a.${column}) AS total, count(a.${column})::int AS reporting
       FROM enterprises e
       JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = ANY($2::int[])
       LEFT JOIN lead ON lead.park_id = e.park_id
      WHERE e.park_id = ANY($1::int[])
      GROUP BY e.park_id, a.year`,
    [parkIds, years],
  );
  return new Map(rows.map((r) => [`${r.park_id}:${r.year}`, { leading: r.leading === null ? (r.total === null ? null : 0) : Number(r.leading), total: r.total === null ? null : Number(r.total), reporting: r.reporting }]));
};
