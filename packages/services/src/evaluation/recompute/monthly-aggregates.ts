import { monthlyFieldByKey } from "@parkpilot/core";
import { readColumns, sqlLiteral, type CopyColumnType, type Database } from "@parkpilot/db";
import { parkIndustrySubject, parkSubject, provinceSubject, regionSubject, replaceIndicatorValuesWhere, type IndicatorValueRow } from "../indicator-values";
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
  const cellSpec = {
    park: "int4",
    div: "text",
    period: "text",
    rows: "int4",
    ...Object.fromEntries(fields.flatMap((_, i) => [[`s${i}`, "float8"] as const, [`c${i}`, "int4"] as const])),
  } as const satisfies Record<string, CopyColumnType>;
  // Binary COPY into typed arrays: the demo's 100,000 cells as row objects took PGlite's protocol
  // parser longer than the grouping itself.
  const [cells, populations] = await Promise.all([
    readColumns(
      database,
      `SELECT e.park_id, left(e.industry_code, 2), m.period::text, count(*)::int,
              ${fields.map((f) => `sum(m.${f.column})::float8, count(m.${f.column})::int`).join(", ")}
         FROM enterprise_monthly m JOIN enterprises e ON e.id = m.enterprise_id
        WHERE e.park_id = ANY(${sqlLiteral(ids)}::int[]) AND m.period >= ${sqlLiteral(fromPeriod)}
        GROUP BY 1, 2, 3`,
      cellSpec,
    ),
    database.query<{ park_id: number; div: string | null; n: number }>(
      `SELECT park_id, left(industry_code, 2) AS div, count(*)::int AS n FROM enterprises WHERE park_id = ANY($1::int[]) GROUP BY 1, 2`,
      [ids],
    ),
  ]);
  // The per-field columns are named s0, c0, s1, c1 … (the spec's spread is not typed by name).
  const byName = cells.columns as unknown as Readonly<Record<string, Float64Array | Int32Array | undefined>>;
  const column = (name: string) => {
    const values = byName[name];
    if (!values) throw new Error(`monthly aggregates: no column ${name}`);
    return values;
  };
  const sums = fields.map((_, f) => column(`s${f}`));
  const counts = fields.map((_, f) => column(`c${f}`));
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
  const add = (subject: string, period: string, at: number) => {
    let byPeriod = grid.get(subject);
    if (!byPeriod) grid.set(subject, (byPeriod = new Map()));
    let cell = byPeriod.get(period);
    if (!cell) byPeriod.set(period, (cell = { rows: 0, sums: fields.map(() => 0), counts: fields.map(() => 0) }));
    cell.rows += cells.columns.rows[at] ?? 0;
    for (let f = 0; f < fields.length; f++) {
      const c = counts[f]?.[at] ?? 0;
      if (c > 0) {
        cell.sums[f]! += sums[f]?.[at] ?? 0;
        cell.counts[f]! += c;
      }
    }
  };
  for (let at = 0; at < cells.n; at++) {
    const period = cells.columns.period[at] ?? "";
    const s = subjectsOf(cells.columns.park[at] ?? 0, cells.columns.div[at] ?? null);
    for (const subject of [...(s.industry ? [s.industry] : []), ...s.rest]) add(subject, period, at);
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
  // Every month from fromPeriod on, and the annual reporting rates of the years they fall in.
  const replaced = `indicator_key = ANY($1::text[]) AND split_part(subject, '/', 1) = ANY($3::text[])
    AND ((length(period) = 7 AND period >= $2) OR (indicator_key = 'monthly_reporting_rate' AND length(period) = 4 AND period >= left($2, 4)))`;
  await replaceIndicatorValuesWhere(database, out, { text: replaced, params: [keys, fromPeriod, subjects] }, computedAt);
  return out.length;
};
