import type { Lang } from "../../lib/format";

/** Class colours, best to worst. */
export const CLASS_COLOURS: Readonly<Record<string, string>> = { A: "#389e0d", B: "#1677ff", C: "#fa8c16", D: "#cf1322" };

export const SEVERITY_COLOURS: Readonly<Record<string, string>> = { critical: "red", warning: "orange", info: "blue" };

/** Numbers at a sensible precision for their size (values arrive in catalogue units). */
export const figure = (v: number | null | undefined, lang: Lang): string => {
  if (v === null || v === undefined || !Number.isFinite(v)) return "—";
  const a = Math.abs(v);
  const digits = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 4;
  return v.toLocaleString(lang, { maximumFractionDigits: digits });
};

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const SEVERITIES = ["critical", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const LAND_STATUSES = ["scored", "excluded", "out_of_scope", "data_missing"] as const;
export type LandStatus = (typeof LAND_STATUSES)[number];

/** Narrows an API string to a known value (labels are typed by key), or null. */
export const oneOf = <T extends string>(values: readonly T[], v: string | null | undefined): T | null => (values as readonly string[]).includes(v ?? "") ? (v as T) : null;
