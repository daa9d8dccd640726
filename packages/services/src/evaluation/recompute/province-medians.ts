import type { Database } from "@parkpilot/db";
import { sqlText } from "../sql-text";
import { parkSubject, provinceSubject } from "../indicator-values";
import type { VisiblePark } from "../visible-parks";

/** Subject of the median of the province's parks ("province:44/p50"): what each park is placed against. */
export const provinceMedianSubject = (provinceCode: string) => `${provinceSubject(provinceCode)}/p50`;

/**
 * The median over the province's parks of every annual value, per indicator and year, with how
 * many parks have a value: stored once per recomputation, so a park page does not sort the
 * province's parks on every request.
 */
export const recomputeProvinceMedians = async (database: Database, provinceCode: string, parks: readonly VisiblePark[], years: readonly number[], computedAt: string): Promise<void> => {
  const subject = provinceMedianSubject(provinceCode);
  const periods = years.map(String);
  await database.db.transaction(async (tx) => {
    await tx.execute(sqlText(`DELETE FROM indicator_values WHERE subject = $1 AND period = ANY($2::text[])`, [subject, periods]));
    await tx.execute(
      sqlText(
        `INSERT INTO indicator_values (indicator_key, subject, period, value, reporting, population, computed_at)
         SELECT indicator_key, $1, period, percentile_cont(0.5) WITHIN GROUP (ORDER BY value), count(value)::int, $4::int, $5::timestamptz
           FROM indicator_values
          WHERE period = ANY($2::text[]) AND subject = ANY($3::text[]) AND value IS NOT NULL
          GROUP BY indicator_key, period`,
        [subject, periods, parks.map((p) => parkSubject(p.id)), parks.length, computedAt],
      ),
    );
  });
};
