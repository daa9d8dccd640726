/**
 * Number formatting in the units officials use. Values arrive in the catalogue's base units
 * (money in 万元, land in 亩, electricity in kWh, energy in 吨标准煤); "scaled" formatting moves
 * large figures to the next customary unit (万元 → 亿元, 千瓦时 → 万千瓦时 → 亿千瓦时) and
 * always shows the unit. null means "unknown" and is shown as a dash, never as 0.
 */
export type Lang = "zh-CN" | "en-US";

export const DASH = "—";

export interface Quantity {
  /** The formatted number, e.g. "1,234.56". */
  readonly value: string;
  /** The unit the number is in, e.g. "亿元". */
  readonly unit: string;
}

interface Step {
  readonly factor: number;
  readonly zh: string;
  readonly en: string;
}

/** Ladders of customary units, keyed by the catalogue's (zh) base unit. */
const LADDERS: Readonly<Record<string, readonly Step[]>> = {
  万元: [
    { factor: 1, zh: "万元", en: "10k CNY" },
    { factor: 1e4, zh: "亿元", en: "100M CNY" },
  ],
  千瓦时: [
    { factor: 1, zh: "千瓦时", en: "kWh" },
    { factor: 1e4, zh: "万千瓦时", en: "10k kWh" },
    { factor: 1e8, zh: "亿千瓦时", en: "100M kWh" },
  ],
  吨标准煤: [
    { factor: 1, zh: "吨标准煤", en: "tce" },
    { factor: 1e4, zh: "万吨标准煤", en: "10k tce" },
  ],
  立方米: [
    { factor: 1, zh: "立方米", en: "m³" },
    { factor: 1e4, zh: "万立方米", en: "10k m³" },
  ],
  平方米: [
    { factor: 1, zh: "平方米", en: "m²" },
    { factor: 1e4, zh: "万平方米", en: "10k m²" },
  ],
};

/** English names of the catalogue's units that have no ladder. */
const UNIT_EN: Readonly<Record<string, string>> = {
  亩: "mu",
  人: "persons",
  家: "enterprises",
  个: "",
  件: "items",
  吨: "t",
  吉焦: "GJ",
  平方公里: "km²",
  "万元/亩": "10k CNY/mu",
};

/** Whether a (zh) base unit has customary larger units (万元 → 亿元): scaleQuantity moves along them. */
export const hasCustomaryScale = (zhUnit: string): boolean => Object.hasOwn(LADDERS, zhUnit);

export const unitLabel = (zhUnit: string, lang: Lang): string => {
  if (lang === "zh-CN") return zhUnit;
  const step = LADDERS[zhUnit]?.[0];
  return step ? step.en : (UNIT_EN[zhUnit] ?? zhUnit);
};

const formatters = new Map<string, Intl.NumberFormat>();
const numberFormat = (lang: Lang, digits: number): Intl.NumberFormat => {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
};

const isKnown = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** A plain number with thousands separators; a dash when unknown. */
export const formatNumber = (value: number | null | undefined, lang: Lang, digits = 0): string =>
  isKnown(value) ? numberFormat(lang, digits).format(value) : DASH;

/** A value in a (zh) base unit, scaled to the largest customary unit it reaches. */
export const scaleQuantity = (value: number, zhUnit: string, lang: Lang, digits = 2): Quantity => {
  const ladder = LADDERS[zhUnit];
  if (!ladder) return { value: formatNumber(value, lang, digits), unit: unitLabel(zhUnit, lang) };
  let step = ladder[0] as Step;
  for (const s of ladder) if (Math.abs(value) >= s.factor) step = s;
  return { value: formatNumber(value / step.factor, lang, digits), unit: lang === "zh-CN" ? step.zh : step.en };
};

/**
 * Props for a statistic card: the number scaled to its customary unit and the unit as suffix
 * ("284.17" + "亿元" for 2,841,671 万元); a dash and no unit when unknown.
 */
export const inCustomaryUnit = (value: number | null | undefined, zhUnit: string, lang: Lang, digits = 2): { value: string; suffix?: string } => {
  if (!isKnown(value)) return { value: DASH };
  const q = scaleQuantity(value, zhUnit, lang, digits);
  return q.unit ? { value: q.value, suffix: q.unit } : { value: q.value };
};

const join = (q: Quantity): string => (q.unit ? `${q.value} ${q.unit}` : q.value);

/** "1.23 亿元", "4,567.80 万元", "—". */
export const formatScaled = (value: number | null | undefined, zhUnit: string, lang: Lang, digits = 2): string =>
  isKnown(value) ? join(scaleQuantity(value, zhUnit, lang, digits)) : DASH;

