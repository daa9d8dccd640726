import { contribution, divisionsOf, monthFigures, monthOf, periodsEndingAt, shiftPeriod, type MonthFigures } from "@parkpilot/core";
import type { TParkMonitoring } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { storedMonthlySeries } from "../alerts/series-from-values";
import { parkIndustrySubject, parkSubject } from "../indicator-values";
import { declaredItemsByPark } from "../industries/park-structure";
import { requireParkReader } from "../visible-parks";

const KEY = { output: "monthly_output", revenue: "monthly_revenue", taxPaid: "monthly_tax", electricityKwh: "monthly_electricity", employees: "monthly_employees" } as const;
const BY_INDUSTRY = new Set(["output", "revenue"]);
/** Month-end headcount is a stock: its year to date is the average of the months (年内月均), not their sum. */
const STOCKS = new Set(["employees"]);

/** The year to date as the average of its months (all known, or ytd is null); its growth is unchanged, the month counts being equal. */
const averageToDate = (f: MonthFigures): MonthFigures => (f.ytd === null ? f : { ...f, ytd: f.ytd / monthOf(f.period) });

/**
 * GET /api/evaluation/parks/:id/monitoring: 36 months of a field with year-on-year, month-on-
 * month and year-to-date figures, and for output and revenue the industries of the month with
 * their growth and contribution to the park's growth.
 */
export const parkMonitoring = async (ctx: ServiceContext, scope: TenantScope, parkId: number, field: keyof typeof KEY, period?: string): Promise<TParkMonitoring> => {
  requireParkReader(scope);
  const { database } = ctx;
  await requireVisiblePark(database.db, scope, parkId);
  const key = KEY[field];
  const subject = parkSubject(parkId);
  const [latest] = await database.query<{ period: string | null }>(`SELECT max(period) AS period FROM indicator_values WHERE indicator_key = $1 AND subject = $2`, [key, subject]);
  const p = period ?? latest?.period ?? null;
  if (p === null) return { parkId, field, period: null, series: [], industries: [] };
  const rows = await database.query<{ period: string; value: number | null; reporting: number | null; population: number | null }>(
    `SELECT period, value, reporting, population FROM indicator_values WHERE indicator_key = $1 AND subject = $2 AND period = ANY($3::text[])`,
    [key, subject, periodsEndingAt(p, 48)],
  );
  const s = new Map(rows.map((r) => [r.period, r.value === null ? null : Number(r.value)]));
  const meta = new Map(rows.map((r) => [r.period, r]));
  const figures = (q: string) => (STOCKS.has(field) ? averageToDate(monthFigures(s, q)) : monthFigures(s, q));
  const series = periodsEndingAt(p, 36).map((q) => ({ ...figures(q), reporting: meta.get(q)?.reporting ?? null, population: meta.get(q)?.population ?? null }));
  if (!BY_INDUSTRY.has(field)) return { parkId, field, period: p, series, industries: [] };
  const divisions = await database.query<{ subject: string }>(`SELECT DISTINCT subject FROM indicator_values WHERE indicator_key = $1 AND period = $2 AND subject LIKE $3`, [
    key,
    p,
    `${subject}/ind:%`,
  ]);
  const codes = divisions.map((d) => d.subject.slice(`${subject}/ind:`.length));
  const [byIndustry, names, declared] = await Promise.all([
    storedMonthlySeries(database, key, codes.map((c) => parkIndustrySubject(parkId, c)), p, 24),
    database.query<{ code: string; name: string }>(`SELECT code, name FROM industries WHERE code = ANY($1::text[])`, [codes]),
    declaredItemsByPark(database, [parkId]),
  ]);
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  const leading = new Set((declared.get(parkId) ?? []).flatMap((i) => divisionsOf(i.codes)));
  const base = shiftPeriod(p, -12);
  const totalBase = s.get(base) ?? null;
  const industries = codes
    .map((c) => {
      const is = byIndustry.get(parkIndustrySubject(parkId, c)) ?? new Map<string, number | null>();
      const f = monthFigures(is, p);
      return {
        division: c,
        name: nameOf.get(c) ?? c,
        isLeading: leading.has(c),
        value: f.value,
        yoy: f.yoy,
        ytd: f.ytd,
        ytdYoy: f.ytdYoy,
        contribution: contribution(f.value, is.get(base) ?? null, totalBase),
      };
    })
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  return { parkId, field, period: p, series, industries };
};
