import { tables, type Database } from "@parkpilot/db";
import type { Role } from "@parkpilot/db/schema";
import type { Actor, TenantScope } from "../src/tenancy/actor";

import { TEST_PROVINCE } from "@parkpilot/db/testing";

export { createEnterprise, createIndustry, createPark, nextCreditCode, TEST_PROVINCE } from "@parkpilot/db/testing";

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

/**
 * An xlsx upload with one sheet holding `rows` (cells keep their JS types: numbers, dates …),
 * optionally with number formats by cell address (`{ C2: "0%" }`).
 */
export const xlsxFile = async (rows: readonly (readonly unknown[])[], sheetName = "数据", numFmts: Readonly<Record<string, string>> = {}): Promise<Buffer> =>
  xlsxWorkbook([{ name: sheetName, rows, numFmts }]);

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
  readonly numFmts?: Readonly<Record<string, string>>;
  readonly state?: "visible" | "hidden";
}

/** An .xlsx workbook of several sheets, in order. */
export const xlsxWorkbook = async (sheets: readonly SheetSpec[]): Promise<Buffer> => {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? "visible" });
    for (const r of spec.rows) sheet.addRow([...r]);
    for (const [address, numFmt] of Object.entries(spec.numFmts ?? {})) sheet.getCell(address).numFmt = numFmt;
  }
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