/** A value in its base unit without scaling (for table columns that name the unit in the header). */
export const formatInUnit = (value: number | null | undefined, zhUnit: string, lang: Lang, digits = 2): string =>
  isKnown(value) ? join({ value: formatNumber(value, lang, digits), unit: unitLabel(zhUnit, lang) }) : DASH;

/** Money stored in 万元: 万元 below 1 亿, 亿元 above. */
export const formatMoneyWan = (wan: number | null | undefined, lang: Lang, digits = 2): string => formatScaled(wan, "万元", lang, digits);

/** Land in 亩. */
export const formatMu = (mu: number | null | undefined, lang: Lang, digits = 0): string => formatInUnit(mu, "亩", lang, digits);

/** Park areas in km². */
export const formatKm2 = (km2: number | null | undefined, lang: Lang): string => formatInUnit(km2, "平方公里", lang, 2);

/** Per-mu tax (万元/亩). */
export const formatPerMu = (value: number | null | undefined, lang: Lang): string => formatInUnit(value, "万元/亩", lang, 2);

/** The colon between a label and its value: full-width in Chinese ("阈值：…"), "Label: …" in English. */
export const labelColon = (lang: Lang): string => (lang === "zh-CN" ? "：" : ": ");

/** A fraction as a percentage: 0.0345 → "3.45%". */
export const formatPercent = (fraction: number | null | undefined, lang: Lang, digits = 2): string =>
  isKnown(fraction) ? `${formatNumber(fraction * 100, lang, digits)}%` : DASH;

/** Relative change (current ÷ previous − 1), or null when either is unknown or the base is not positive. */
export const relativeChange = (current: number | null | undefined, previous: number | null | undefined): number | null =>
  isKnown(current) && isKnown(previous) && previous > 0 ? current / previous - 1 : null;

/** A signed percentage for year-on-year changes: "+3.4%", "−2.1%". */
export const formatSignedPercent = (fraction: number | null | undefined, lang: Lang, digits = 1): string => {
  if (!isKnown(fraction)) return DASH;
  const text = formatNumber(Math.abs(fraction) * 100, lang, digits);
  const sign = fraction > 0 ? "+" : fraction < 0 ? "−" : "";
  return `${sign}${text}%`;
};

/** Change of a ratio in percentage points: 0.031 → 0.034 is "+0.30 个百分点" / "+0.30 pp". */
export const formatPointChange = (current: number | null | undefined, previous: number | null | undefined, lang: Lang): string => {
  if (!isKnown(current) || !isKnown(previous)) return DASH;
  const diff = (current - previous) * 100;
  const sign = diff > 0 ? "+" : diff < 0 ? "−" : "";
  return `${sign}${formatNumber(Math.abs(diff), lang, 2)} ${lang === "zh-CN" ? "个百分点" : "pp"}`;
};

/** An ISO date or timestamp as a local date-time ("2026-11-22 14:05"). */
export const formatDateTime = (iso: string | null | undefined, lang: Lang): string => {
  if (!iso) return DASH;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
};

/** A calendar date ("2006-04-01"), shown as given: dates of approval have no time zone. */
export const formatDate = (isoDate: string | null | undefined): string => (isoDate ? isoDate.slice(0, 10) : DASH);

/** File sizes for upload lists. */
export const formatBytes = (bytes: number, lang: Lang): string => {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB`;
};

/** One unit for a whole chart axis: the largest customary unit the axis maximum reaches. */
export const axisUnit = (maxAbs: number, zhUnit: string, lang: Lang): { factor: number; unit: string } => {
  const ladder = LADDERS[zhUnit];
  if (!ladder) return { factor: 1, unit: unitLabel(zhUnit, lang) };
  let step = ladder[0] as Step;
  for (const s of ladder) if (maxAbs >= s.factor) step = s;
  return { factor: step.factor, unit: lang === "zh-CN" ? step.zh : step.en };
};

/**
 * One unit for a table column (the largest customary unit its largest value reaches, as axisUnit):
 * the header names the unit, the cells hold the numbers, so the column reads in one unit rather
 * than 万元 in one row and 亿元 in the next.
 */
export const columnUnit = (
  values: readonly (number | null | undefined)[],
  zhUnit: string,
  lang: Lang,
  digits = 2,
): { unit: string; format: (value: number | null | undefined) => string } => {
  const known = values.filter(isKnown);
  const { factor, unit } = axisUnit(known.length > 0 ? Math.max(...known.map(Math.abs)) : 0, zhUnit, lang);
  return { unit, format: (value) => (isKnown(value) ? formatNumber(value / factor, lang, digits) : DASH) };
};

/** A column header with its unit: "工业总产值 (亿元)". */
export const titleWithUnit = (title: string, unit: string): string => `${title} (${unit})`;
