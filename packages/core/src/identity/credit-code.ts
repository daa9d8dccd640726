/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from the alphabet
 * 0-9 A-H J-N P-R T-U W-Y (no I, O, S, V, Z). Position 1 registration authority, 2 entity type,
 * 3-8 administrative division, 9-17 organisation code, 18 check character (mod 31).
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = "length" | "alphabet" | "check";

export interface CreditCodeCheck {
  readonly valid: boolean;
  readonly problem?: CreditCodeProblem;
  readonly expectedCheck?: string;
}

/** Computes the check character for the first 17 characters; undefined if any is outside the alphabet. */
export const creditCodeCheckChar = (first17: string): string | undefined => {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
};

export const checkCreditCode = (raw: string): CreditCodeCheck => {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return { valid: false, problem: "length" };
  for (const ch of code) if (!ALPHABET.includes(ch)) return { valid: false, problem: "alphabet" };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === undefined) return { valid: false, problem: "alphabet" };
  if (expected !== code.charAt(17)) return { valid: false, problem: "check", expectedCheck: expected };
  return { valid: true };
};

export const isValidCreditCode = (raw: string): boolean => checkCreditCode(raw).valid;

/** Builds a valid code from a 17-character body (used by the demo generator and tests). */
export const completeCreditCode = (body17: string): string => {
  const check = creditCodeCheckChar(body17);
  if (check === undefined || body17.length !== 17) throw new Error(`not a credit-code body: ${body17}`);
  return body17 + check;
};
