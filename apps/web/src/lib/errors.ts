import type { TFunction } from "i18next";
import { ApiError, type ApiIssue } from "./api";

export interface PlainError {
  /** One sentence an official understands, in the UI language. */
  readonly title: string;
  /** What to do next. */
  readonly hint: string;
  readonly issues: readonly ApiIssue[];
  readonly status: number;
  readonly code: string;
}

const KNOWN = [
  "network",
  "unauthenticated",
  "forbidden",
  "not_found",
  "validation",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal",
] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/** Turns any thrown value into plain language; the API's own message is kept for details only. */
export const describeError = (error: unknown, t: TFunction): PlainError => {
  if (error instanceof ApiError) {
    const code: KnownCode = isKnown(error.code) ? error.code : error.status >= 500 ? "internal" : "validation";
    return {
      title: t(`errors.${code}.title`),
      hint: t(`errors.${code}.hint`),
      issues: error.issues,
      status: error.status,
      code: error.code,
    };
  }
  return { title: t("errors.internal.title"), hint: t("errors.internal.hint"), issues: [], status: 0, code: "internal" };
};

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

/**
 * The API words its field messages in English with the catalogue's Chinese label ("营业收入 must
 * be ≥ 0 万元"). Known patterns are re-worded in the UI language; anything else is shown as sent.
 */
export const translateIssueMessage = (message: string, t: TFunction): string => {
  const min = /must be ≥ (-?[\d.]+)\s*(.*)$/.exec(message);
  if (min) return t("validation.min", { min: min[1], unit: min[2] ?? "" }).trim();
  // zod's own wording of a number out of range ("Too big: expected number to be <=1000000000000").
  const tooBig = /^Too big: expected number to be <=?\s*(-?[\d.e+]+)$/.exec(message);
  if (tooBig) return t("validation.max", { max: Number(tooBig[1]).toLocaleString("en-US") });
  const tooSmall = /^Too small: expected number to be >=?\s*(-?[\d.e+]+)$/.exec(message);
  if (tooSmall) return t("validation.min", { min: tooSmall[1], unit: "" }).trim();
  const max = /must be at most (\d+) (.*) in magnitude$/.exec(message);
  if (max) return t("validation.magnitude", { unit: max[2] ?? "" }).trim();
  const period = /^must be a (year|month) from (\S+) to (\S+) /.exec(message);
  if (period) return t(period[1] === "year" ? "validation.reportYear" : "validation.reportMonth", { from: period[2], to: period[3] });
  if (/whole number/.test(message)) return t("validation.integer");
  if (/finite number|expected number/i.test(message)) return t("validation.number");
  if (/^unknown indicator/.test(message)) return t("validation.unknownField");
  if (/^required$/i.test(message)) return t("validation.required");
  return message;
};
