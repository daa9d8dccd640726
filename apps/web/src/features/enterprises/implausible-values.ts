import type { TAnnualRecord, TMonthlyRecord } from "@parkpilot/contracts";
import { implausibleChange, type IndicatorField } from "@parkpilot/core";
import type { TFunction } from "i18next";
import { formatNumber, unitLabel, type Lang } from "../../lib/format";
import type { EditGrain } from "./hooks/useEnterprises";

/** The period a new value is compared with: its label ("上年（2024 年）") and its values. */
export interface ReferencePeriod {
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

const digitsOf = (field: IndicatorField): number => (field.kind === "integer" ? 0 : 2);

/** The year before a year, or the same month a year before a month, when the enterprise has it. */
export const referencePeriod = (grain: EditGrain, annual: readonly TAnnualRecord[], monthly: readonly TMonthlyRecord[], t: TFunction): ReferencePeriod | undefined => {
  const valuesOf = (record: TAnnualRecord | TMonthlyRecord) => Object.fromEntries(Object.entries(record.values).map(([key, v]) => [key, v.value]));
  if (grain.kind === "annual") {
    const record = annual.find((r) => r.year === grain.year - 1);
    return record ? { label: t("enterprise.edit.referenceYear", { year: record.year }), values: valuesOf(record) } : undefined;
  }
  const period = `${Number(grain.period.slice(0, 4)) - 1}${grain.period.slice(4)}`;
  const record = monthly.find((m) => m.period === period);
  return record ? { label: t("enterprise.edit.referenceMonth", { period }), values: valuesOf(record) } : undefined;
};

/** How far a value is from the period before, in words: "about 10,000× …" or "only 1/200 of …". */
export const implausibleWarning = (field: IndicatorField, next: number | null, reference: ReferencePeriod | undefined, t: TFunction, lang: Lang): string | null => {
  const change = reference ? implausibleChange(reference.values[field.key], next) : null;
  if (!change || !reference) return null;
  const jump = change.ratio > 1;
  return t(jump ? "enterprise.edit.jump" : "enterprise.edit.collapse", {
    reference: reference.label,
    previous: formatNumber(change.previous, lang, digitsOf(field)),
    unit: unitLabel(field.unit, lang),
    ratio: formatNumber(jump ? change.ratio : 1 / change.ratio, lang, 0),
  });
};

/** One line per changed value that is implausibly far from the period before, for the confirmation. */
export const implausibleLines = (
  fields: readonly IndicatorField[],
  changed: Readonly<Record<string, number | null>>,
  reference: ReferencePeriod | undefined,
  t: TFunction,
  lang: Lang,
): string[] =>
  fields.flatMap((f) => {
    if (!(f.key in changed)) return [];
    const next = changed[f.key] ?? null;
    const change = implausibleWarning(f, next, reference, t, lang);
    return change
      ? [t("enterprise.edit.checkLine", { field: lang === "zh-CN" ? f.zh : f.en, next: formatNumber(next, lang, digitsOf(f)), unit: unitLabel(f.unit, lang), change })]
      : [];
  });
