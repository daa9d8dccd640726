import { parse } from "csv-parse/sync";
import type { LeadingIndustryTerm } from "./match-leading-industry";

const CODE = /^\d{2,4}$/;

/**
 * Reads leading-industry-map.csv (columns term, codes, note; codes separated by spaces).
 * Rejects malformed codes here so a typo in the reviewed table fails loudly, not silently.
 */
export const parseLeadingIndustryMap = (csvText: string): LeadingIndustryTerm[] => {
  const rows: Record<string, string>[] = parse(csvText, { columns: true, skip_empty_lines: true, trim: true });
  return rows.map((row, index) => {
    const term = row.term ?? "";
    if (term === "") throw new Error(`leading-industry-map.csv row ${index + 2}: empty term`);
    const codes = (row.codes ?? "").split(/\s+/).filter((code) => code !== "");
    const bad = codes.find((code) => !CODE.test(code));
    if (bad !== undefined) throw new Error(`leading-industry-map.csv row ${index + 2} (${term}): bad code "${bad}"`);
    return { term, codes, note: row.note ?? "" };
  });
};
