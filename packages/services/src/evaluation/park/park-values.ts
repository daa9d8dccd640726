import { rateValue } from "@parkpilot/core";
import type { TIndicatorValue } from "@parkpilot/contracts";
import type { Database } from "@parkpilot/db";
import { parkSubject } from "../indicator-values";
import { provinceMedianSubject } from "../recompute/province-medians";
import { evaluationPolicies } from "../policies";
import { num } from "../present";

/** The latest year with annual enterprise data for a park (its revenue total), or null. */
export const latestParkYear = async (database: Database, parkId: number): Promise<number | null> => {
  const [row] = await database.query<{ y: string | null }>(`SELECT max(period) AS y FROM indicator_values WHERE subject = $1 AND indicator_key = 'revenue_total' AND value IS NOT NULL`, [parkSubject(parkId)]);
  return row?.y ? Number(row.y) : null;
};

/**
 * A park's stored values of a year, each rated against its thresholds and placed against the
 * province's parks (the stored median, and how many parks have a value), for the keys asked or all.
 */
export const parkValues = async (database: Database, parkId: number, provinceCode: string, year: number, keys?: readonly string[]): Promise<TIndicatorValue[]> => {
  const { catalogue, indicators } = evaluationPolicies();
  const wanted = keys ?? catalogue.indicators.filter((d) => d.frequency === "annual" || d.key === "monthly_reporting_rate").map((d) => d.key);
  const period = String(year);
  const [own, province] = await Promise.all([
    database.query<{ indicator_key: string; value: number | null; reporting: number | null; population: number | null }>(
      `SELECT indicator_key, value, reporting, population FROM indicator_values WHERE subject = $1 AND period = $2 AND indicator_key = ANY($3::text[])`,
      [parkSubject(parkId), period, wanted],
    ),
    database.query<{ indicator_key: string; median: number | null; n: number }>(
      `SELECT indicator_key, value AS median, reporting AS n FROM indicator_values WHERE subject = $1 AND period = $2 AND indicator_key = ANY($3::text[])`,
      [provinceMedianSubject(provinceCode), period, wanted],
    ),
  ]);
  const byKey = new Map(own.map((r) => [r.indicator_key, r]));
  const stats = new Map(province.map((r) => [r.indicator_key, r]));
  return wanted.map((key) => {
    const r = byKey.get(key);
    const d = indicators.get(key);
    const value = num(r?.value);
    return {
      key,
      value,
      reporting: r?.reporting ?? null,
      population: r?.population ?? null,
      rating: d ? rateValue(value, d.direction, d.thresholds) : "unknown",
      provinceMedian: num(stats.get(key)?.median),
      provinceParks: stats.get(key)?.n ?? 0,
    };
  });
};
