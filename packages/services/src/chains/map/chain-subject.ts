import { and, eq, sql, type SQL } from "drizzle-orm";
import type { GeoPoint, MapLevel } from "@parkpilot/core";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility, requireProvinceScope, requireVisiblePark } from "../../tenancy/visibility";
import { forbidden } from "../../errors/app-error";

/** What a chain map or target list is drawn for: one park, or a whole province. */
export interface ChainSubject {
  readonly level: MapLevel;
  readonly parkId: number | null;
  readonly provinceCode: string;
  readonly name: string;
  readonly location: GeoPoint | null;
  /** The subject's enterprises: the scope's visibility, narrowed to the park for a park map. */
  readonly enterprises: SQL;
}

/**
 * Checks that the scope may see the subject (a park it can see; its own province for a
 * province map) and returns it with the filter of its enterprises, built from the tenancy rules.
 */
export const resolveChainSubject = async (db: DbOrTx, scope: TenantScope, query: { parkId?: number | undefined; provinceCode?: string | undefined }): Promise<ChainSubject> => {
  if (scope.kind === "enterprise") throw forbidden("Industrial chains are for park and province accounts");
  if (query.parkId !== undefined) {
    const park = await requireVisiblePark(db, scope, query.parkId);
    const location = park.latitude !== null && park.longitude !== null ? { latitude: park.latitude, longitude: park.longitude } : null;
    return {
      level: "park",
      parkId: park.id,
      provinceCode: park.provinceCode,
      name: park.name,
      location,
      enterprises: and(enterpriseVisibility(scope), eq(tables.enterprises.parkId, park.id)) ?? sql`false`,
    };
  }
  const provinceCode = query.provinceCode ?? scope.provinceCode;
  requireProvinceScope(scope, provinceCode);
  const [region] = await db.select({ name: tables.regions.name }).from(tables.regions).where(eq(tables.regions.code, `${provinceCode}0000`)).limit(1);
  return { level: "province", parkId: null, provinceCode, name: region?.name ?? provinceCode, location: null, enterprises: enterpriseVisibility(scope) };
};
