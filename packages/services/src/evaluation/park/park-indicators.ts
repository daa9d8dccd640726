import type { TParkIndicators } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { requireParkReader } from "../visible-parks";
import { latestParkYear, parkValues } from "./park-values";

/** GET /api/evaluation/parks/:id/indicators: every annual catalogue indicator of the park for a year. */
export const parkIndicators = async (ctx: ServiceContext, scope: TenantScope, parkId: number, year?: number): Promise<TParkIndicators> => {
  requireParkReader(scope);
  const park = await requireVisiblePark(ctx.database.db, scope, parkId);
  const y = year ?? (await latestParkYear(ctx.database, parkId));
  if (y === null) return { parkId, year: null, values: [] };
  return { parkId, year: y, values: await parkValues(ctx.database, parkId, park.provinceCode, y) };
};
