import type { Database } from "@parkpilot/db";
import { parkSubject, provinceSubject, regionSubject, replaceIndicatorValues, type IndicatorValueRow } from "../indicator-values";
import type { VisiblePark } from "../visible-parks";

/** alert_resolution_rate: alerts of the year resolved ÷ alerts raised in the year, per park, region and province. */
export const recomputeAlertResolutionRate = async (database: Database, provinceCode: string, parks: readonly VisiblePark[], years: readonly number[], computedAt: string): Promise<number> => {
  const rows = await database.query<{ g_park: number; g_region: number; park_id: number | null; region_code: string | null; year: string; total: number; resolved: number }>(
    `SELECT GROUPING(a.park_id) AS g_park, GROUPING(p.region_code) AS g_region, a.park_id, p.region_code, left(a.period, 4) AS year,
            count(*)::int AS total, count(*) FILTER (WHERE a.status = 'resolved')::int AS resolved
       FROM alerts a JOIN parks p ON p.id = a.park_id
      WHERE a.province_code = $1 AND left(a.period, 4) = ANY($2::text[])
      GROUP BY GROUPING SETS ((a.park_id, left(a.period, 4)), (p.region_code, left(a.period, 4)), (left(a.period, 4)))`,
    [provinceCode, years.map(String)],
  );
  const out: IndicatorValueRow[] = rows.flatMap((r) => {
    const subject = r.g_park === 0 ? (r.park_id === null ? null : parkSubject(r.park_id)) : r.g_region === 0 ? (r.region_code ? regionSubject(r.region_code) : null) : provinceSubject(provinceCode);
    return subject ? [{ key: "alert_resolution_rate", subject, period: r.year, value: r.total > 0 ? (r.resolved / r.total) * 100 : null, reporting: r.resolved, population: r.total }] : [];
  });
  const subjects = [...parks.map((p) => parkSubject(p.id)), ...new Set(parks.flatMap((p) => (p.regionCode ? [regionSubject(p.regionCode)] : []))), provinceSubject(provinceCode)];
  return replaceIndicatorValues(database, out, { keys: ["alert_resolution_rate"], periods: years.map(String), subjects }, computedAt);
};
