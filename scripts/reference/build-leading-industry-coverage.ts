import { normalizeLeadingIndustryLabel, splitLeadingIndustries, type LeadingIndustryMatcher, type LeadingIndustryTerm } from "@parkpilot/db";
import type { CsvValue } from "./csv-files";
import type { ParkRow } from "./build-parks";

export const APPLIED_COLUMNS = ["label", "items", "status", "codes", "terms", "via"] as const;
type AppliedRow = Record<(typeof APPLIED_COLUMNS)[number], CsvValue>;

export interface LeadingIndustryCoverage {
  readonly markdown: string;
  /** One row per distinct item wording: what the table makes of it (for review diffs). */
  readonly applied: AppliedRow[];
}

const percent = (part: number, whole: number): string => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`);

/** Applies the reviewed map to every catalogue item and reports what it covers and what it does not. */
export const buildLeadingIndustryCoverage = (parks: readonly ParkRow[], terms: readonly LeadingIndustryTerm[], match: LeadingIndustryMatcher): LeadingIndustryCoverage => {
  const labels = new Map<string, number>();
  let items = 0;
  let mappedItems = 0;
  let parksWithItems = 0;
  let parksAllMapped = 0;
  let parksSomeMapped = 0;
  const usedTerms = new Set<string>();
  for (const park of parks) {
    const parkItems = splitLeadingIndustries(park.leading_industries_text);
    if (parkItems.length === 0) continue;
    parksWithItems++;
    let mappedHere = 0;
    for (const label of parkItems) {
      const result = match(label);
      result.terms.forEach((term) => usedTerms.add(term));
      labels.set(label, (labels.get(label) ?? 0) + 1);
      items++;
      if (result.status === "mapped") mappedHere++;
    }
    mappedItems += mappedHere;
    if (mappedHere === parkItems.length) parksAllMapped++;
    if (mappedHere > 0) parksSomeMapped++;
  }
  const noteOf = new Map(terms.map((t) => [t.term, t.note]));
  const applied = [...labels.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"))
    .map(([label, count]): AppliedRow => {
      const result = match(label);
      return { label, items: count, status: result.status, codes: result.codes.join(" "), terms: result.terms.join(" "), via: result.via };
    });
  const unmapped = applied.filter((row) => row.status === "unmapped");
  const unmappedItems = unmapped.reduce((sum, row) => sum + Number(row.items), 0);
  const underConstruction = parks.filter((park) => park.leading_industries_text.trim() === "在建").length;
  const unused = terms.filter((t) => !usedTerms.has(t.term)).map((t) => t.term);
  const reason = (row: AppliedRow): string => {
    const label = normalizeLeadingIndustryLabel(String(row.label));
    return row.via === "exact" ? `reviewed: ${noteOf.get(label) ?? ""}` : "no term matched";
  };

  const markdown = [
    "# Leading-industry mapping coverage",
    "",
    "Written by `scripts/reference/build-reference-data.ts` from `parks.csv` (主导产业 of the 2018",
    "catalogue, split on 、) and the reviewed table `leading-industry-map.csv`. Do not edit by hand:",
    "extend the table and rebuild. Per-wording results are in `leading-industry-applied.csv`.",
    "",
    "| | count | mapped | share |",
    "|---|---:|---:|---:|",
    `| parks | ${parks.length} | | |`,
    `| parks declaring items | ${parksWithItems} | ${parksAllMapped} all items, ${parksSomeMapped} at least one | ${percent(parksAllMapped, parksWithItems)} all |`,
    `| items | ${items} | ${mappedItems} | ${percent(mappedItems, items)} |`,
    `| distinct item wordings | ${applied.length} | ${applied.length - unmapped.length} | ${percent(applied.length - unmapped.length, applied.length)} |`,
    `| table terms | ${terms.length} | ${terms.filter((t) => t.codes.length > 0).length} with codes | |`,
    "",
    `${underConstruction} customs zones say 在建 (under construction): they declare no items.`,
    "",
    `## Unmapped wordings (${unmapped.length} wordings, ${unmappedItems} items)`,
    "",
    "| wording | items | why |",
    "|---|---:|---|",
    ...unmapped.map((row) => `| ${String(row.label)} | ${String(row.items)} | ${reason(row)} |`),
    "",
    `## Table terms not used by the catalogue (${unused.length})`,
    "",
    unused.length === 0 ? "None." : unused.join("、"),
    "",
  ].join("\n");
  return { markdown, applied };
};
