import type { Bilingual } from "./policy";

/**
 * Missing data is unknown, never zero or infinity. A measured value is either a finite number or
 * unknown with the reason, so every result can say why it has no value.
 */
export type UnknownReason =
  | { readonly code: "missing"; readonly field: string }
  | { readonly code: "zero_denominator"; readonly field: string }
  | { readonly code: "negative_denominator"; readonly field: string }
  | { readonly code: "no_reporters" }
  | { readonly code: "not_applicable"; readonly why: Bilingual };

export type Measured = { readonly value: number; readonly reason?: undefined } | { readonly value: null; readonly reason: UnknownReason };

export const knownValue = (value: number): Measured => ({ value });
export const unknownValue = (reason: UnknownReason): Measured => ({ value: null, reason });

/** Plain-language rendering of a reason; `label` names the field in the reader's language. */
export const describeUnknown = (reason: UnknownReason, label: (field: string) => Bilingual): Bilingual => {
  switch (reason.code) {
    case "missing": {
      const l = label(reason.field);
      return { zh: `${l.zh}未报送`, en: `${l.en} not reported` };
    }
    case "zero_denominator": {
      const l = label(reason.field);
      return { zh: `${l.zh}为0，比值无意义`, en: `${l.en} is zero, so the ratio is undefined` };
    }
    case "negative_denominator": {
      const l = label(reason.field);
      return { zh: `${l.zh}为负数`, en: `${l.en} is negative` };
    }
    case "no_reporters":
      return { zh: "无企业报送", en: "no enterprise reported" };
    case "not_applicable":
      return reason.why;
  }
};
