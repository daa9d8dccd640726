import { sql, type SQL } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { forbidden } from "../../errors/app-error";

/**
 * Which alerts a scope sees. Alerts are the monitoring desk's work list: enterprise accounts have
 * none. An alert carries the tenancy keys of what it is about, as enterprises do: the province
 * whose recomputation raised it (which evaluates that province's own parks and enterprises only)
 * and the park, for a park or an enterprise in one. A province account sees its province's
 * alerts; a park account its park's. Comparing keys the inbox index holds keeps counting a
 * province's inbox an index-only scan: a correlated EXISTS per alert on its park or enterprise,
 * which this once was, made the planner read the whole table (115 ms against 5 ms at 33,000 open
 * alerts).
 */
export const alertVisibility = (scope: TenantScope): SQL => {
  const a = tables.alerts;
  switch (scope.kind) {
    case "province":
      return sql`${a.provinceCode} = ${scope.provinceCode}`;
    case "park":
      return sql`${a.parkId} = ${scope.parkId}`;
    case "enterprise":
      throw forbidden("Alerts are for park and province accounts");
  }
};
