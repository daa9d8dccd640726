import { fileURLToPath } from "node:url";

/** Where the shipped reference data lives (written by scripts/reference/build-reference-data.ts). */
export const REFERENCE_DIR = fileURLToPath(new URL("../../reference", import.meta.url));

/** The files whose contents make up one reference-data version, in loading order. */
export const REFERENCE_FILES = {
  regions: "regions.csv",
  industries: "industries.csv",
  industryClassifications: "industry-classifications.csv",
  parks: "parks.csv",
  leadingIndustryMap: "leading-industry-map.csv",
} as const;

export type ReferenceFileKey = keyof typeof REFERENCE_FILES;
