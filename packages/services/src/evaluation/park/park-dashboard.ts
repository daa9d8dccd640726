import { monthFigures } from "@parkpilot/core";
import type { TParkDashboard } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { storedMonthlySeries } from "../alerts/series-from-values";
import { unresolvedAlertCounts } from "../alerts/unresolved-alert-counts";
import { parkSubject } from "../indicator-values";
import { isoUtcSql } from "../iso-timestamp";
import { requireParkReader } from "../visible-parks";
import { classDistribution } from "./class-distribution";
import { latestParkYear, parkValues } from "./park-values";

/** The indicators a park's dashboard leads with. */
export const DASHBOARD_KEYS = [
  "tax_per_mu",
  "output_per_mu",
  "value_added_per_tce",
  "rd_intensity",
  "leading_output_share",
  "declared_leading_count",
  "idle_land_share",
  "land_cd_share",
  "monthly_reporting_rate",
] as const;

/**
 * GET /api/evaluation/parks/:id/dashboard: headline indicators against the province, the per-mu
 * class distribution, unresolved alerts by state and severity, and the latest month's output.
 * Reads stored results only (the recomputation writes them), so it answers in a few indexed queries.
 */
export const parkDashboard = async (ctx: ServiceContext, scope: TenantScope, parkId: number, year?: number): Promise<TParkDashboard> => {
  requireParkReader(scope);
  const { database } = ctx;
  const park = await requireVisiblePark(database.db, scope, parkId);
  const [y, [latest], alerts] = await Promise.all([
    year !== undefined ? Promise.resolve(year) : latestParkYear(database, parkId),
    database.query<{ period: string | null; computed_at: string | null }>(
      `SELECT max(period) AS period, ${isoUtcSql("max(computed_at)")} AS computed_at
         FROM indicator_values WHERE indicator_key = 'monthly_output' AND subject = $1`,
      [parkSubject(parkId)],
    ),
    unresolvedAlertCounts(database, parkId),
  ]);
  const [headline, distribution, month] = await Promise.all([
    y === null ? Promise.resolve([]) : parkValues(database, parkId, park.provinceCode, y, DASHBOARD_KEYS),
    y === null ? Promise.resolve(null) : classDistribution(database, park.provinceCode, parkId, y),
    latest?.period
      ? storedMonthlySeries(database, "monthly_output", [parkSubject(parkId)], latest.period, 25).then((m) => {
          const s = m.get(parkSubject(parkId));
          return s && latest.period ? { ...monthFigures(s, latest.period), reporting: null, population: null } : null;
        })
      : Promise.resolve(null),
  ]);
  return {
    park: { id: park.id, name: park.name, provinceCode: park.provinceCode },
    year: y,
    headline,
    classes: distribution?.classes ?? [],
    alerts,
    month,
    computedAt: latest?.computed_at ?? null,
  };
};
