import { checkLeadingIndustries, divisionsOf } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";
import { aggregateSql, aggregateValue } from "../formula-sql";
import { parkSubject, provinceSubject, regionSubject, replaceIndicatorValues, type IndicatorValueRow } from "../indicator-values";
import { basisByDivision, declaredItemsByPark, leadingBasisByPark } from "../industries/park-structure";
import { conversionsFor, evaluationPolicies } from "../policies";
import type { VisiblePark } from "../visible-parks";

type Row = Record<string, unknown> & { park_id: number; population: number };

/** Keys written by this step (the monthly, land and alert steps write their own). */
export const ANNUAL_STEP_KEYS = (): string[] =>
  evaluationPolicies()
    .catalogue.indicators.filter((d) => d.frequency === "annual" && !["land_cd_share", "alert_resolution_rate"].includes(d.key))
    .map((d) => d.key);

/**
 * Every annual catalogue indicator of a province's parks, its regions (the parks' counties) and
 * the province for one year, with completeness, in one scan of enterprise_annual; then the
 * structural builtins (leading industries, land parcels, honours).
 */
export const recomputeAnnualIndicators = async (database: Database, provinceCode: string, parks: readonly VisiblePark[], year: number, computedAt: string): Promise<number> => {
  const policies = evaluationPolicies();
  const conv = conversionsFor();
  const defs = policies.catalogue.indicators.filter((d) => d.frequency === "annual");
  const aggs = defs.flatMap((d) => {
    const a = aggregateSql(d, conv);
    return a ? [{ key: d.key, agg: a }] : [];
  });
  const select = aggs.map((x, i) => `${x.agg.num} AS n${i}, ${x.agg.den ?? "NULL"} AS d${i}, ${x.agg.cnt}::int AS c${i}`).join(",\n ");
  // Per park only (a plain GROUP BY, which PostgreSQL may run in parallel; grouping sets run on
  // one core); counties and the province are added up below: every sum, count and Σ/Σ part is additive.
  const rows = await database.query<Row>(
    `WITH strategic AS (SELECT DISTINCT industry_code FROM industry_classifications WHERE classification = 'strategic')
     SELECT e.park_id, count(*)::int AS population,
            ${select},
            sum(a.industrial_output) FILTER (WHERE e.industry_code IN (SELECT industry_code FROM strategic)) AS strategic_output,
            sum(a.industrial_output) AS all_output, count(a.industrial_output)::int AS output_reporting,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM enterprise_honours h
               WHERE h.enterprise_id = e.id AND h.valid_from <= $3::date AND (h.valid_until IS NULL OR h.valid_until >= $2::date)))::int AS honoured
       FROM enterprises e
       LEFT JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = $4
      WHERE e.park_id = ANY($1::int[])
      GROUP BY e.park_id`,
    [parks.map((p) => p.id), `${year}-01-01`, `${year}-12-31`, year],
  );
  const period = String(year);
  const out: IndicatorValueRow[] = [];
  const push = (key: string, subject: string, value: number | null, reporting: number | null, population: number | null) =>
    out.push({ key, subject, period, value: value !== null && Number.isFinite(value) ? value : null, reporting, population });
  // Sums per subject: park, its county, the province.
  const regionOf = new Map(parks.map((p) => [p.id, p.regionCode]));
  const totals = new Map<string, number[]>();
  const width = aggs.length * 3 + 5;
  for (const r of rows) {
    const v = [
      ...aggs.flatMap((_, i) => [Number(r[`n${i}`] ?? 0), Number(r[`d${i}`] ?? 0), Number(r[`c${i}`] ?? 0)]),
      r.population,
      Number(r.strategic_output ?? 0),
      Number(r.all_output ?? 0),
      Number(r.output_reporting),
      Number(r.honoured),
    ];
    const region = regionOf.get(r.park_id);
    for (const subject of [parkSubject(r.park_id), provinceSubject(provinceCode), ...(region ? [regionSubject(region)] : [])]) {
      const t = totals.get(subject) ?? new Array<number>(width).fill(0);
      v.forEach((x, k) => (t[k] = t[k]! + x));
      totals.set(subject, t);
    }
  }
  for (const [subject, t] of totals) {
    const population = t[aggs.length * 3]!;
    aggs.forEach((x, i) => {
      const cnt = t[i * 3 + 2]!;
      push(x.key, subject, aggregateValue(x.agg, cnt > 0 ? t[i * 3] : null, t[i * 3 + 1], cnt), cnt, population);
    });
    push("enterprise_count", subject, population, population, population);
    const outputReporting = t[aggs.length * 3 + 3]!;
    const allOutput = outputReporting > 0 ? t[aggs.length * 3 + 2]! : null;
    push("strategic_output_share", subject, allOutput !== null && allOutput > 0 ? (t[aggs.length * 3 + 1]! / allOutput) * 100 : null, outputReporting, population);
    push("honoured_share", subject, population > 0 ? (t[aggs.length * 3 + 4]! / population) * 100 : null, population, population);
  }
  out.push(...(await leadingIndicators(database, parks, year)));
  out.push(...(await parcelIndicators(database, provinceCode, year)));
  const subjects = [...parks.map((p) => parkSubject(p.id)), ...new Set(parks.flatMap((p) => (p.regionCode ? [regionSubject(p.regionCode)] : []))), provinceSubject(provinceCode)];
  return replaceIndicatorValues(database, out, { keys: ANNUAL_STEP_KEYS(), periods: [period], subjects }, computedAt);
};

