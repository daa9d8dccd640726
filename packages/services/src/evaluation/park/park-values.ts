import { parkUnknownReason, rateValue } from "@parkpilot/core";
import type { TIndicatorValue } from "@parkpilot/contracts";
import type { Database } from "@parkpilot/db";
import { parkSubject, provinceSubject } from "../indicator-values";
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
 * province's parks (the stored median, and how many parks have a value), an unknown one with why
 * (core parkUnknownReason, from what was stored behind it), for the keys asked or all.
 */
export const parkValues = async (database: Database, parkId: number, provinceCode: string, year: number, keys?: readonly string[]): Promise<TIndicatorValue[]> => {
  const { catalogue, indicators } = evaluationPolicies();
  const wanted = keys ?? catalogue.indicators.filter((d) => d.frequency === "annual" || d.key === "monthly_reporting_rate").map((d) => d.key);
  // The declared count is read with them: the reason an unknown concentration gives rests on it.
  const read = [...new Set([...wanted, "declared_leading_count"])];
  const period = String(year);
  const [own, province, computed] = await Promise.all([
    database.query<{ indicator_key: string; value: number | null; reporting: number | null; population: number | null }>(
      `SELECT indicator_key, value, reporting, population FROM indicator_values WHERE subject = $1 AND period = $2 AND indicator_key = ANY($3::text[])`,
      [parkSubject(parkId), period, read],
    ),
    database.query<{ indicator_key: string; median: number | null; n: number }>(
      `SELECT indicator_key, value AS median, reporting AS n FROM indicator_values WHERE subject = $1 AND period = $2 AND indicator_key = ANY($3::text[])`,
      [provinceMedianSubject(provinceCode), period, wanted],
    ),
    // Whether the year was recomputed for the province: a park it wrote nothing for had no enterprise data of it.
    database.query<{ computed: boolean }>(`SELECT EXISTS (SELECT 1 FROM indicator_values WHERE subject = $1 AND period = $2) AS computed`, [provinceSubject(provinceCode), period]),
  ]);
  const byKey = new Map(own.map((r) => [r.indicator_key, r]));
  const stats = new Map(province.map((r) => [r.indicator_key, r]));
  const context = { declaredLeading: num(byKey.get("declared_leading_count")?.value), periodComputed: computed[0]?.computed === true };
  return wanted.map((key) => {
    const r = byKey.get(key);
    const d = indicators.get(key);
    const value = num(r?.value);
    const reporting = r?.reporting ?? null;
    const population = r?.population ?? null;
    return {
      key,
      value,
      reporting,
      population,
      unknown: d ? parkUnknownReason(d.formula, r ? { value, reporting, population } : undefined, context) : null,
      rating: d ? rateValue(value, d.direction, d.thresholds) : "unknown",
      provinceMedian: num(stats.get(key)?.median),
      provinceParks: stats.get(key)?.n ?? 0,
    };
  });
};
