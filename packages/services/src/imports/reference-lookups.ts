import { eq } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../tenancy/actor";
import { enterpriseVisibility, parkVisibility } from "../tenancy/visibility";
import { ParseFailure } from "./parse-cell";
import { bilingual } from "./messages";

/**
 * What rows are checked against, loaded once per import with the tenancy functions, so that a
 * row can only name enterprises and parks its importer may see. A code outside the scope reads
 * exactly like a code that does not exist: the import does not reveal other tenants' data.
 */
export const loadVisibleEnterprises = async (db: DbOrTx, scope: TenantScope): Promise<Map<string, number>> => {
  const rows = await db
    .select({ id: tables.enterprises.id, creditCode: tables.enterprises.creditCode })
    .from(tables.enterprises)
    .where(enterpriseVisibility(scope));
  return new Map(rows.map((r) => [r.creditCode, r.id]));
};

export interface VisiblePark {
  readonly id: number;
  readonly name: string;
  readonly catalogueCode: string | null;
}

export interface ParkLookup {
  resolve(ref: string): number | ParseFailure;
}

export const loadParkLookup = async (db: DbOrTx, scope: TenantScope): Promise<ParkLookup> => {
  const parks: VisiblePark[] = await db
    .select({ id: tables.parks.id, name: tables.parks.name, catalogueCode: tables.parks.catalogueCode })
    .from(tables.parks)
    .where(parkVisibility(scope));
  const byId = new Map(parks.map((p) => [p.id, p]));
  const byCode = new Map<string, VisiblePark[]>();
  for (const p of parks) {
    if (!p.catalogueCode) continue;
    const code = p.catalogueCode.toUpperCase();
    byCode.set(code, [...(byCode.get(code) ?? []), p]);
  }
  return {
    resolve(ref) {
      const matches = /^\d+$/.test(ref) ? [byId.get(Number(ref))].filter((p): p is VisiblePark => p !== undefined) : (byCode.get(ref) ?? []);
      const [only] = matches;
      if (matches.length === 1 && only) return only.id;
      if (matches.length > 1) {
        // The 2018 catalogue itself repeats a few codes (S377018): never pick one silently.
        return new ParseFailure(
          bilingual(
            `园区代码「${ref}」对应多个园区（${matches.map((p) => `${p.name}，编号${p.id}`).join("；")}），请改填园区编号`,
            "the code matches several parks: give the park id instead",
          ),
        );
      }
      return new ParseFailure(bilingual(`未找到园区「${ref}」，或该园区不在您的管辖范围内`, "park not found or outside your tenancy"));
    },
  };
};

/** GB/T 4754 four-digit classes known to the database. */
export const loadIndustryClasses = async (db: DbOrTx): Promise<Set<string>> => {
  const rows = await db.select({ code: tables.industries.code }).from(tables.industries).where(eq(tables.industries.level, 4));
  return new Set(rows.map((r) => r.code));
};
