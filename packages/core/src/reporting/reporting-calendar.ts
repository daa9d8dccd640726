/** The first year ParkPilot takes reported data for (imports, API and web form alike). */
export const FIRST_REPORTING_YEAR = 1990;

export interface ReportingCalendar {
  /** Today, YYYY-MM-DD. */
  readonly today: string;
  /** The last month that has ended, YYYY-MM: the latest period monthly data can be reported for. */
  readonly maxPeriod: string;
  /** The last year that has ended: the latest year annual data can be reported for. */
  readonly maxYear: number;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * What can be reported today. A year's or a month's figures are its totals (统计年报, 月报 are
 * filed after the period ends), so only periods that have ended are taken: a year still running
 * would stand beside complete years as if it were one (and, newest, be every view's default
 * year). "Today" is the calendar day in China (UTC+8, no daylight saving), where the data is
 * reported: at 01:00 on 1 January in Beijing the year before has ended.
 */
export const reportingCalendar = (now: Date): ReportingCalendar => {
  const local = new Date(now.getTime() + 8 * 3600_000).toISOString();
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7));
  return {
    today: local.slice(0, 10),
    maxPeriod: month === 1 ? `${year - 1}-12` : `${year}-${pad2(month - 1)}`,
    maxYear: year - 1,
  };
};

/** The `count` months up to and including `last` (YYYY-MM), newest first. */
export const monthsUpTo = (last: string, count: number): string[] => {
  const index = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => `${Math.floor((index - i) / 12)}-${pad2(((index - i) % 12) + 1)}`);
};
