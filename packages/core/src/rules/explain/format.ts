/** How values and requirements read in the two product languages. */
import type { CInput } from "../compiled";
import type { CompareOp, LocalizedText } from "../types";
import { withUnit } from "../units";

export type Lang = "zh" | "en";

const EN_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** At most two decimals, trailing zeros dropped; English groups thousands, Chinese does not. */
export const formatNumber = (v: number, lang: Lang): string => (lang === "en" ? EN_NUMBER.format(v) : String(Number(v.toFixed(2))));

/**
 * A value that missed a threshold must not print as the threshold ("4.9999% needs ≥5%" must not
 * read "5%, needs ≥5%"): adds decimals until the two differ, up to six.
 */
export const formatApart = (v: number, bound: number, lang: Lang): string => {
  if (formatNumber(v, lang) !== formatNumber(bound, lang)) return formatNumber(v, lang);
  for (let digits = 3; digits <= 6; digits++) {
    if (v.toFixed(digits) !== bound.toFixed(digits)) return lang === "en" ? new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }).format(v) : String(Number(v.toFixed(digits)));
  }
  return formatNumber(v, lang);
};

const levelLabel = (input: CInput, v: number, lang: Lang): string | undefined => input.levels?.find((l) => l.value === v)?.label[lang];

/** A numeric observation with its unit, or the level's label for ordinal facts; `apart` from a threshold it missed. */
export const formatValue = (input: CInput, v: number, lang: Lang, apart?: number): string =>
  levelLabel(input, v, lang) ?? withUnit(apart === undefined ? formatNumber(v, lang) : formatApart(v, apart, lang), input.unit, lang);

export const formatBoolean = (v: boolean, lang: Lang): string => (lang === "zh" ? (v ? "是" : "否") : v ? "yes" : "no");

export const categoryLabel = (input: CInput, value: string, lang: Lang): string => input.valueLabels?.[value]?.[lang] ?? value;

const EN_OP: Readonly<Record<CompareOp, string>> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", "!=": "≠" };
const ZH_OP: Readonly<Record<CompareOp, string>> = { ">=": "达到", ">": "高于", "<=": "不高于", "<": "低于", "==": "等于", "!=": "不等于" };

/** "≥3%" / "达到3%"; for ordinal levels "provincial/ministerial or higher" / "达到省部级及以上". */
export const requirementText = (input: CInput, op: CompareOp, bound: number, lang: Lang): string => {
  const level = levelLabel(input, bound, lang);
  if (level !== undefined && (op === ">=" || op === "<=")) {
    if (lang === "zh") return `达到${level}${op === ">=" ? "及以上" : "及以下"}`;
    return `${level} or ${op === ">=" ? "higher" : "lower"}`;
  }
  const value = formatValue(input, bound, lang);
  return lang === "zh" ? `${ZH_OP[op]}${value}` : `${EN_OP[op]}${value}`;
};

export const both = (f: (lang: Lang) => string): LocalizedText => ({ zh: f("zh"), en: f("en") });
