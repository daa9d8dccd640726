import { checkCreditCode, type IndicatorField } from "@parkpilot/core";
import { FIRST_REPORTING_YEAR } from "@parkpilot/core";

const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

export interface FastLineOptions {
  readonly grain: "annual" | "monthly";
  readonly fields: readonly IndicatorField[];
  readonly enterprises: ReadonlyMap<string, number>;
  readonly maxYear: number;
  readonly maxPeriod: string;
}

/** What a clean line yields: the enterprise, its period key and text, and where the values start. */
export interface FastLine {
  enterpriseId: number;
  periodKey: number;
  periodText: string;
  valuesStart: number;
}

const digits = (line: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c < ZERO || c > NINE) return -1;
    n = n * 10 + (c - ZERO);
  }
  return n;
};

/**
 * Validates an unquoted CSV line laid out exactly like the template (credit code, year or
 * month, then every field in catalogue order) by scanning its characters once, without creating
 * a string per cell. It accepts only what is unambiguously valid: a known visible enterprise,
 * a period in range, empty or plain decimal values within the field rules. Anything else
 * returns false and the row takes the full path, which also produces the error message, so
 * the two paths cannot disagree on what is accepted (the tests run files through both).
 */
export const createFastLineValidator = (options: FastLineOptions): ((line: string, out: FastLine) => boolean) => {
  // Codes that pass the GB 32100 check, so the fast path never accepts an invalid one.
  const ids = new Map<string, number>();
  for (const [code, id] of options.enterprises) if (checkCreditCode(code).valid) ids.set(code, id);
  const count = options.fields.length;
  const integer = options.fields.map((f) => f.kind === "integer");
  const minZero = options.fields.map((f) => f.min === 0);
  const otherMin = options.fields.map((f) => (f.min !== undefined && f.min !== 0 ? f.min : null));
  const annual = options.grain === "annual";
  const periodEnd = annual ? 23 : 26;

  return (line, out) => {
    if (line.charCodeAt(18) !== COMMA || line.charCodeAt(periodEnd) !== COMMA) return false;
    const id = ids.get(line.slice(0, 18));
    if (id === undefined) return false;
    const year = digits(line, 19, 23);
    if (year < FIRST_REPORTING_YEAR) return false;
    if (annual) {
      if (year > options.maxYear) return false;
      out.periodKey = year;
      out.periodText = line.slice(19, 23);
    } else {
      const month = digits(line, 24, 26);
      if (line.charCodeAt(23) !== MINUS || month < 1 || month > 12) return false;
      const period = line.slice(19, 26);
      if (period > options.maxPeriod) return false;
      out.periodKey = year * 100 + month;
      out.periodText = period;
    }
    const n = line.length;
    let i = periodEnd;
    for (let f = 0; f < count; f++) {
      if (line.charCodeAt(i) !== COMMA) return false;
      i++;
      let c = line.charCodeAt(i);
      if (c === COMMA || i >= n) continue; // empty: unknown
      const start = i;
      let negative = false;
      if (c === MINUS) {
        negative = true;
        c = line.charCodeAt(++i);
      }
      const intStart = i;
      let nonZero = false;
      while (c >= ZERO && c <= NINE) {
        if (c !== ZERO) nonZero = true;
        c = line.charCodeAt(++i);
      }
      if (i === intStart) return false;
      // More than 15 integer digits may pass VALUE_MAGNITUDE_LIMIT: the full path checks the range.
      if (i - intStart > 15) return false;
      if (c === DOT) {
        c = line.charCodeAt(++i);
        const fracStart = i;
        while (c >= ZERO && c <= NINE) {
          if (c !== ZERO) {
            if (integer[f]) return false;
            nonZero = true;
          }
          c = line.charCodeAt(++i);
        }
        if (i === fracStart) return false;
      }
      if (i < n && c !== COMMA) return false;
      // Very long fractions: the full path prints the parsed value.
      if (i - start > 24) return false;
      if (negative && nonZero && minZero[f]) return false;
      const min = otherMin[f];
      if (min !== null && min !== undefined && Number(line.slice(start, i)) < min) return false;
    }
    if (i !== n) return false;
    out.enterpriseId = id;
    out.valuesStart = periodEnd;
    return true;
  };
};
