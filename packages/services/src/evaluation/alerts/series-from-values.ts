import { periodsEndingAt, type MonthlySeries } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";

/** Monthly series from indicator_values for many subjects at once (park totals, park industries). */
export const storedMonthlySeries = async (database: Database, key: string, subjects: readonly string[], period: string, months: number): Promise<Map<string, MonthlySeries>> => {
  const out = new Map<string, Map<string, number | null>>();
  if (subjects.length === 0) return out;
  const periods = periodsEndingAt(period, months);
  const rows = await database.query<{ subject: string; period: string; value: number | null }>(
    `SELECT subject, period, value FROM indicator_values WHERE indicator_key = $1 AND subject = ANY($2::text[]) AND period = ANY($3::text[])`,
    [key, subjects, periods],
  );
  for (const r of rows) {
    let s = out.get(r.subject);
    if (!s) out.set(r.subject, (s = new Map()));
    s.set(r.period, r.value === null ? null : Number(r.value));
  }
  return out;
};
