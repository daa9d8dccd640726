/**
 * Units the rule engine knows, with how explanations print them. Units are part of every input,
 * so a gap reads "R&D ratio 2.1%, needs ≥3%" rather than a bare number.
 */
export const UNITS = {
  percent: { zh: "%", en: "%", spaced: false },
  wan_yuan: { zh: "万元", en: "10k CNY", spaced: true },
  usd_million: { zh: "百万美元", en: "US$ million", spaced: true },
  persons: { zh: "人", en: "persons", spaced: true },
  years: { zh: "年", en: "years", spaced: true },
  items: { zh: "件", en: "items", spaced: true },
  points: { zh: "分", en: "points", spaced: true },
  /** Market rank (1 = first). */
  rank: { zh: "位", en: "", spaced: false },
  /** Ordinal levels (award or R&D-institution level); printed by their labels. */
  level: { zh: "", en: "", spaced: false },
  /** Booleans, categories and dates: no unit. */
  none: { zh: "", en: "", spaced: false },
} as const;

export type UnitId = keyof typeof UNITS;

export const isUnitId = (value: string): value is UnitId => Object.hasOwn(UNITS, value);

/** Appends the unit to an already formatted number in the given language. */
export const withUnit = (formatted: string, unit: UnitId, lang: "zh" | "en"): string => {
  const u = UNITS[unit];
  const text = u[lang];
  if (text === "") return formatted;
  return lang === "en" && u.spaced ? `${formatted} ${text}` : `${formatted}${text}`;
};
