import { completeCreditCode } from "@parkpilot/core";
import { tables, type Database } from "@parkpilot/db";
import type { Role } from "@parkpilot/db/schema";
import type { Actor, TenantScope } from "../src/tenancy/actor";

/**
 * Minimal parent graphs for service tests: each factory inserts one row from overrides and
 * returns it. Tests use their own province code so that reference data (once the template
 * carries the real parks) never mixes with what a test creates.
 */
export const TEST_PROVINCE = "99";

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

const roleOf = (scope: TenantScope): Role =>
  scope.kind === "province" ? "province_admin" : scope.kind === "park" ? "park_admin" : "enterprise_user";

let userSeq = 0;
/** Inserts a user with one membership for the scope and returns the Actor a session would carry. */
export const createActor = async (database: Database, scope: TenantScope): Promise<Actor> => {
  userSeq += 1;
  const username = `test_${scope.kind}_${userSeq}`;
  const [user] = await database.db
    .insert(tables.users)
    // Not a usable hash: factory users never log in, they only act in services.
    .values({ username, displayName: `测试用户${userSeq}`, passwordHash: "factory-user-cannot-log-in" })
    .returning({ id: tables.users.id });
  if (!user) throw new Error("user insert returned no row");
  const role = roleOf(scope);
  const [membership] = await database.db
    .insert(tables.memberships)
    .values({
      userId: user.id,
      role,
      provinceCode: scope.kind === "province" ? scope.provinceCode : null,
      parkId: scope.kind === "park" ? scope.parkId : null,
      enterpriseId: scope.kind === "enterprise" ? scope.enterpriseId : null,
    })
    .returning({ id: tables.memberships.id });
  if (!membership) throw new Error("membership insert returned no row");
  return { userId: user.id, username, displayName: `测试用户${userSeq}`, role, membershipId: membership.id, scope };
};

export const provinceScope = (provinceCode = TEST_PROVINCE): TenantScope => ({ kind: "province", provinceCode });
export const parkScope = (park: { id: number; provinceCode: string }): TenantScope => ({ kind: "park", provinceCode: park.provinceCode, parkId: park.id });
export const enterpriseScope = (enterprise: { id: number; provinceCode: string; parkId: number | null }): TenantScope => ({
  kind: "enterprise",
  provinceCode: enterprise.provinceCode,
  parkId: enterprise.parkId,
  enterpriseId: enterprise.id,
});

/** A CSV upload as Excel's "CSV UTF-8" writes it: BOM, comma-separated, CRLF. */
export const csvFile = (rows: readonly (readonly (string | number | null)[])[]): Buffer => {
  const field = (v: string | number | null) => {
    const text = v === null ? "" : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Buffer.from(`\ufeff${rows.map((r) => r.map(field).join(",")).join("\r\n")}\r\n`, "utf8");
};

/** An xlsx upload with one sheet holding `rows` (cells keep their JS types: numbers, dates …). */
export const xlsxFile = async (rows: readonly (readonly unknown[])[], sheetName = "数据"): Promise<Buffer> => {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow([...r]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/**
 * A fingerprint of every data table an import may touch (contents, not just counts) and of the
 * audit log: equal before and after means a rejected import changed nothing.
 */
export const dataChecksums = async (database: Database): Promise<Record<string, string | number>> => {
  const digest = (table: string, order: string) =>
    `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY ${order}), '')) FROM ${table} t) AS ${table}`;
  const [row] = await database.query<Record<string, string | number>>(
    `SELECT ${digest("enterprises", "t.id")}, ${digest("enterprise_annual", "t.enterprise_id, t.year")},
            ${digest("enterprise_monthly", "t.enterprise_id, t.period")}, ${digest("land_parcels", "t.id")},
            (SELECT count(*)::int FROM audit_log) AS audit_entries`,
  );
  if (!row) throw new Error("checksum query returned no row");
  return row;
};
