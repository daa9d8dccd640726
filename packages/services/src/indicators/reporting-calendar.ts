/** The first year ParkPilot takes reported data for (imports, API and web form alike). */
export const FIRST_REPORTING_YEAR = 1990;

export interface ReportingCalendar {
  /** Today, YYYY-MM-DD. */
  readonly today: string;
  /** The current month, YYYY-MM: the latest period data can be reported for. */
  readonly maxPeriod: string;
  /** The current year: the latest year data can be reported for. */
  readonly maxYear: number;
}

/**
 * "Today" for date checks is the calendar day in China (UTC+8, no daylight saving), where the
 * data is reported: at 01:00 on 1 January in Beijing the new year has begun.
 */
export const reportingCalendar = (now: Date): ReportingCalendar => {
  const local = new Date(now.getTime() + 8 * 3600_000).toISOString();
  return { today: local.slice(0, 10), maxPeriod: local.slice(0, 7), maxYear: Number(local.slice(0, 4)) };
};
