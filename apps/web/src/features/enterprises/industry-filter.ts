/** A GB/T 4754 section letter, or a division (2), group (3) or class (4) code. */
const INDUSTRY = /^[A-Z]$|^\d{2,4}$/;

/**
 * The filter code of what was typed: a section letter or 2–4 digits, also written as officials
 * often do with the section in front ("C27" is division 27 of section C); null when it is neither.
 */
export const industryFilterCode = (typed: string): string | null => {
  const code = typed.trim().toUpperCase();
  if (code === "" || INDUSTRY.test(code)) return code;
  const sectioned = /^[A-T](\d{2,4})$/.exec(code);
  return sectioned ? (sectioned[1] ?? null) : null;
};
