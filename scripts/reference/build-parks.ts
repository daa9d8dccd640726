import { field, type CsvRow } from "./csv-files";
import type { RegionLinker, RegionLinkRule } from "./link-park-region";

export const PARK_COLUMNS = [
  "catalogue_code",
  "catalogue_serial",
  "name",
  "level",
  "kind",
  "kind_text",
  "province_code",
  "region_code",
  "approved_on",
  "approval_text",
  "approved_area_km2",
  "leading_industries_text",
  "longitude",
  "latitude",
  "location_source",
] as const;
export type ParkRow = Record<(typeof PARK_COLUMNS)[number], string>;

const LEVELS: Record<string, "national" | "provincial"> = { 国务院: "national", 省政府: "provincial" };
const KINDS: Record<string, string> = {
  经济技术开发区: "etdz",
  高新技术产业开发区: "hitech",
  海关特殊监管区域: "customs",
  "边境/跨境经济合作区": "border",
  其他类型开发区: "other",
  经济开发区: "provincial_ez",
  工业园区: "industrial",
};
const CATALOGUE_CODE = /^[GS]\d{6}$/;
// 批准时间 is YYYY.MM; two zones list two approvals ("2000.04/2002.12"): the first is the approval.
const APPROVAL = /^(\d{4})\.(\d{2})(?:\/\d{4}\.\d{2})?$/;

export interface ParkBuild {
  readonly parks: ParkRow[];
  readonly linkRules: ReadonlyMap<RegionLinkRule | "none", number>;
}

/**
 * The 2,543 zones of the 2018 audit catalogue, national first, each level in catalogue order
 * (the loader numbers parks in this order). Coordinates are kept only where the source marks
 * them trustworthy (坐标可信=1), and only as a demo/test geocode, never as authoritative.
 */
export const buildParks = (source: readonly CsvRow[], linkRegion: RegionLinker, regionCodes: ReadonlySet<string>): ParkBuild => {
  const linkRules = new Map<RegionLinkRule | "none", number>();
  const parks = source.map((row): ParkRow => {
    const code = field(row, "代码");
    if (!CATALOGUE_CODE.test(code)) throw new Error(`Catalogue code "${code}" malformed`);
    const level = LEVELS[field(row, "批准级别")];
    const kindText = field(row, "开发区类型");
    const kind = KINDS[kindText];
    if (!level || !kind) throw new Error(`Park ${code}: unknown level or type`);
    if ((level === "national") !== code.startsWith("G")) throw new Error(`Park ${code}: level ${level} contradicts the code`);
    const provinceCode = code.slice(1, 3);
    if (!regionCodes.has(`${provinceCode}0000`)) throw new Error(`Park ${code}: unknown province ${provinceCode}`);
    const approvalText = field(row, "批准时间");
    const approval = APPROVAL.exec(approvalText);
    if (!approval) throw new Error(`Park ${code}: approval "${approvalText}" not YYYY.MM`);
    const area = field(row, "核准面积_km2");
    if (area !== "" && !(Number(area) > 0)) throw new Error(`Park ${code}: area "${area}"`);
    const name = field(row, "开发区名称");
    const link = linkRegion(name, provinceCode);
    linkRules.set(link?.rule ?? "none", (linkRules.get(link?.rule ?? "none") ?? 0) + 1);
    const trusted = field(row, "坐标可信") === "1";
    return {
      catalogue_code: code,
      catalogue_serial: field(row, "序号"),
      name,
      level,
      kind,
      kind_text: kindText,
      province_code: provinceCode,
      region_code: link?.code ?? "",
      approved_on: `${approval[1]}-${approval[2]}-01`,
      approval_text: approvalText,
      approved_area_km2: area,
      leading_industries_text: field(row, "主导产业"),
      longitude: trusted ? field(row, "经度_WGS84") : "",
      latitude: trusted ? field(row, "纬度_WGS84") : "",
      location_source: trusted ? "catalogue_geocode" : "",
    };
  });
  parks.sort((a, b) => (a.level === b.level ? Number(a.catalogue_serial) - Number(b.catalogue_serial) : a.level === "national" ? -1 : 1));
  return { parks, linkRules };
};
