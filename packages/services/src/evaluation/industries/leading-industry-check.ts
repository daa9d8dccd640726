import { checkLeadingIndustries, divisionsOf } from "@parkpilot/core";
import type { TLeadingIndustryCheck } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { latestParkYear } from "../park/park-values";
import { cite, evaluationPolicies } from "../policies";
import { citation } from "../present";
import { requireParkReader } from "../visible-parks";
import { industryNames } from "./industry-names";
import { basisByDivision, declaredItemsByPark, leadingBasisByPark } from "./park-structure";

/**
 * GET /api/evaluation/parks/:id/leading-industries: the ≤3 check on what the park declares and on
 * what its enterprises produce, the concentration of output in the declared industries and its
 * trend over the years with data, with the findings in plain language.
 */
export const leadingIndustryCheck = async (ctx: ServiceContext, scope: TenantScope, parkId: number, year?: number): Promise<TLeadingIndustryCheck> => {
  requireParkReader(scope);
  const { database } = ctx;
  await requireVisiblePark(database.db, scope, parkId);
  const settings = evaluationPolicies().homogeneity;
  const y = year ?? (await latestParkYear(database, parkId));
  const years = (
    await database.query<{ year: number }>(`SELECT DISTINCT a.year::int AS year FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id WHERE e.park_id = $1 ORDER BY 1`, [parkId])
  ).map((r) => r.year);
  const [declared, byDivision, leading] = await Promise.all([
    declaredItemsByPark(database, [parkId]),
    y === null ? Promise.resolve(new Map<number, Map<string, number>>()) : basisByDivision(database, [parkId], y, settings.basis),
    leadingBasisByPark(database, [parkId], years, settings.basis),
  ]);
  const items = declared.get(parkId) ?? [];
  const mapped = items.some((i) => divisionsOf(i.codes).length > 0);
  const lb = y === null ? undefined : leading.get(`${parkId}:${y}`);
  const check = checkLeadingIndustries({
    declared: items,
    byDivision: byDivision.get(parkId) ?? null,
    leadingBasis: mapped ? (lb?.leading ?? null) : null,
    totalBasis: lb?.total ?? null,
    maxLeading: settings.max_leading_industries.value,
    observedShare: settings.observed_leading_share.value,
  });
  const names = await industryNames(database, check.observed?.map((o) => o.division) ?? []);
  return {
    parkId,
    year: y,
    declared: items.map((i) => ({ label: i.label, codes: [...i.codes], divisions: divisionsOf(i.codes) })),
    declaredCount: check.declaredCount,
    unmappedDeclared: [...check.unmappedDeclared],
    maxLeading: settings.max_leading_industries.value,
    declaredWithinLimit: check.declaredWithinLimit,
    observedShareThreshold: settings.observed_leading_share.value,
    observed: check.observed?.map((o) => ({ ...o, name: names.get(o.division) ?? o.division })) ?? null,
    observedCount: check.observedCount,
    observedWithinLimit: check.observedWithinLimit,
    declaredNotObserved: check.declaredNotObserved ? [...check.declaredNotObserved] : null,
    concentration: check.concentration,
    concentrationTrend: years.map((yy) => {
      const b = leading.get(`${parkId}:${yy}`);
      return { year: yy, share: mapped && b && b.total !== null && b.total > 0 && b.leading !== null ? b.leading / b.total : null };
    }),
    findings: [...check.findings],
    citation: citation(cite(settings, settings.max_leading_industries)),
  };
};
