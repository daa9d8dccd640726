/**
 * Three-valued logic with a fourth value for "a human must decide". Missing data is UNKNOWN and
 * never FAIL; combinations follow Kleene: `all` fails as soon as one part fails whatever else is
 * unknown, `any` passes as soon as one part passes. Codes fit in two bits so a population's
 * per-criterion statuses pack four to a byte.
 */
export const FAIL = 0;
export const PASS = 1;
export const UNKNOWN = 2;
export const MANUAL = 3;

export type StatusCode = typeof FAIL | typeof PASS | typeof UNKNOWN | typeof MANUAL;

export type CriterionStatus = "fail" | "pass" | "unknown" | "manual_review";
/** Status names by code. */
export const STATUS_NAMES: readonly CriterionStatus[] = ["fail", "pass", "unknown", "manual_review"];

/** The outcome of a rule set for one enterprise: pass → eligible, fail → not eligible, otherwise undetermined. */
export type Outcome = "eligible" | "not_eligible" | "undetermined";
export const OUTCOME_OF_STATUS: readonly Outcome[] = ["not_eligible", "eligible", "undetermined", "undetermined"];

const table = (f: (a: number, b: number) => number): Uint8Array => {
  const t = new Uint8Array(16);
  for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) t[a * 4 + b] = f(a, b);
  return t;
};

// When neither side decides, missing data outranks manual review: supplying data is the cheaper fix.
const undecided = (a: number, b: number): number => (a === UNKNOWN || b === UNKNOWN ? UNKNOWN : MANUAL);

/** ALL_TABLE[a * 4 + b]: conjunction. */
export const ALL_TABLE = table((a, b) => (a === FAIL || b === FAIL ? FAIL : a === PASS && b === PASS ? PASS : a === PASS ? b : b === PASS ? a : undecided(a, b)));
/** ANY_TABLE[a * 4 + b]: disjunction. */
export const ANY_TABLE = table((a, b) => (a === PASS || b === PASS ? PASS : a === FAIL && b === FAIL ? FAIL : a === FAIL ? b : b === FAIL ? a : undecided(a, b)));
/** NOT_TABLE[a]: negation leaves undecided values undecided. */
export const NOT_TABLE = Uint8Array.of(PASS, FAIL, UNKNOWN, MANUAL);
