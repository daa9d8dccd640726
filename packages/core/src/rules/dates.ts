/**
 * Calendar arithmetic without a clock: dates travel as ISO strings (YYYY-MM-DD) at the edges and
 * as epoch days (days since 1970-01-01) inside fact columns, so a date column is a Float64Array
 * with NaN for unknown like every numeric fact.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD. */
export const isIsoDate = (value: string): boolean => {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

/** Epoch day of an ISO date; throws on anything that is not a real YYYY-MM-DD date. */
export const epochDay = (iso: string): number => {
  if (!isIsoDate(iso)) throw new Error(`not an ISO date (YYYY-MM-DD): ${iso}`);
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
};

/** ISO date of an epoch day. */
export const isoFromEpochDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * yyyymmdd as a number, from an epoch day, by integer arithmetic (H. Hinnant's civil_from_days):
 * ages over a million rows must not allocate a Date per row.
 */
export const yyyymmddFromEpochDay = (day: number): number => {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10_000 + m * 100 + d;
};

/** Completed years between two yyyymmdd numbers (anniversary rule: 29 Feb counts on 1 Mar). */
export const fullYearsBetween = (fromYmd: number, toYmd: number): number => Math.floor((toYmd - fromYmd) / 10_000);

/** Epoch day of a calendar date (H. Hinnant's days_from_civil); 29 Feb of a common year rolls to 1 Mar. */
export const epochDayFromYmd = (year: number, month: number, day: number): number => {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

/**
 * Years elapsed between two epoch days: completed years plus the elapsed share of the current
 * one. Exactly N years after the anniversary gives N, so "registered ≥ 1 year" passes on the
 * first anniversary and "founded ≤ 5 years" fails the day after the fifth.
 */
export const yearsBetween = (fromDay: number, toDay: number): number => {
  const from = yyyymmddFromEpochDay(fromDay);
  const full = fullYearsBetween(from, yyyymmddFromEpochDay(toDay));
  const [y, m, d] = [Math.floor(from / 10_000), Math.floor(from / 100) % 100, from % 100];
  const anniversary = epochDayFromYmd(y + full, m, d);
  const next = epochDayFromYmd(y + full + 1, m, d);
  return full + (toDay - anniversary) / (next - anniversary);
};
