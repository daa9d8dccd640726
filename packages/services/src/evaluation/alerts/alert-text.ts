import { formatShare, type Bilingual, type Detection } from "@parkpilot/core";

/** Measurements that are growth rates or shares print as percentages in titles. */
const SHARE_KEYS = new Set(["growth", "weakest_drop", "drop", "electricity_growth", "output_growth", "electricity_drop", "below"]);

const show = (key: string, v: number | string | null): string => {
  if (v === null) return "—";
  if (typeof v === "string") return v;
  return SHARE_KEYS.has(key) ? formatShare(v) : String(v);
};

/** Fills an alert title template in both languages: {name} and {industry} from the subject, the rest from the measurements. */
export const alertTitle = (template: Bilingual, vars: Readonly<Record<string, string>>, detection: Detection): Bilingual => {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? (k in detection.measured ? show(k, detection.measured[k] ?? null) : `{${k}}`));
  return { zh: fill(template.zh), en: fill(template.en) };
};
