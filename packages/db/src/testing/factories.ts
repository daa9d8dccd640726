import { completeCreditCode } from "@parkpilot/core";
import * as tables from "../schema/index";
import type { Database } from "../client";

/**
 * Minimal parent graphs for tests of every package: each factory inserts one row from overrides
 * and returns it. Tests use their own province code so that reference data (once the template
 * carries the real parks) never mixes with what a test creates.
 */
export const TEST_PROVINCE = "99";

/** The test province in the administrative divisions (accounts are only made for provinces there). */
export const insertTestProvince = async (database: Database): Promise<void> => {
  await database.query(
    `INSERT INTO regions (code, name, level, parent_code, province_code) VALUES ($1, '测试省', 'province', NULL, $2) ON CONFLICT (code) DO NOTHING`,
    [`${TEST_PROVINCE}0000`, TEST_PROVINCE],
  );
};

let parkSeq = 0;
export const createPark = async (database: Database, overrides: Partial<typeof tables.parks.$inferInsert> = {}) => {
  parkSeq += 1;
  const [park] = await database.db
    .insert(tables.parks)
    .values({
      name: `测试园区${parkSeq}`,
      level: "provincial",
      kind: "provincial_ez",
      kindText: "经济开发区",
      provinceCode: TEST_PROVINCE,
      source: "manual",
      catalogueCode: `T99${String(parkSeq).padStart(4, "0")}`,
      ...overrides,
    })
    .returning();
  if (!park) throw new Error("park insert returned no row");
  return park;
};

let enterpriseSeq = 0;
/** A valid, unique credit code (GB 32100 check character computed). */
export const nextCreditCode = (): string => {
  enterpriseSeq += 1;
  return completeCreditCode(`91990000MA${String(enterpriseSeq).padStart(7, "0")}`);
};

export const createEnterprise = async (
  database: Database,
  park: { id: number; provinceCode: string } | null,
  overrides: Partial<typeof tables.enterprises.$inferInsert> = {},
) => {
  const creditCode = overrides.creditCode ?? nextCreditCode();
  const [enterprise] = await database.db
    .insert(tables.enterprises)
    .values({
      creditCode,
      name: `测试企业${creditCode.slice(10, 17)}有限公司`,
      parkId: park?.id ?? null,
      provinceCode: park?.provinceCode ?? TEST_PROVINCE,
      ...overrides,
    })
    .returning();
  if (!enterprise) throw new Error("enterprise insert returned no row");
  return enterprise;
};

/** GB/T 4754 rows a test needs until the template carries the reference data. */
export const createIndustry = async (database: Database, code: string, name = `测试行业${code}`) => {
  await database.db
    .insert(tables.industries)
    .values({ code, name, level: code.length === 1 ? 1 : code.length, parentCode: null, section: "C" })
    .onConflictDoNothing();
};
