import { shiftPeriod } from "@parkpilot/core";
import type { TRecomputeResult } from "@parkpilot/contracts";
import { refreshPlannerStatistics } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { forbidden } from "../../errors/app-error";
import { recomputeAlerts } from "../alerts/recompute-alerts";
import { recomputeLandEvaluations } from "../land/recompute-land";
import { parksOfProvince } from "../visible-parks";
import { provinceSubject } from "../indicator-values";
import { recomputeAlertResolutionRate } from "./alert-resolution-rate";
import { recomputeAnnualIndicators } from "./annual-indicators";
import { recomputeMonthlyAggregates } from "./monthly-aggregates";
import { recomputeProvinceMedians } from "./province-medians";

export interface RecomputeOptions {
  /** Data year of the per-mu evaluation and of the annual indicators; default: every year with data (per-mu: the latest). */
  readonly year?: number;
  /** Month the alerts are evaluated for; default: the latest month with data. */
  readonly period?: string;
  /** Steps to run; default all. Alerts read the monthly aggregates, so run "monthly" with them when data changed. */
  readonly steps?: readonly RecomputeStep[];
  readonly onStep?: (step: string, done: number, total: number) => void;
}

export type RecomputeStep = "monthly" | "indicators" | "land" | "alerts";

/** Who may recompute a province: its province account, or a system task (CLI). */
export type RecomputeScope = TenantScope | { readonly kind: "system" };

const since = (t: number) => Math.round(performance.now() - t);

const NO_ALERTS = { raised: 0, updated: 0, resolved: 0 } as const;

/**
 * Recomputes a province's evaluation: monthly aggregates (all months), annual indicators (the
 * year, or every year with data), per-mu classes (the year, or the latest), alerts (the period, or
 * the latest month) and the alert resolution rate. Every step replaces its own results, so running
 * it twice gives the same state. On PostgreSQL the independent steps run in two chains side by
 * side (monthly aggregates then alerts; per-mu classes then annual indicators), then the province
 * medians.
 */
export const recomputeEvaluation = async (ctx: ServiceContext, scope: RecomputeScope, provinceCode: string, options: RecomputeOptions = {}): Promise<TRecomputeResult> => {
  if (scope.kind !== "system" && !(scope.kind === "province" && scope.provinceCode === provinceCode)) throw forbidden("Only the province's own account recomputes its evaluation");
  const { database } = ctx;
  const started = performance.now();
  const computedAt = ctx.clock.now().toISOString();
  const parks = await parksOfProvince(database.db, provinceCode);
  const available = (
    await database.query<{ year: number }>(
      `SELECT DISTINCT a.year::int AS year FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id WHERE e.province_code = $1 ORDER BY 1`,
      [provinceCode],
    )
  ).map((r) => r.year);
  const years = options.year !== undefined ? [options.year] : available;
  const landYear = options.year ?? available.at(-1) ?? null;
  const step = (name: string, i: number) => options.onStep?.(name, i, 5);
  const timings = { indicators: 0, monthly: 0, land: 0, alerts: 0, total: 0 };

  const runs = (s: RecomputeStep) => options.steps === undefined || options.steps.includes(s);
  const monthlyStep = async () => {
    if (!runs("monthly")) return 0;
    const t = performance.now();
    step("monthly", 0);
    const n = await recomputeMonthlyAggregates(database, provinceCode, parks, options.period ? shiftPeriod(options.period, -35) : "0000-01", computedAt);
    timings.monthly = since(t);
    return n;
  };
  const annualStep = async () => {
    if (!runs("indicators")) return 0;
    const t = performance.now();
    step("indicators", 1);
    let n = 0;
    for (const y of years) n += await recomputeAnnualIndicators(database, provinceCode, parks, y, computedAt);
    timings.indicators = since(t);
    return n;
  };
  const landStep = async () => {
    if (!runs("land")) return null;
    const t = performance.now();
    step("land", 2);
    const r = landYear === null ? null : await recomputeLandEvaluations(database, provinceCode, parks, landYear, computedAt);
    timings.land = since(t);
    return r;
  };
  /** The data years and the alert period's year: what the resolution rate and the medians cover. */
  const yearsWith = (period: string | null) => [...new Set([...years, ...(period ? [Number(period.slice(0, 4))] : [])])];
  const latestPeriod = async () => {
    const [latest] = await database.query<{ period: string | null }>(
      `SELECT max(period) AS period FROM indicator_values WHERE indicator_key = 'monthly_reporting_rate' AND subject = $1 AND length(period) = 7`,
      [provinceSubject(provinceCode)],
    );
    return options.period ?? latest?.period ?? null;
  };
  // Alerts read the monthly aggregates (and the monthly data), nothing the annual or per-mu steps
  // write: they follow the monthly step and run beside the others.
  const alertsStep = async (period: string | null) => {
    if (!runs("alerts")) return NO_ALERTS;
    const t = performance.now();
    step("alerts", 3);
    const alerts = period === null ? NO_ALERTS : await recomputeAlerts(database, provinceCode, parks, period, ctx.clock.now());
    await recomputeAlertResolutionRate(database, provinceCode, parks, yearsWith(period), computedAt);
    // VACUUM too: it marks the pages all-visible, so counting an inbox is an index-only scan.
    await refreshPlannerStatistics(database, ["alerts"], { vacuum: true });
    timings.alerts = since(t);
    return alerts;
  };
  const monitoringSteps = async () => {
    const monthlyValues = await monthlyStep();
    // The monthly step replaced the aggregates the alert rules read: without fresh statistics the
    // planner keeps the old row counts and plans for an empty table.
    if (runs("monthly")) await refreshPlannerStatistics(database, ["indicator_values"]);
    const period = await latestPeriod();
    return { monthlyValues, period, alerts: await alertsStep(period) };
  };

  const yearSteps = async () => {
    const land = await landStep();
    return { land, indicatorValues: await annualStep() };
  };
  // Two chains side by side on a server, of about equal length at a million enterprises (each
  // ~30 s alone): the monitoring steps, and the per-mu classes then the annual indicators. (Three
  // chains on a 2-core server made all of them wait for one another: 54 / 52 s against 49 / 50 s.)
  // PGlite is one connection: its transactions must not interleave, so the steps run in turn there.
  const parallel = database.target.kind === "postgres";
  const [{ monthlyValues, period, alerts }, { land, indicatorValues }] = parallel ? await Promise.all([monitoringSteps(), yearSteps()]) : [await monitoringSteps(), await yearSteps()];
  step("medians", 4);
  await recomputeProvinceMedians(database, provinceCode, parks, yearsWith(period), computedAt);
  // The steps replace up to a million rows at once: fresh statistics for every dashboard read next
  // (seconds per park page at a million enterprises with the old row counts). VACUUM too: every
  // run leaves the rows it replaced dead, and where autovacuum is off (PGlite, some servers) the
  // next run's DELETE would scan one more copy of the table each time (a million per-mu results:
  // 0.75 GB a run; 6 s to vacuum, where the third run's DELETE took 19 s).
  await refreshPlannerStatistics(database, ["indicator_values", ...(land ? ["land_evaluations"] : [])], { vacuum: true });
  step("done", 5);
  timings.total = since(started);
  return {
    provinceCode,
    years,
    landYear,
    period,
    ruleSet: land?.ruleSet ?? null,
    counts: { indicatorValues, monthlyValues, landEvaluations: land?.evaluated ?? 0, alertsRaised: alerts.raised, alertsUpdated: alerts.updated, alertsResolved: alerts.resolved },
    timingsMs: timings,
  };
};
