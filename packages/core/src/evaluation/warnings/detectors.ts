import { periodsEndingAt, shiftPeriod } from "../monitoring/periods";
import { growthRate, ytd, type MonthlySeries } from "../monitoring/series";
import type { Detection } from "./types";

// Growth rates are compared with a tolerance: 0.7 / 1 − 1 is −0.30000000000000004 in floating point.
const EPS = 1e-9;

const value = (s: MonthlySeries, p: string): number | null => {
  const v = s.get(p);
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
};

const undecided = (zh: string, en: string, decisive: readonly string[]): Detection => ({ fires: false, measured: {}, decisive, undecided: { zh, en } });

/**
 * Fires when the value is down at least `drop` (a share: 0.3 = 30 %) year on year in each of the
 * `months` months ending at `period`. Exactly −30 % fires; a month with no report, or no report a
 * year before, leaves the streak undecided (no alert on missing data: non-reporting has its own rule).
 */
export const detectDeclineStreak = (s: MonthlySeries, period: string, drop: number, months: number): Detection => {
  const window = periodsEndingAt(period, months);
  const growths: number[] = [];
  for (const p of window) {
    const g = growthRate(value(s, p), value(s, shiftPeriod(p, -12)));
    if (g === null) return undecided("所需月份缺少报送数据", "a month of the window or its base is not reported", window);
    growths.push(g);
  }
  const worst = Math.max(...growths);
  return { fires: growths.every((g) => g <= -drop + EPS), measured: { months, weakest_drop: -worst, drop }, decisive: window };
};

/**
 * Fires when, in each of the `months` months ending at `period`, electricity is down at least
 * `electricityDrop` year on year while output moves less than `outputBand` either way (|g| ≤ band).
 */
export const detectDivergence = (electricity: MonthlySeries, output: MonthlySeries, period: string, electricityDrop: number, outputBand: number, months: number): Detection => {
  const window = periodsEndingAt(period, months);
  let fires = true;
  let elec = 0;
  let out = 0;
  for (const p of window) {
    const ge = growthRate(value(electricity, p), value(electricity, shiftPeriod(p, -12)));
    const go = growthRate(value(output, p), value(output, shiftPeriod(p, -12)));
    if (ge === null || go === null) return undecided("用电量或产值缺少同比数据", "electricity or output lacks a year-on-year comparison", window);
    if (!(ge <= -electricityDrop + EPS && Math.abs(go) <= outputBand + EPS)) fires = false;
    elec = ge;
    out = go;
  }
  return { fires, measured: { electricity_growth: elec, output_growth: out }, decisive: window };
};

/**
 * Fires when growth is strictly below `below` (growth of exactly 0 against a line of 0 does not
 * fire: "below zero"), and is critical when strictly below `criticalBelow` too. basis ytd_yoy
 * compares January-to-month cumulatives.
 */
export const detectGrowthBelow = (s: MonthlySeries, period: string, basis: "ytd_yoy" | "yoy", below: number, criticalBelow?: number): Detection => {
  const base = shiftPeriod(period, -12);
  const g = basis === "yoy" ? growthRate(value(s, period), value(s, base)) : growthRate(ytd(s, period), ytd(s, base));
  if (g === null) return undecided("缺少本期或上年同期数据", "the month or its year-earlier base is unknown", [period]);
  const fires = g < below - EPS;
  const critical = fires && criticalBelow !== undefined && g < criticalBelow - EPS;
  return {
    fires,
    measured: { growth: g, below, ...(criticalBelow === undefined ? {} : { critical_below: criticalBelow }) },
    decisive: [period],
    ...(critical ? { critical } : {}),
  };
};

/**
 * Fires when none of the `missed` months ending at `period` was reported but at least one of the
 * `lookback` months before them was: an enterprise that stopped reporting (never one that has not
 * started, nor one gone for longer than the lookback).
 */
export const detectNonReporting = (reported: ReadonlySet<string>, period: string, missed: number, lookback: number): Detection => {
  const window = periodsEndingAt(period, missed);
  const before = periodsEndingAt(shiftPeriod(period, -missed), lookback);
  const last = [...before].reverse().find((p) => reported.has(p)) ?? null;
  const silent = window.every((p) => !reported.has(p));
  return { fires: silent && last !== null, measured: { last_reported: last, missed_months: missed }, decisive: window };
};
