import type { ParkIntensityBenchmark } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";

/**
 * The park's median 亩均税收 and 亩均产值 over its enterprises for the latest year with land data:
 * per enterprise tax (output) ÷ its land, median across enterprises, only enterprises with land
 * reported (> 0) and the figure reported. The basis of the per-mu projection at admission.
 */
export const parkIntensityBenchmark = async (database: Database, parkId: number): Promise<ParkIntensityBenchmark | null> => {
  const [row] = await database.query<{ year: number | null; sample: number; tax: number | string | null; output: number | string | null }>(
    `WITH y AS (
       SELECT max(a.year)::int AS year FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id
        WHERE e.park_id = $1 AND a.land_area_mu > 0
     )
     SELECT y.year, count(a.enterprise_id)::int AS sample,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY a.tax_paid / a.land_area_mu) AS tax,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY a.industrial_output / a.land_area_mu) AS output
       FROM y LEFT JOIN enterprise_annual a ON a.year = y.year AND a.land_area_mu > 0
             AND a.enterprise_id IN (SELECT id FROM enterprises WHERE park_id = $1)
      GROUP BY y.year`,
    [parkId],
  );
  if (!row || row.year === null || row.sample === 0) return null;
  return {
    year: row.year,
    sample: row.sample,
    medianTaxPerMu: row.tax === null ? null : Number(row.tax),
    medianOutputPerMu: row.output === null ? null : Number(row.output),
  };
};
