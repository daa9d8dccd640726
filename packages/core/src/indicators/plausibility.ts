/**
 * A data-entry sanity check, not a policy rule: it rates nothing and refuses nothing. A value a
 * hundred times (or a hundredth of) the same enterprise's value for the period before is far more
 * often a slip than a change — 元 typed for 万元 is a factor of 10,000, a dropped or doubled
 * digit group a factor of 1,000 — so the person entering it is asked to look again before saving.
 */
export const IMPLAUSIBLE_CHANGE_FACTOR = 100;

export interface ImplausibleChange {
  readonly previous: number;
  readonly next: number;
  /** next ÷ previous: ≥ the factor (a jump) or ≤ its inverse (a collapse). */
  readonly ratio: number;
}

/**
 * The change from the period before when it is implausibly large, else null. Only two positive
 * values are compared: an unknown, a zero or a negative (a loss) has no meaningful ratio.
 */
export const implausibleChange = (previous: number | null | undefined, next: number | null | undefined, factor = IMPLAUSIBLE_CHANGE_FACTOR): ImplausibleChange | null => {
  if (previous === null || previous === undefined || next === null || next === undefined) return null;
  if (!(previous > 0) || !(next > 0)) return null;
  const ratio = next / previous;
  return ratio >= factor || ratio <= 1 / factor ? { previous, next, ratio } : null;
};
