import { epochDay, isoFromEpochDay } from "@parkpilot/core";

/** Today's calendar date in China (UTC+8, no daylight saving), where the lists are issued. */
export const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoFromEpochDay(epochDay(iso) + days);

export const daysBetween = (from: string, to: string): number => epochDay(to) - epochDay(from);

/** The last day of a grant of `years` years starting on `from` (2023-11-20 + 3 years → 2026-11-19). */
export const grantEnd = (from: string, years: number): string => {
  const y = Number(from.slice(0, 4)) + years;
  const candidate = `${y}${from.slice(4)}`;
  // 29 Feb of a leap year: the grant ends on 28 Feb of its last year.
  const valid = /^\d{4}-02-29$/.test(candidate) && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? `${y}-03-01` : candidate;
  return addDays(valid, -1);
};

/** Days within which a valid honour counts as "expiring" (renewal must be prepared). */
export const EXPIRING_WITHIN_DAYS = 90;
