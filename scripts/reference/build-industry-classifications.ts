import { field, type CsvRow } from "./csv-files";

export const CLASSIFICATION_COLUMNS = ["classification", "industry_code", "category_path", "partial"] as const;
export type ClassificationRow = Record<(typeof CLASSIFICATION_COLUMNS)[number], string>;

// Source keys are kept as published except the one that is not ASCII.
const CLASSIFICATION_KEYS: Record<string, string> = {
  strategic: "strategic",
  digital: "digital",
  highTech_mfg: "highTech_mfg",
  highTech_svc: "highTech_svc",
  ip密集型: "ip_intensive",
  pension: "pension",
  culture: "culture",
};

/**
 * NBS derived classifications mapped onto GB/T 4754 classes, one row per (classification,
 * class, category path). partial = the source's "*": only part of the class belongs.
 */
export const buildIndustryClassifications = (source: readonly CsvRow[], industryCodes: ReadonlySet<string>): ClassificationRow[] => {
  const seen = new Set<string>();
  const rows: ClassificationRow[] = [];
  for (const row of source) {
    const sourceKey = field(row, "classification");
    const classification = CLASSIFICATION_KEYS[sourceKey];
    if (classification === undefined) throw new Error(`Unknown classification "${sourceKey}"`);
    const industryCode = field(row, "gb4754_code");
    if (!industryCodes.has(industryCode)) throw new Error(`Classification ${sourceKey}: unknown GB/T 4754 code ${industryCode}`);
    const categoryPath = field(row, "category_path");
    const key = `${classification}\t${industryCode}\t${categoryPath}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ classification, industry_code: industryCode, category_path: categoryPath, partial: field(row, "partial_star") === "Y" ? "true" : "false" });
  }
  return rows;
};
