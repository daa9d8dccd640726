import type { Database } from "../client";

/**
 * A minimal, made-up province (code 99, which no real province uses) with three parks, for the
 * demo generator's tests and benchmark when they must not depend on the national catalogue.
 * The industry rows are real GB/T 4754-2017 entries, inserted only where missing, so the
 * fixture sits beside the full reference data without conflict.
 */
export const SAMPLE_PROVINCE_CODE = "99";

type IndustryRow = readonly [code: string, name: string, level: number, parent: string | null, section: string];

const INDUSTRIES: readonly IndustryRow[] = [
  ["C", "制造业", 1, null, "C"],
  ["27", "医药制造业", 2, "C", "C"],
  ["272", "化学药品制剂制造", 3, "27", "C"],
  ["2720", "化学药品制剂制造", 4, "272", "C"],
  ["276", "生物药品制品制造", 3, "27", "C"],
  ["2761", "生物药品制造", 4, "276", "C"],
  ["33", "金属制品业", 2, "C", "C"],
  ["331", "结构性金属制品制造", 3, "33", "C"],
  ["3311", "金属结构制造", 4, "331", "C"],
  ["3312", "金属门窗制造", 4, "331", "C"],
  ["38", "电气机械和器材制造业", 2, "C", "C"],
  ["384", "电池制造", 3, "38", "C"],
  ["3841", "锂离子电池制造", 4, "384", "C"],
  ["3842", "镍氢电池制造", 4, "384", "C"],
  ["385", "家用电力器具制造", 3, "38", "C"],
  ["3852", "家用空气调节器制造", 4, "385", "C"],
  ["39", "计算机、通信和其他电子设备制造业", 2, "C", "C"],
  ["397", "电子器件制造", 3, "39", "C"],
  ["3973", "集成电路制造", 4, "397", "C"],
  ["398", "电子元件及电子专用材料制造", 3, "39", "C"],
  ["3982", "电子电路制造", 4, "398", "C"],
  ["G", "交通运输、仓储和邮政业", 1, null, "G"],
  ["59", "装卸搬运和仓储业", 2, "G", "G"],
  ["592", "通用仓储", 3, "59", "G"],
  ["5920", "通用仓储", 4, "592", "G"],
  ["I", "信息传输、软件和信息技术服务业", 1, null, "I"],
  ["65", "软件和信息技术服务业", 2, "I", "I"],
  ["651", "软件开发", 3, "65", "I"],
  ["6513", "应用软件开发", 4, "651", "I"],
];

const REGIONS = [
  ["990000", "示例省", "province", null],
  ["990100", "示例市", "city", "990000"],
  ["990102", "东湖区", "county", "990100"],
  ["990200", "临港市", "city", "990000"],
] as const;

interface SamplePark {
  readonly code: string;
  readonly name: string;
  readonly level: "national" | "provincial";
  readonly kind: "etdz" | "hitech" | "industrial";
  readonly kindText: string;
  readonly region: string;
  readonly areaKm2: number;
  readonly leading: readonly (readonly [label: string, codes: readonly string[]])[];
}

const PARKS: readonly SamplePark[] = [
  {
    code: "G991001",
    name: "示例经济技术开发区",
    level: "national",
    kind: "etdz",
    kindText: "经济技术开发区",
    region: "990100",
    areaKm2: 30,
    leading: [["新能源", ["384"]], ["电子信息", ["39"]], ["金属制品", ["3311"]]],
  },
  {
    code: "G992001",
    name: "示例高新技术产业开发区",
    level: "national",
    kind: "hitech",
    kindText: "高新技术产业开发区",
    region: "990102",
    areaKm2: 12,
    leading: [["生物医药", ["27"]], ["软件和信息服务", ["65"]]],
  },
  // A park whose only declared industry could not be mapped: its firms come from the general pool.
  { code: "S997001", name: "示例临港工业园", level: "provincial", kind: "industrial", kindText: "工业园区", region: "990200", areaKm2: 5, leading: [["装备制造", []]] },
];

/** Inserts the sample province; does nothing when its parks are already there. */
export const insertSampleReference = async (database: Database): Promise<void> => {
  const existing = await database.query<{ n: number }>(`select count(*)::int as n from parks where province_code = $1`, [SAMPLE_PROVINCE_CODE]);
  if ((existing[0]?.n ?? 0) > 0) return;
  for (const [code, name, level, parent, section] of INDUSTRIES) {
    await database.query(
      `insert into industries (code, name, level, parent_code, section) values ($1, $2, $3, $4, $5) on conflict (code) do nothing`,
      [code, name, level, parent, section],
    );
  }
  for (const [code, name, level, parent] of REGIONS) {
    await database.query(
      `insert into regions (code, name, level, parent_code, province_code) values ($1, $2, $3, $4, $5) on conflict (code) do nothing`,
      [code, name, level, parent, SAMPLE_PROVINCE_CODE],
    );
  }
  for (const park of PARKS) {
    const [row] = await database.query<{ id: number }>(
      `insert into parks (catalogue_code, name, level, kind, kind_text, province_code, region_code, approved_area_km2, leading_industries_text, source)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'manual') returning id`,
      [park.code, park.name, park.level, park.kind, park.kindText, SAMPLE_PROVINCE_CODE, park.region, park.areaKm2, park.leading.map(([label]) => label).join("、")],
    );
    for (const [position, [label, codes]] of park.leading.entries()) {
      await database.query(
        `insert into park_leading_industries (park_id, position, label, industry_codes, mapping_status) values ($1, $2, $3, $4, $5)`,
        [row?.id, position + 1, label, codes, codes.length > 0 ? "mapped" : "unmapped"],
      );
    }
  }
};
