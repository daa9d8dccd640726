import { sql, type SQL } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility, parkVisibility } from "../../tenancy/visibility";
import { forbidden } from "../../errors/app-error";

/**
 * Which alerts a scope sees, built from the tenancy module: alerts about a visible park (its
 * total, its industries, its enterprises) or about a visible enterprise outside any park. Alerts
 * are the monitoring desk's work list: enterprise accounts have none.
 *
 * The visibility test is a correlated EXISTS on the park (or enterprise) of each alert; the
 * leading conjunct only narrows the rows to those of the scope's province or park (a necessary
 * condition, so the alerts indexes do the work), it never widens what is visible.
 */
export const alertVisibility = (scope: TenantScope): SQL => {
  if (scope.kind === "enterprise") throw forbidden("Alerts are for park and province accounts");
  const { alerts: a, parks: p, enterprises: e } = tables;
  const narrow = scope.kind === "park" ? sql`${a.parkId} = ${scope.parkId}` : sql`${a.provinceCode} = ${scope.provinceCode}`;
  return sql`(${narrow} AND (EXISTS (SELECT 1 FROM ${p} WHERE ${p.id} = ${a.parkId} AND ${parkVisibility(scope)})
    OR (${a.parkId} IS NULL AND EXISTS (SELECT 1 FROM ${e} WHERE ${e.id} = ${a.enterpriseId} AND ${enterpriseVisibility(scope)}))))`;
};
