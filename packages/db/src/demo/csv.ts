/**
 * CSV fields for COPY … WITH (FORMAT csv): an unquoted empty field is NULL, so null values are
 * written as nothing and text is quoted only when it has to be.
 */
export const csvText = (value: string | null): string => {
  if (value === null) return "";
  // An empty string must be quoted, or COPY would read it as NULL.
  if (value === "" || /[",\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
};

export const csvBool = (value: boolean | null): string => (value === null ? "" : value ? "t" : "f");

export const csvInt = (value: number | null): string => (value === null ? "" : String(value));

/**
 * A number rounded to `decimals`; a positive amount below the precision keeps three significant
 * digits instead of collapsing to 0, which would read as "none".
 */
const FACTORS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

export const roundTo = (value: number, decimals: number): number => {
  const factor = FACTORS[decimals] ?? 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  if (rounded === 0 && value !== 0) return Number(value.toPrecision(3));
  // Avoid writing "-0".
  return rounded === 0 ? 0 : rounded;
};

/**
 * Same value as String(roundTo(value, decimals)), formatted from integers: printing a double
 * with a fraction is several times slower in V8 than printing an integer, and the demo writes
 * hundreds of millions of numbers. PostgreSQL parses "1234.50" and "1234.5" to the same double.
 */
export const csvNumber = (value: number | null, decimals: number): string => {
  if (value === null) return "";
  const factor = FACTORS[decimals] ?? 10 ** decimals;
  const scaled = Math.round(value * factor);
  if (scaled === 0 || !Number.isSafeInteger(scaled) || decimals === 0) return String(roundTo(value, decimals));
  const magnitude = Math.abs(scaled);
  const whole = Math.floor(magnitude / factor);
  const fraction = magnitude - whole * factor;
  const sign = scaled < 0 ? "-" : "";
  return fraction === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(fraction).padStart(decimals, "0")}`;
};
