import type { RegionRow } from "./build-regions";

/**
 * Best-effort link from a catalogue zone to a division, only when the name says so without
 * ambiguity inside the zone's province:
 * 1. the name equals an NBS development-zone unit (e.g. 苏州工业园区 → 320576), ignoring the
 *    province prefix and the character 市;
 * 2. else the county and city names (or their short forms: 昆山市 → 昆山) contained in the
 *    name: one county → that county; a county inside the one named city → the county; a city
 *    alone, or a city with several or only same-named counties (朝阳 is both 朝阳市 and 朝阳县)
 *    → the city, which is right either way; two cities, or counties of different cities → no link.
 */
export type RegionLinkRule = "dev_zone_unit" | "county_name" | "city_name";
export interface RegionLink {
  readonly code: string;
  readonly rule: RegionLinkRule;
}
export type RegionLinker = (zoneName: string, provinceCode: string) => RegionLink | null;

// 56 nationalities as they appear in autonomous-area names (…回族自治县 → 孟村).
const NATIONALITIES = "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
const AUTONOMOUS = new RegExp(`(?:(?:${NATIONALITIES})族)+自治(?:县|旗|州)$`);
const COUNTY_SUFFIX = /(?:自治县|自治旗|林区|特区|县|区|市|旗)$/;
const CITY_SUFFIX = /(?:自治州|地区|盟|市)$/;
// Generic district names that occur inside unrelated zone names (城区工业园 …).
const GENERIC = /^(?:城|郊|矿|东|西|南|北|中|新)区$/;
const PLACEHOLDERS = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/** NBS statistical units for development zones and similar: county codes ending 71–79. */
export const isDevZoneUnit = (code: string): boolean => /^\d{4}7\d$/.test(code);

const shortName = (name: string, level: "city" | "county"): string => {
  const autonomous = name.replace(AUTONOMOUS, "");
  // 东乡族自治县 is named after its nationality: the place is 东乡.
  const place = autonomous === "" ? name.replace(/族自治(?:县|旗|州)$/, "") : autonomous;
  const short = place !== name ? place : name.replace(level === "city" ? CITY_SUFFIX : COUNTY_SUFFIX, "");
  return short.length >= 2 ? short : name;
};

interface Candidate {
  readonly region: RegionRow;
  readonly terms: readonly string[];
}
interface Hit {
  readonly region: RegionRow;
  readonly term: string;
}

export const createRegionLinker = (regions: readonly RegionRow[]): RegionLinker => {
  const provinces = new Map(regions.filter((r) => r.level === "province").map((r) => [r.province_code, r]));
  const stripProvince = (name: string, provinceCode: string): string => {
    const province = provinces.get(provinceCode);
    if (!province) return name;
    for (const prefix of [province.name, province.name.replace(PROVINCE_SUFFIX, "")]) {
      if (prefix.length >= 2 && name.startsWith(prefix)) return name.slice(prefix.length);
    }
    return name;
  };
  const unitKey = (name: string, provinceCode: string): string => stripProvince(name, provinceCode).replace(/[市省]/g, "");

  const unitsByProvince = new Map<string, Map<string, RegionRow[]>>();
  const candidatesByProvince = new Map<string, Candidate[]>();
  for (const region of regions) {
    if (region.level === "province" || PLACEHOLDERS.has(region.name)) continue;
    if (region.level === "county" && isDevZoneUnit(region.code)) {
      const units = unitsByProvince.get(region.province_code) ?? new Map<string, RegionRow[]>();
      const key = unitKey(region.name, region.province_code);
      units.set(key, [...(units.get(key) ?? []), region]);
      unitsByProvince.set(region.province_code, units);
      continue;
    }
    if (GENERIC.test(region.name)) continue;
    const terms = [...new Set([region.name, shortName(region.name, region.level)])];
    const list = candidatesByProvince.get(region.province_code) ?? [];
    list.push({ region, terms });
    candidatesByProvince.set(region.province_code, list);
  }

  return (zoneName, provinceCode) => {
    const units = unitsByProvince.get(provinceCode)?.get(unitKey(zoneName, provinceCode));
    if (units?.length === 1 && units[0]) return { code: units[0].code, rule: "dev_zone_unit" };

    const name = stripProvince(zoneName, provinceCode);
    const hits: Hit[] = [];
    for (const candidate of candidatesByProvince.get(provinceCode) ?? []) {
      const term = candidate.terms.filter((t) => name.includes(t)).sort((a, b) => b.length - a.length)[0];
      if (term !== undefined) hits.push({ region: candidate.region, term });
    }
    // A hit whose term lies inside a longer hit's term is that longer name, not a mention of its own.
    const maximal = hits.filter((hit) => !hits.some((other) => other.term.length > hit.term.length && other.term.includes(hit.term)));
    const cities = maximal.filter((hit) => hit.region.level === "city");
    const counties = maximal.filter((hit) => hit.region.level === "county");
    if (cities.length > 1) return null;
    const city = cities[0];
    if (city) {
      const inside = counties.filter((hit) => hit.region.parent_code === city.region.code && hit.term !== city.term);
      return inside.length === 1 && inside[0] ? { code: inside[0].region.code, rule: "county_name" } : { code: city.region.code, rule: "city_name" };
    }
    if (counties.length === 1 && counties[0]) return { code: counties[0].region.code, rule: "county_name" };
    const parents = new Set(counties.map((hit) => hit.region.parent_code));
    const [parent] = parents;
    const parentRow = regions.find((r) => r.code === parent);
    if (parents.size === 1 && parentRow && !PLACEHOLDERS.has(parentRow.name)) return { code: parentRow.code, rule: "city_name" };
    return null;
  };
};
