import { monthlyFieldByKey, periodsEndingAt, shiftPeriod, type MonthlySeries } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";

export type MonthlyColumnKey = "output" | "revenue" | "taxPaid" | "electricityKwh" | "employees";

export const monthlyColumn = (key: MonthlyColumnKey): string => {
  const column = monthlyFieldByKey.get(key)?.column;
  if (!column) throw new Error(`unknown monthly field ${key}`);
  return column;
};

/**
 * Enterprises of a province whose value in `period` is down at least `drop` on the same month a
 * year before: a necessary condition of every "down for n consecutive months" rule, so the
 * detector only has to read the series of these candidates.
 */
export const droppedInMonth = async (database: Database, provinceCode: string, key: MonthlyColumnKey, period: string, drop: number): Promise<number[]> => {
  const c = monthlyColumn(key);
  const rows = await database.query<{ id: number }>(
    `SELECT cur.enterprise_id AS id
       FROM enterprise_monthly cur
       JOIN enterprise_monthly base ON base.enterprise_id = cur.enterprise_id AND base.period = $3
       JOIN enterprises e ON e.id = cur.enterprise_id
      WHERE cur.period = $2 AND e.province_code = $1
        AND base.${c} > 0 AND cur.${c} IS NOT NULL
        AND cur.${c} <= base.${c} * (1 - $4::float8) * (1 + 1e-9)`,
    [provinceCode, period, shiftPeriod(period, -12), drop],
  );
  return rows.map((r) => r.id);
};

/** Monthly series of the given enterprises for the `months` months ending at `period`. */
export const enterpriseSeries = async (
  database: Database,
  ids: readonly number[],
  period: string,
  months: number,
  keys: readonly MonthlyColumnKey[],
): Promise<Map<number, Record<MonthlyColumnKey, Map<string, number | null>>>> => {
  const out = new Map<number, Record<MonthlyColumnKey, Map<string, number | null>>>();
  if (ids.length === 0) return out;
  const from = periodsEndingAt(period, months)[0]!;
  const rows = await database.query<Record<string, unknown> & { enterprise_id: number; period: string }>(
    `SELECT enterprise_id, period, ${keys.map((k) => `${monthlyColumn(k)} AS "${k}"`).join(", ")}
       FROM enterprise_monthly WHERE enterprise_id = ANY($1::int[]) AND period BETWEEN $2 AND $3`,
    [ids, from, period],
  );
  for (const r of rows) {
    let s = out.get(r.enterprise_id);
    if (!s) out.set(r.enterprise_id, (s = Object.fromEntries(keys.map((k) => [k, new Map()])) as Record<MonthlyColumnKey, Map<string, number | null>>));
    for (const k of keys) {
      const v = r[k];
      s[k].set(r.period, v === null || v === undefined ? null : Number(v));
    }
  }
  return out;
};

/**
 * Operating enterprises of a province that reported nothing in the `missed` months ending at
 * `period` but something in the `lookback` months before: the candidates of the non-reporting
 * rule, with the periods they did report.
 */
export const silentEnterprises = async (database: Database, provinceCode: string, period: string, missed: number, lookback: number): Promise<Map<number, Set<string>>> => {
  const windowStart = shiftPeriod(period, -(missed - 1));
  const lookbackStart = shiftPeriod(period, -(missed + lookback - 1));
  const lookbackEnd = shiftPeriod(period, -missed);
  // Two index probes per enterprise (primary key enterprise_id, period) instead of grouping the
  // province's months; the periods are then read for the few that qualify.
  const ids = (
    await database.query<{ id: number }>(
      `SELECT e.id FROM enterprises e
        WHERE e.province_code = $1 AND e.operating_status = 'operating'
          AND NOT EXISTS (SELECT 1 FROM enterprise_monthly m WHERE m.enterprise_id = e.id AND m.period BETWEEN $3 AND $4)
          AND EXISTS (SELECT 1 FROM enterprise_monthly m WHERE m.enterprise_id = e.id AND m.period BETWEEN $2 AND $5)`,
      [provinceCode, lookbackStart, windowStart, period, lookbackEnd],
    )
  ).map((r) => r.id);
  if (ids.length === 0) return new Map();
  const rows = await database.query<{ id: number; periods: string[] }>(
    `SELECT enterprise_id AS id, array_agg(period) AS periods FROM enterprise_monthly WHERE enterprise_id = ANY($1::int[]) AND period BETWEEN $2 AND $3 GROUP BY enterprise_id`,
    [ids, lookbackStart, period],
  );
  return new Map(rows.map((r) => [r.id, new Set(r.periods)]));
};

/** Evidence points: value and the year-earlier value, for the `months` months ending at `period`. */
export const evidenceSeries = (s: MonthlySeries, period: string, months: number) =>
  periodsEndingAt(period, months).map((p) => {
    const value = s.get(p) ?? null;
    const base = s.get(shiftPeriod(p, -12)) ?? null;
    return { period: p, value, base, growth: value !== null && base !== null && base > 0 ? (value - base) / base : null };
  });
