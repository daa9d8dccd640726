/**
 * GB/T 4754-2017 industry codes (国民经济行业分类): a section letter A–T followed by up to four
 * digits (division, group, class: C3911). Registers often drop the letter; the two-digit division
 * determines it, so both spellings are accepted. Rule files map codes to their own categories
 * with patterns: a section (B), a prefix (F51, K7010), or a division range (G54-G58).
 */

// [section, first division, last division] of GB/T 4754-2017.
const SECTIONS: readonly (readonly [string, number, number])[] = [
  ["A", 1, 5], ["B", 6, 12], ["C", 13, 43], ["D", 44, 46], ["E", 47, 50], ["F", 51, 52], ["G", 53, 60],
  ["H", 61, 62], ["I", 63, 65], ["J", 66, 69], ["K", 70, 70], ["L", 71, 72], ["M", 73, 75], ["N", 76, 79],
  ["O", 80, 82], ["P", 83, 83], ["Q", 84, 85], ["R", 86, 90], ["S", 91, 96], ["T", 97, 97],
];

const sectionOfDivision = (division: number): string | undefined => SECTIONS.find(([, lo, hi]) => division >= lo && division <= hi)?.[0];

/** "C3911", "c3911", "3911" → "C3911"; undefined when the code is malformed or letter and division disagree. */
export const normaliseIndustryCode = (raw: string): string | undefined => {
  const m = /^([A-Ta-t])?(\d{2,4})$/.exec(raw.trim());
  if (!m) return /^[A-Ta-t]$/.test(raw.trim()) ? raw.trim().toUpperCase() : undefined;
  const digits = m[2] ?? "";
  const section = sectionOfDivision(Number(digits.slice(0, 2)));
  if (section === undefined) return undefined;
  if (m[1] !== undefined && m[1].toUpperCase() !== section) return undefined;
  return section + digits;
};

const RANGE = /^([A-T])(\d{2})-([A-T])(\d{2})$/;
const PREFIX = /^[A-T]\d{0,4}$/;

/** True for a pattern a rule file may use. */
export const isIndustryPattern = (pattern: string): boolean => {
  const r = RANGE.exec(pattern);
  if (r) return r[1] === r[3] && Number(r[2]) <= Number(r[4]) && sectionOfDivision(Number(r[2])) === r[1] && sectionOfDivision(Number(r[4])) === r[1];
  if (!PREFIX.test(pattern)) return false;
  return pattern.length === 1 || normaliseIndustryCode(pattern) === pattern;
};

/** How specific a match is (longer wins), or -1 for no match. */
const matchLength = (code: string, pattern: string): number => {
  const r = RANGE.exec(pattern);
  if (r) {
    const division = Number(code.slice(1, 3));
    return code.length >= 3 && code[0] === r[1] && division >= Number(r[2]) && division <= Number(r[4]) ? 3 : -1;
  }
  return code.startsWith(pattern) ? pattern.length : -1;
};

/**
 * The category a code maps to: the key whose most specific pattern matches, the default when the
 * code is valid but unmatched, undefined when the code is malformed (unknown, not "other").
 */
export const mapIndustryCode = (raw: string, map: Readonly<Record<string, readonly string[]>>, fallback: string): string | undefined => {
  const code = normaliseIndustryCode(raw);
  if (code === undefined) return undefined;
  let best = fallback;
  let bestLength = 0;
  for (const [key, patterns] of Object.entries(map)) {
    for (const p of patterns) {
      const len = matchLength(code, p);
      if (len > bestLength) {
        best = key;
        bestLength = len;
      }
    }
  }
  return best;
};
