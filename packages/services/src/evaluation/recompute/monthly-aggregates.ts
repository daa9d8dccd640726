import { monthlyFieldByKey } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";
import { sqlText } from "../sql-text";
import { insertIndicatorValues, parkIndustrySubject, parkSubject, provinceSubject, regionSubject, type IndicatorValueRow } from "../indicator-values";
import { evaluationPolicies } from "../policies";
import type { VisiblePark } from "../visible-parks";

/** Monthly fields broken down by industry inside each park (the rest are kept per park only). */
const BY_INDUSTRY = new Set(["monthly_output", "monthly_revenue"]);

interface Cell {
  rows: number;
  sums: number[];
  counts: number[];
}

/**
 * Monthly sums of the catalogue's monthly indicators for a province's parks, their industries
 * (GB/T 4754 divisions), counties and the province, from `fromPeriod` on, with completeness
 * (enterprises that reported the field, of those registered) and the reporting rate.
 *
 * PostgreSQL sums at the finest grain (park × division × month: one GROUP BY, which it may run
 * in parallel; an INSERT … SELECT with grouping sets runs on one core) and the coarser subjects
 * are added up here, since sums and counts are additive. The old values go and the new come in
 * one transaction.
 */
export const recomputeMonthlyAggregates = async (database: Database, provinceCode: string, parks: readonly VisiblePark[], fromPeriod: string, computedAt: string): Promise<number> => {
  const monthly = evaluationPolicies().catalogue.indicators.flatMap((d) => (d.formula.kind === "monthly_sum" ? [{ key: d.key, field: d.formula.field }] : []));
  const fields = monthly.map((m) => {
    const column = monthlyFieldByKey.get(m.field)?.column;
    if (!column) throw new Error(`unknown monthly field ${m.field}`);
    return { key: m.key, column };
  });
  const ids = parks.map((p) => p.id);
  const [cells, populations] = await Promise.all([
    database.query<Record<string, number | string | null> & { park_id: number; div: string | null; period: string; rows: number }>(
      `SELECT e.park_id, left(e.industry_code, 2) AS div, m.period, count(*)::int AS rows,
              ${fields.map((f, i) => `sum(m.${f.column})::float8 AS s${i}, count(m.${f.column})::int AS c${i}`).join(", ")}
         FROM enterprise_monthly m JOIN enterprises e ON e.id = m.enterprise_id
        WHERE e.park_id = ANY($1::int[]) AND m.period >= $2
        GROUP BY 1, 2, 3`,
      [ids, fromPeriod],
    ),
    database.query<{ park_id: number; div: string | null; n: number }>(
      `SELECT park_id, left(industry_code, 2) AS div, count(*)::int AS n FROM enterprises WHERE park_id = ANY($1::int[]) GROUP BY 1, 2`,
      [ids],
    ),
  ]);
  const regionOf = new Map(parks.map((p) => [p.id, p.regionCode]));
  const subjectsOf = (parkId: number, div: string | null) => {
    const region = regionOf.get(parkId);
    return { industry: div ? parkIndustrySubject(parkId, div) : null, rest: [parkSubject(parkId), provinceSubject(provinceCode), ...(region ? [regionSubject(region)] : [])] };
  };
  const population = new Map<string, number>();
  for (const p of populations) {
    const s = subjectsOf(p.park_id, p.div);
    for (const subject of [...(s.industry ? [s.industry] : []), ...s.rest]) population.set(subject, (population.get(subject) ?? 0) + p.n);
  }
  const grid = new Map<string, Map<string, Cell>>();
  const add = (subject: string, period: string, r: (typeof cells)[number]) => {
    let byPeriod = grid.get(subject);
    if (!byPeriod) grid.set(subject, (byPeriod = new Map()));
    let cell = byPeriod.get(period);
    if (!cell) byPeriod.set(period, (cell = { rows: 0, sums: fields.map(() => 0), counts: fields.map(() => 0) }));
    cell.rows += r.rows;
    fields.forEach((_, i) => {
      const c = Number(r[`c${i}`]);
      if (c > 0) {
        cell.sums[i]! += Number(r[`s${i}`]);
        cell.counts[i]! += c;
      }
    });
  };
  for (const r of cells) {
    const s = subjectsOf(r.park_id, r.div);
    for (const subject of [...(s.industry ? [s.industry] : []), ...s.rest]) add(subject, r.period, r);
  }
  const out: IndicatorValueRow[] = [];
  const annualRates = new Map<string, { sum: number; months: number; reporters: number; population: number }>();
  for (const [subject, byPeriod] of grid) {
    const n = population.get(subject) ?? null;
    const industry = subject.includes("/ind:");
    for (const [period, cell] of byPeriod) {
      fields.forEach((f, i) => {
        if (industry && !BY_INDUSTRY.has(f.key)) return;
        out.push({ key: f.key, subject, period, value: cell.counts[i]! > 0 ? cell.sums[i]! : null, reporting: cell.counts[i]!, population: n });
      });
      if (industry) continue;
      const rate = n !== null && n > 0 ? (cell.rows * 100) / n : null;
      out.push({ key: "monthly_reporting_rate", subject, period, value: rate, reporting: cell.rows, population: n });
      if (rate === null) continue;
      // The annual reporting rate is the mean of the year's monthly rates (reporting: the mean number of reporters).
      const yearKey = `${subject}|${period.slice(0, 4)}`;
      const a = annualRates.get(yearKey) ?? { sum: 0, months: 0, reporters: 0, population: n ?? 0 };
      a.sum += rate;
      a.months += 1;
      a.reporters += cell.rows;
      annualRates.set(yearKey, a);
    }
  }
  for (const [yearKey, a] of annualRates) {
    const [subject, year] = yearKey.split("|") as [string, string];
    out.push({ key: "monthly_reporting_rate", subject, period: year, value: a.sum / a.months, reporting: Math.round(a.reporters / a.months), population: a.population });
  }
  const keys = [...fields.map((f) => f.key), "monthly_reporting_rate"];
  const subjects = [...ids.map(parkSubject), ...new Set(parks.flatMap((p) => (p.regionCode ? [regionSubject(p.regionCode)] : []))), provinceSubject(provinceCode)];
  await database.db.transaction(async (tx) => {
    await tx.execute(
      sqlText(
        `DELETE FROM indicator_values
          WHERE indicator_key = ANY($1::text[]) AND split_part(subject, '/', 1) = ANY($3::text[])
            AND ((length(period) = 7 AND period >= $2) OR (indicator_key = 'monthly_reporting_rate' AND length(period) = 4 AND period >= left($2, 4)))`,
        [keys, fromPeriod, subjects],
      ),
    );
    await insertIndicatorValues(tx, out, computedAt);
  });
  return out.length;
};
