import type { IndicatorField } from "@parkpilot/core";
import { bilingual } from "./messages";

/** What a warning compares: a value of the file with the value of the period before. */
export interface WarningComparison {
  readonly grain: "annual" | "monthly";
  readonly field: IndicatorField;
  readonly value: number;
  readonly referenceValue: number;
  /** YYYY or YYYY-MM. */
  readonly referencePeriod: string;
  /** The file's row holding the reference value; null when it is the stored value. */
  readonly referenceRow: number | null;
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const RATIO = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * The message of an import warning, worded like the reporting form's question: how far the
 * value is from the period before, in words, and the usual cause. The English part names no
 * Chinese unit, so the web app can show it alone (pickBilingual).
 */
export const warningMessage = (c: WarningComparison): string => {
  const { field, referencePeriod, referenceRow } = c;
  const annual = c.grain === "annual";
  const whereZh = referenceRow === null ? "已存数据" : `本文件第 ${referenceRow} 行`;
  const whereEn = referenceRow === null ? "stored" : `row ${referenceRow} of this file`;
  const referenceZh = annual ? `上年（${referencePeriod} 年，${whereZh}）` : `上年同月（${referencePeriod}，${whereZh}）`;
  const referenceEn = annual ? `the year before (${referencePeriod}, ${whereEn})` : `the same month a year before (${referencePeriod}, ${whereEn})`;
  const previous = NUMBER.format(c.referenceValue);
  const ratio = c.value / c.referenceValue;
  const jump = ratio > 1;
  const times = RATIO.format(jump ? ratio : 1 / ratio);
  const money = field.unit === "万元";
  const causeZh = money ? (jump ? "常见原因是按“元”填了以“万元”为单位的数" : "常见原因是上期按“元”填写") : "常见原因是多打或漏打了位数";
  const causeEn = money ? (jump ? "a figure in yuan where 10k CNY is asked?" : "the earlier figure in yuan?") : "digits added or dropped?";
  return bilingual(
    jump
      ? `约为${referenceZh} ${previous} ${field.unit}的 ${times} 倍，请确认单位是否为${field.unit}；${causeZh}`
      : `仅为${referenceZh} ${previous} ${field.unit}的 1/${times}，请确认单位是否为${field.unit}；${causeZh}`,
    jump
      ? `about ${times}× ${referenceEn} of ${previous} ${field.unitEn}: ${causeEn}`
      : `only 1/${times} of ${referenceEn} of ${previous} ${field.unitEn}: ${causeEn}`,
  );
};
