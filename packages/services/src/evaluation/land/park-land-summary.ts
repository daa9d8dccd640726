import { inefficiencyOf, plotRatioWhatIf } from "@parkpilot/core";
import type { TLandParkSummary } from "@parkpilot/contracts";
import type { Database } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { classDistribution } from "../park/class-distribution";
import { isShippedRuleSet } from "../land-rule-set";
import { latestParkYear } from "../park/park-values";
import { num, presentRuleSet } from "../present";
import { requireParkReader } from "../visible-parks";

/** What-if of raising a park's plot ratio (工业上楼) to a target, valued at the park's median output per m². */
export const parkPlotRatioWhatIf = async (database: Database, parkId: number, year: number | null, target: number) => {
  const [parcels, enterprises] = await Promise.all([
    database.query<{ area_mu: number; plot_ratio: number | null; building_area_m2: number | null; status: string }>(
      `SELECT area_mu, plot_ratio, building_area_m2, status FROM land_parcels WHERE park_id = $1`,
      [parkId],
    ),
    year === null
      ? Promise.resolve([])
      : database.query<{ output: number | null; floor: number | null }>(
          `SELECT a.industrial_output AS output, a.floor_area_m2 AS floor FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id WHERE e.park_id = $1 AND a.year = $2`,
          [parkId, year],
        ),
  ]);
  return plotRatioWhatIf(
    parcels.map((p) => ({ areaMu: Number(p.area_mu), plotRatio: num(p.plot_ratio), buildingAreaM2: num(p.building_area_m2), status: p.status })),
    target,
    enterprises.map((e) => ({ output: num(e.output), floorAreaM2: num(e.floor) })),
  );
};

/**
 * GET /api/evaluation/land/parks/:id: the park's per-mu class distribution, land held by the two
 * lowest classes, the inefficient-land list (idle or vacant parcels, parcels held by the lowest
 * class, with holders) and the plot-ratio what-if.
 */
export const parkLandSummary = async (ctx: ServiceContext, scope: TenantScope, parkId: number, options: { year?: number; target: number }): Promise<TLandParkSummary> => {
  requireParkReader(scope);
  const { database } = ctx;
  const park = await requireVisiblePark(database.db, scope, parkId);
  const year = options.year ?? (await latestParkYear(database, parkId));
  const distribution = year === null ? null : await classDistribution(database, park.provinceCode, parkId, year);
  const bands = distribution?.ruleSet?.classes.bands ?? [];
  const lowest = bands.at(-1)?.id ?? "D";
  const low = new Set<string>(bands.slice(Math.max(0, bands.length - 2)).map((b) => b.id));
  const parcels = await database.query<{ id: number; parcel_code: string; area_mu: number; status: string; holder_id: number | null; holder_name: string | null; land_class: string | null; score: number | null }>(
    `SELECT l.id, l.parcel_code, l.area_mu, l.status, e.id AS holder_id, e.name AS holder_name, ev.land_class, ev.score
       FROM land_parcels l
       LEFT JOIN enterprises e ON e.id = l.holder_enterprise_id
       LEFT JOIN land_evaluations ev ON ev.enterprise_id = e.id AND ev.year = $2
      WHERE l.park_id = $1 AND (l.status IN ('idle', 'vacant') OR ev.land_class = $3)
      ORDER BY l.status, l.area_mu DESC`,
    [parkId, year ?? 0, lowest],
  );
  const inefficient = parcels.flatMap((p) => {
    const reason = inefficiencyOf(p.status, p.land_class, lowest);
    return reason
      ? [
          {
            parcelId: p.id,
            parcelCode: p.parcel_code,
            areaMu: Number(p.area_mu),
            status: p.status,
            reason,
            holder: p.holder_id === null ? null : { id: p.holder_id, name: p.holder_name ?? "", class: p.land_class, score: num(p.score) },
          },
        ]
      : [];
  });
  const classes = distribution?.classes ?? [];
  const landClassified = classes.length > 0 ? classes.reduce((s, c) => s + (c.landMu ?? 0), 0) : null;
  return {
    parkId,
    year,
    ruleSet: distribution?.ruleSet ? presentRuleSet(distribution.ruleSet, !isShippedRuleSet(distribution.ruleSet)) : null,
    classes,
    unclassified: distribution?.unclassified ?? { excluded: 0, outOfScope: 0, dataMissing: 0 },
    landHeldByLowClasses: classes.length > 0 ? classes.filter((c) => low.has(c.class)).reduce((s, c) => s + (c.landMu ?? 0), 0) : null,
    landClassified,
    inefficient,
    inefficientAreaMu: inefficient.reduce((s, p) => s + p.areaMu, 0),
    plotRatio: await parkPlotRatioWhatIf(database, parkId, year, options.target),
  };
};
