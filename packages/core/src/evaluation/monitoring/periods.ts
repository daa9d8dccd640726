/** Month arithmetic on "YYYY-MM" strings, without a clock. */
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriod = (p: string): boolean => PERIOD.test(p);

const parts = (p: string): [number, number] => {
  const m = PERIOD.exec(p);
  if (!m) throw new Error(`not a period (YYYY-MM): ${p}`);
  return [Number(m[1]), Number(m[2])];
};

export const periodOf = (year: number, month: number): string => `${year}-${String(month).padStart(2, "0")}`;

/** The period `months` months after p (negative: before). */
export const shiftPeriod = (p: string, months: number): string => {
  const [y, m] = parts(p);
  const index = y * 12 + (m - 1) + months;
  return periodOf(Math.floor(index / 12), (index % 12) + 1);
};

export const monthOf = (p: string): number => parts(p)[1];
export const yearOf = (p: string): number => parts(p)[0];

/** January to p of p's year, oldest first. */
export const yearToDatePeriods = (p: string): string[] => {
  const [y, m] = parts(p);
  return Array.from({ length: m }, (_, i) => periodOf(y, i + 1));
};

/** The n periods ending at p, oldest first. */
export const periodsEndingAt = (p: string, n: number): string[] => Array.from({ length: n }, (_, i) => shiftPeriod(p, i - n + 1));
