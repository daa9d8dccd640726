import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData, REFERENCE_DATA_SETTING } from "../src";
import { createTestDatabase, type TestDatabase } from "../src/testing";

// The test template ran prepareDatabase, so every clone starts with the shipped reference data.
describe("shipped reference data", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  const count = async (text: string, params: unknown[] = []): Promise<number> => {
    const [row] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${text}`, params);
    return row?.n ?? -1;
  };

  it("holds all 2,543 catalogue zones: 552 national and 1,991 provincial", async () => {
    const rows = await database.query<{ level: string; n: number }>("SELECT level, count(*)::int AS n FROM parks GROUP BY level ORDER BY level");
    expect(rows).toEqual([
      { level: "national", n: 552 },
      { level: "provincial", n: 1991 },
    ]);
  });

  it("holds GB/T 4754-2017 with 20 sections, 97 divisions, 473 groups and 1,382 classes", async () => {
    const rows = await database.query<{ level: number; n: number }>("SELECT level, count(*)::int AS n FROM industries GROUP BY level ORDER BY level");
    expect(rows).toEqual([
      { level: 1, n: 20 },
      { level: 2, n: 97 },
      { level: 3, n: 473 },
      { level: 4, n: 1382 },
    ]);
    expect(await count("industry_classifications WHERE classification = 'ip_intensive'")).toBe(188);
  });

  it("keeps both zones printed with the duplicate code S377018", async () => {
    const rows = await database.query<{ name: string }>("SELECT name FROM parks WHERE catalogue_code = 'S377018' ORDER BY catalogue_serial");
    expect(rows.map((row) => row.name)).toEqual(["山东淄川经济开发区", "山东临淄经济开发区"]);
  });

  it("numbers parks national first, in catalogue order", async () => {
    const rows = await database.query<{ id: number; catalogue_code: string }>(
      "SELECT id, catalogue_code FROM parks WHERE id IN (1, 552, 553, 2543) ORDER BY id",
    );
    expect(rows.map((row) => row.id)).toEqual([1, 552, 553, 2543]);
    expect(rows[0]?.catalogue_code).toBe("G111001");
    expect(rows[1]?.catalogue_code.startsWith("G")).toBe(true);
    expect(rows[2]?.catalogue_code.startsWith("S")).toBe(true);
  });

  it("loads 北京经济技术开发区 with its catalogue fields and mapped leading industries", async () => {
    const [park] = await database.query<Record<string, unknown>>(
      `SELECT id, name, level, kind, kind_text, province_code, approved_on, approval_text, approved_area_km2, leading_industries_text, location_source, source
       FROM parks WHERE catalogue_code = 'G111001'`,
    );
    expect(park).toEqual({
      id: 1,
      name: "北京经济技术开发区",
      level: "national",
      kind: "etdz",
      kind_text: "经济技术开发区",
      province_code: "11",
      approved_on: "1994-08-01",
      approval_text: "1994.08",
      approved_area_km2: 39.8,
      leading_industries_text: "汽车、电子信息、装备制造",
      location_source: "catalogue_geocode",
      source: "catalogue_2018",
    });
    const items = await database.query("SELECT position, label, industry_codes, mapping_status FROM park_leading_industries WHERE park_id = 1 ORDER BY position");
    expect(items).toEqual([
      { position: 1, label: "汽车", industry_codes: ["36"], mapping_status: "mapped" },
      { position: 2, label: "电子信息", industry_codes: ["39"], mapping_status: "mapped" },
      // NBS 装备制造业: divisions 33–40.
      { position: 3, label: "装备制造", industry_codes: ["33", "34", "35", "36", "37", "38", "39", "40"], mapping_status: "mapped" },
    ]);
  });

  it("stores a wording the map leaves open as unmapped, without codes", async () => {
    const items = await database.query<{ label: string; industry_codes: string[]; mapping_status: string }>(
      `SELECT i.label, i.industry_codes, i.mapping_status FROM park_leading_industries i JOIN parks p ON p.id = i.park_id
       WHERE p.name = '苏州工业园区' ORDER BY i.position`,
    );
    expect(items).toEqual([
      { label: "电子信息", industry_codes: ["39"], mapping_status: "mapped" },
      { label: "生物医药", industry_codes: ["27"], mapping_status: "mapped" },
      { label: "纳米技术", industry_codes: [], mapping_status: "unmapped" },
    ]);
  });

  it("declares no items for a customs zone under construction (在建)", async () => {
    const under = await count("parks WHERE leading_industries_text = '在建'");
    expect(under).toBe(13);
    expect(await count("parks p WHERE leading_industries_text = '在建' AND EXISTS (SELECT 1 FROM park_leading_industries i WHERE i.park_id = p.id)")).toBe(0);
  });

  it("maps leading industries only to codes that exist", async () => {
    const unknown = await database.query(
      "SELECT DISTINCT code FROM park_leading_industries, unnest(industry_codes) AS code WHERE NOT EXISTS (SELECT 1 FROM industries WHERE industries.code = code)",
    );
    expect(unknown).toEqual([]);
    expect(await count("park_leading_industries WHERE (mapping_status = 'mapped') <> (cardinality(industry_codes) > 0)")).toBe(0);
    expect(await count("park_leading_industries WHERE mapping_status = 'mapped'")).toBeGreaterThan(6500);
  });

  it("gives every region a parent one level up, and every park region its own province", async () => {
    expect(await count("regions")).toBe(3351);
    const orphans = await database.query(
      `SELECT r.code FROM regions r LEFT JOIN regions p ON p.code = r.parent_code
       WHERE (r.level = 'province') <> (r.parent_code IS NULL)
          OR (r.level = 'city' AND p.level IS DISTINCT FROM 'province')
          OR (r.level = 'county' AND p.level IS DISTINCT FROM 'city')`,
    );
    expect(orphans).toEqual([]);
    expect(await count("parks p JOIN regions r ON r.code = p.region_code WHERE r.province_code <> p.province_code")).toBe(0);
    const [suzhou] = await database.query<{ region_code: string }>("SELECT region_code FROM parks WHERE name = '苏州工业园区'");
    expect(suzhou?.region_code).toBe("320576");
  });

  it("has Guangdong's 132 zones, 30 of them national", async () => {
    const [row] = await database.query<{ total: number; national: number }>(
      "SELECT count(*)::int AS total, (count(*) FILTER (WHERE level = 'national'))::int AS national FROM parks WHERE province_code = '44'",
    );
    expect(row).toEqual({ total: 132, national: 30 });
    const [province] = await database.query<{ name: string }>("SELECT name FROM regions WHERE code = '440000'");
    expect(province?.name).toBe("广东省");
  });

  it("keeps catalogue coordinates only where the source trusts them", async () => {
    expect(await count("parks WHERE location_source = 'catalogue_geocode' AND longitude IS NOT NULL AND latitude IS NOT NULL")).toBe(2242);
    expect(await count("parks WHERE location_source IS NULL AND (longitude IS NOT NULL OR latitude IS NOT NULL)")).toBe(0);
  });

  it("does nothing on a later start", async () => {
    const before = await database.query("SELECT value, updated_at FROM system_settings WHERE key = $1", [REFERENCE_DATA_SETTING]);
    const result = await loadReferenceData(database);
    expect(result.loaded).toBe(false);
    expect(await database.query("SELECT value, updated_at FROM system_settings WHERE key = $1", [REFERENCE_DATA_SETTING])).toEqual(before);
    expect(await count("parks")).toBe(2543);
  });
});

describe("loading over an older reference version", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("updates in place, keeping ids, references and hand-set locations", async () => {
    const q = (text: string, params: unknown[] = []) => database.query(text, params);
    // Drift an older version would have left behind.
    await q("UPDATE system_settings SET value = jsonb_set(value, '{version}', '\"older\"') WHERE key = $1", [REFERENCE_DATA_SETTING]);
    await q("UPDATE parks SET kind = 'other', approved_area_km2 = NULL WHERE id = 1");
    await q("UPDATE parks SET longitude = 116.5, latitude = 39.8, location_source = 'manual' WHERE id = 2");
    await q("DELETE FROM park_leading_industries WHERE park_id = 3");
    await q("INSERT INTO regions (code, name, level, parent_code, province_code) VALUES ('110199', '旧区', 'county', '110100', '11'), ('110198', '已撤销区', 'county', '110100', '11')");
    await q(
      `INSERT INTO parks (catalogue_code, name, level, kind, kind_text, province_code, source) VALUES
       ('S117999', '已撤销园区', 'provincial', 'other', '其他', '11', 'catalogue_2018'),
       ('S117998', '仍有企业的旧园区', 'provincial', 'other', '其他', '11', 'catalogue_2018'),
       (NULL, '手工添加的园区', 'provincial', 'other', '其他', '11', 'manual')`,
    );
    const [kept] = await database.query<{ id: number }>("SELECT id FROM parks WHERE catalogue_code = 'S117998'");
    await q("INSERT INTO enterprises (credit_code, name, park_id, province_code, region_code) VALUES ('91110000000000000X', '测试企业', $1, '11', '110199')", [kept?.id]);
    await q("INSERT INTO enterprises (credit_code, name, park_id, province_code, region_code) VALUES ('91110000000000001X', '园区一企业', 1, '11', '110115')");

    expect((await loadReferenceData(database)).loaded).toBe(true);

    expect(await q("SELECT id, kind, approved_area_km2 FROM parks WHERE catalogue_code = 'G111001'")).toEqual([{ id: 1, kind: "etdz", approved_area_km2: 39.8 }]);
    expect(await q("SELECT longitude, latitude, location_source FROM parks WHERE id = 2")).toEqual([{ longitude: 116.5, latitude: 39.8, location_source: "manual" }]);
    expect(await q("SELECT count(*)::int AS n FROM park_leading_industries WHERE park_id = 3")).toEqual([{ n: 3 }]);
    expect(await q("SELECT name FROM parks WHERE name IN ('已撤销园区', '仍有企业的旧园区', '手工添加的园区') ORDER BY name")).toEqual([
      { name: "仍有企业的旧园区" },
      { name: "手工添加的园区" },
    ]);
    expect(await q("SELECT code FROM regions WHERE code IN ('110198', '110199')")).toEqual([{ code: "110199" }]);
    expect(await q("SELECT park_id FROM enterprises ORDER BY credit_code")).toEqual([{ park_id: kept?.id }, { park_id: 1 }]);
    expect(await q("SELECT count(*)::int AS n FROM parks WHERE source = 'catalogue_2018'")).toEqual([{ n: 2544 }]);
    const [setting] = await database.query<{ value: { retained: Record<string, number> } }>("SELECT value FROM system_settings WHERE key = $1", [REFERENCE_DATA_SETTING]);
    expect(setting?.value.retained).toEqual({ regions: 1, industries: 0, parks: 1 });

    // New parks after the catalogue continue the numbering instead of colliding with it.
    const [added] = await database.query<{ id: number }>("INSERT INTO parks (name, level, kind, kind_text, province_code, source) VALUES ('新园区', 'provincial', 'other', '其他', '11', 'manual') RETURNING id");
    expect(added?.id).toBeGreaterThan(2543);
  });
});
