/**
 * The generator's time axis, derived from the as-of date alone (no clock). Annual data covers
 * the three completed years before it, monthly data the 36 complete months before it. The
 * internal timeline starts in January of the first annual year so that every annual total is a
 * sum over twelve modelled months, also for months that fall before the monthly window.
 */
export interface DemoCalendar {
  readonly asOf: string;
  /** The three annual years, oldest first. */
  readonly years: readonly number[];
  /** Number of modelled months, from January of years[0] to the last complete month. */
  readonly months: number;
  /** Index on the timeline of the first month that is reported monthly. */
  readonly firstReported: number;
  /** YYYY-MM of each timeline month. */
  readonly periods: readonly string[];
  /** Calendar month 1–12 of each timeline month. */
  readonly monthOfYear: readonly number[];
  /** Calendar year of each timeline month. */
  readonly yearOf: readonly number[];
}

export const MONTHLY_WINDOW = 36;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const parseIsoDate = (value: string): { year: number; month: number; day: number } | null => {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export const buildCalendar = (asOf: string): DemoCalendar => {
  const parsed = parseIsoDate(asOf);
  if (!parsed) throw new Error(`asOf must be an ISO date (YYYY-MM-DD), got "${asOf}"`);
  const firstYear = parsed.year - 3;
  // The last complete month is the one before the as-of month.
  const months = 36 + parsed.month - 1;
  const periods: string[] = [];
  const monthOfYear: number[] = [];
  const yearOf: number[] = [];
  for (let t = 0; t < months; t++) {
    const year = firstYear + Math.floor(t / 12);
    const month = (t % 12) + 1;
    periods.push(`${year}-${pad2(month)}`);
    monthOfYear.push(month);
    yearOf.push(year);
  }
  return {
    asOf,
    years: [firstYear, firstYear + 1, firstYear + 2],
    months,
    firstReported: months - MONTHLY_WINDOW,
    periods,
    monthOfYear,
    yearOf,
  };
};

/** Timeline index of January of `year` (may lie outside the timeline). */
export const januaryIndex = (calendar: DemoCalendar, year: number): number => (year - (calendar.years[0] ?? year)) * 12;

/** ISO date of day `day` in timeline month t; t may be negative (months before the timeline). */
export const dateInMonth = (calendar: DemoCalendar, t: number, day: number): string => {
  const firstYear = calendar.years[0] ?? 0;
  const year = firstYear + Math.floor(t / 12);
  const month = (((t % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad2(month)}-${pad2(Math.min(Math.max(1, day), last))}`;
};

/** Adds whole years to an ISO date (29 February falls back to 28 February). */
export const addYears = (isoDate: string, years: number): string => {
  const parsed = parseIsoDate(isoDate);
  if (!parsed) throw new Error(`not an ISO date: ${isoDate}`);
  const year = parsed.year + years;
  const last = new Date(Date.UTC(year, parsed.month, 0)).getUTCDate();
  return `${year}-${pad2(parsed.month)}-${pad2(Math.min(parsed.day, last))}`;
};

/** China Standard Time timestamps, so that a date reads the same on every server. */
const cst = (isoDate: string, time: string): string => `${isoDate} ${time}+08`;

/**
 * When a value would plausibly have been recorded: monthly reports on the 10th of the following
 * month, annual reports by the end of May of the following year; never after the as-of date.
 */
export const monthlyRecordedAt = (calendar: DemoCalendar, t: number): string => {
  const reported = dateInMonth(calendar, t + 1, 10);
  return cst(reported < calendar.asOf ? reported : calendar.asOf, "09:00:00");
};

export const annualRecordedAt = (calendar: DemoCalendar, year: number): string => {
  const reported = `${year + 1}-05-31`;
  return cst(reported < calendar.asOf ? reported : calendar.asOf, "09:00:00");
};

export const asOfTimestamp = (calendar: DemoCalendar): string => cst(calendar.asOf, "00:00:00");
