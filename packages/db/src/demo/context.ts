import type { Database } from "../client";
import type { ParkKind } from "../schema";
import { DemoGenerationError } from "./errors";
import { isIndustrialSection, profileFor, type IndustryProfile } from "./industry-profiles";
import { shortCityName, shortProvinceName, type NamePlace } from "./identity";

/**
 * What the generator needs from the reference data of a province, read once before the run:
 * its parks (in a stable order), their declared leading industries expanded to GB/T 4754
 * classes (小类), and region names for company names and credit codes.
 */
export interface IndustryClass {
  readonly code: string;
  readonly name: string;
  readonly division: string;
  readonly section: string;
  readonly industrial: boolean;
  readonly profile: IndustryProfile;
}

/** Classes with selection weights (a division's weight is shared among its classes). */
export interface ClassPool {
  readonly classes: readonly IndustryClass[];
  readonly weights: readonly number[];
  readonly total: number;
}

export interface DemoPark {
  readonly id: number;
  /** Position in the stable order of the province's parks, from 0. */
  readonly ordinal: number;
  readonly name: string;
  readonly level: "national" | "provincial";
  readonly kind: ParkKind;
  readonly regionCode: string | null;
  readonly approvedAreaKm2: number | null;
  /** One pool per declared leading industry that maps to at least one class. */
  readonly leading: readonly ClassPool[];
  /** Region part (positions 3–8) of the credit codes of its enterprises. */
  readonly creditRegion: string;
  readonly place: NamePlace;
}

export interface ReferenceData {
  readonly parks: readonly DemoPark[];
  /** Other plausible classes: manufacturing and producer services. */
  readonly general: ClassPool;
}

interface ParkRow extends Record<string, unknown> {
  id: number;
  name: string;
  level: "national" | "provincial";
  kind: ParkKind;
  region_code: string | null;
  approved_area_km2: number | null;
  leading: string[][] | null;
}

interface RegionRow extends Record<string, unknown> {
  code: string;
  name: string;
  level: "province" | "city" | "county";
  parent_code: string | null;
}

const PLACEHOLDER_NAMES = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const pool = (classes: readonly IndustryClass[]): ClassPool => {
  const perDivision = new Map<string, number>();
  for (const c of classes) perDivision.set(c.division, (perDivision.get(c.division) ?? 0) + 1);
  // A declared division with no general commonness (tobacco, say) must still be drawable.
  const weights = classes.map((c) => Math.max(c.profile.commonness, 0.3) / (perDivision.get(c.division) ?? 1));
  return { classes, weights, total: weights.reduce((a, w) => a + w, 0) };
};

/** Expands a declared code (section letter, division, group or class) to its classes. */
const expand = (code: string, classes: readonly IndustryClass[]): IndustryClass[] =>
  /^[A-T]$/.test(code) ? classes.filter((c) => c.section === code) : classes.filter((c) => c.code.startsWith(code));

export const loadDemoReference = async (database: Database, provinceCode: string): Promise<ReferenceData> => {
  const industryRows = await database.query<{ code: string; name: string; section: string }>(
    `select code, name, section from industries where level = 4 order by code`,
  );
  if (industryRows.length === 0) {
    throw new DemoGenerationError("reference_data_missing", "the industries table has no GB/T 4754 classes: load the reference data first");
  }
  const classes: IndustryClass[] = industryRows.map((r) => ({
    code: r.code,
    name: r.name,
    division: r.code.slice(0, 2),
    section: r.section,
    industrial: isIndustrialSection(r.section),
    profile: profileFor(r.code.slice(0, 2), r.section),
  }));
  const general = pool(classes.filter((c) => c.profile.commonness > 0));
  if (general.classes.length === 0) {
    throw new DemoGenerationError("reference_data_missing", "no manufacturing or producer-service classes in the industries table");
  }

  // Text is ordered byte-wise (collate "C") so the order, hence every generated row, is the
  // same on servers with different locales and on PGlite.
  const parkRows = await database.query<ParkRow>(
    `select p.id, p.name, p.level, p.kind, p.region_code, p.approved_area_km2,
            (select json_agg(l.industry_codes order by l.position)
               from park_leading_industries l where l.park_id = p.id and cardinality(l.industry_codes) > 0) as leading
       from parks p
      where p.province_code = $1
      order by p.catalogue_code collate "C" nulls last, p.catalogue_serial nulls last, p.name collate "C", p.id`,
    [provinceCode],
  );
  if (parkRows.length === 0) {
    throw new DemoGenerationError("no_parks", `no parks of province ${provinceCode} in the catalogue: check the province code (two digits, e.g. 44), or load the reference data (parkpilot db migrate)`);
  }
  const regions = await database.query<RegionRow>(
    `select code, name, level, parent_code from regions where province_code = $1`,
    [provinceCode],
  );
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const provinceRegion = regionByCode.get(`${provinceCode}0000`);
  const province = provinceRegion ? shortProvinceName(provinceRegion.name) : null;

  const placeOf = (regionCode: string | null): NamePlace => {
    let region = regionCode ? regionByCode.get(regionCode) : undefined;
    // Companies carry the name of their prefecture-level city, not of the district.
    if (region?.level === "county" && region.parent_code) region = regionByCode.get(region.parent_code) ?? region;
    // 市辖区, 县, 省直辖县级行政区划 … are placeholders of municipalities, not city names.
    if (!region || region.level === "province" || PLACEHOLDER_NAMES.test(region.name)) return { city: null, cityFull: null, province };
    return { city: shortCityName(region.name), cityFull: region.name, province };
  };

  const parks = parkRows.map((row, ordinal): DemoPark => {
    const leading = (row.leading ?? []).map((codes) => pool([...new Set(codes.flatMap((code) => expand(code, classes)))])).filter((p) => p.classes.length > 0);
    return {
      id: row.id,
      ordinal,
      name: row.name,
      level: row.level,
      kind: row.kind,
      regionCode: row.region_code,
      approvedAreaKm2: row.approved_area_km2,
      leading,
      creditRegion: row.region_code ?? `${provinceCode}0000`,
      place: placeOf(row.region_code),
    };
  });
  return { parks, general };
};