/** Declared and observed leading-industry counts and the concentration in declared industries, per park. */
const leadingIndicators = async (database: Database, parks: readonly VisiblePark[], year: number): Promise<IndicatorValueRow[]> => {
  const settings = evaluationPolicies().homogeneity;
  const ids = parks.map((p) => p.id);
  const [declared, byDivision, leading] = await Promise.all([
    declaredItemsByPark(database, ids),
    basisByDivision(database, ids, year, settings.basis),
    leadingBasisByPark(database, ids, [year], settings.basis),
  ]);
  const period = String(year);
  return parks.flatMap((p) => {
    const items = declared.get(p.id) ?? [];
    const lb = leading.get(`${p.id}:${year}`);
    const mapped = items.some((i) => divisionsOf(i.codes).length > 0);
    const check = checkLeadingIndustries({
      declared: items,
      byDivision: byDivision.get(p.id) ?? null,
      leadingBasis: mapped ? (lb?.leading ?? null) : null,
      totalBasis: lb?.total ?? null,
      maxLeading: settings.max_leading_industries.value,
      observedShare: settings.observed_leading_share.value,
    });
    const subject = parkSubject(p.id);
    return [
      { key: "declared_leading_count", subject, period, value: check.declaredCount, reporting: null, population: null },
      { key: "observed_leading_count", subject, period, value: check.observedCount, reporting: lb?.reporting ?? null, population: null },
      { key: "leading_output_share", subject, period, value: check.concentration === null ? null : check.concentration * 100, reporting: lb?.reporting ?? null, population: null },
    ];
  });
};

/** Idle and vacant land share and the overall plot ratio from the parcel register. */
const parcelIndicators = async (database: Database, provinceCode: string, year: number): Promise<IndicatorValueRow[]> => {
  const rows = await database.query<{ g_park: number; g_region: number; park_id: number | null; region_code: string | null; parcels: number; area: number | null; idle: number | null; floor: number | null; floor_area: number | null; floor_parcels: number }>(
    `SELECT GROUPING(l.park_id) AS g_park, GROUPING(p.region_code) AS g_region, l.park_id, p.region_code,
            count(*)::int AS parcels, sum(l.area_mu) AS area,
            sum(l.area_mu) FILTER (WHERE l.status IN ('idle', 'vacant')) AS idle,
            sum(COALESCE(l.building_area_m2, l.plot_ratio * l.area_mu * 666.67)) FILTER (WHERE l.status = 'in_use' AND COALESCE(l.building_area_m2, l.plot_ratio) IS NOT NULL) AS floor,
            sum(l.area_mu * 666.67) FILTER (WHERE l.status = 'in_use' AND COALESCE(l.building_area_m2, l.plot_ratio) IS NOT NULL) AS floor_area,
            count(*) FILTER (WHERE l.status = 'in_use' AND COALESCE(l.building_area_m2, l.plot_ratio) IS NOT NULL)::int AS floor_parcels
       FROM land_parcels l JOIN parks p ON p.id = l.park_id
      WHERE p.province_code = $1
      GROUP BY GROUPING SETS ((l.park_id), (p.region_code), ())`,
    [provinceCode],
  );
  const period = String(year);
  return rows.flatMap((r) => {
    const subject = r.g_park === 0 ? (r.park_id === null ? null : parkSubject(r.park_id)) : r.g_region === 0 ? (r.region_code ? regionSubject(r.region_code) : null) : provinceSubject(provinceCode);
    if (!subject) return [];
    const area = r.area === null ? null : Number(r.area);
    const floorArea = r.floor_area === null ? null : Number(r.floor_area);
    return [
      { key: "idle_land_share", subject, period, value: area !== null && area > 0 ? (Number(r.idle ?? 0) / area) * 100 : null, reporting: r.parcels, population: r.parcels },
      { key: "plot_ratio", subject, period, value: floorArea !== null && floorArea > 0 ? Number(r.floor) / floorArea : null, reporting: r.floor_parcels, population: r.parcels },
    ];
  });
};
