import { declaredVector, divisionsOf, provinceHomogeneity, type IndustryVector } from "@parkpilot/core";
import type { THomogeneity } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { latestYearOfProvince } from "../scorecard/province-years";
import { cite, evaluationPolicies } from "../policies";
import { citation } from "../present";
import { parksOfProvince, requireProvinceScope } from "../visible-parks";
import { industryNames } from "./industry-names";
import { basisByDivision, declaredItemsByPark } from "./park-structure";

/**
 * GET /api/evaluation/homogeneity: homogeneity between a province's parks, on what they declare
 * in the catalogue (works with no enterprise data at all: weighted or binary division vectors) or
 * on their enterprises' output: the park × industry heat map with location quotients, pairs at or
 * above the S_ij threshold (the cited policy value, or the view's own) with the industries they
 * share, the most duplicated industries, and
 * the parks with more than the allowed number of leading industries.
 */
export const provinceHomogeneityView = async (
  ctx: ServiceContext,
  scope: TenantScope,
  query: { year?: number; basis: "declared" | "output"; provinceCode?: string; threshold?: number },
): Promise<THomogeneity> => {
  const provinceCode = requireProvinceScope(scope, query.provinceCode);
  const { database } = ctx;
  const settings = evaluationPolicies().homogeneity;
  const parks = await parksOfProvince(database.db, provinceCode);
  const ids = parks.map((p) => p.id);
  const year = query.year ?? (await latestYearOfProvince(database, provinceCode));
  const declared = await declaredItemsByPark(database, ids);
  const observed = year === null ? new Map<number, Map<string, number>>() : await basisByDivision(database, ids, year, settings.basis);
  const vectors = new Map<number, IndustryVector>(
    parks.map((p) => [p.id, query.basis === "declared" ? declaredVector(declared.get(p.id) ?? [], settings.declared_vector_mode) : (observed.get(p.id) ?? new Map())]),
  );
  const declaredDivisions = new Map(parks.map((p) => [p.id, new Set((declared.get(p.id) ?? []).flatMap((i) => divisionsOf(i.codes)))]));
  const threshold = query.threshold ?? settings.similarity_threshold.value;
  const result = provinceHomogeneity(
    parks.map((p) => ({ parkId: p.id, vector: vectors.get(p.id) ?? new Map(), declaredDivisions: declaredDivisions.get(p.id) ?? new Set() })),
    threshold,
    query.basis === "output" && settings.require_shared_declared,
  );
  const max = settings.max_leading_industries.value;
  const share = settings.observed_leading_share.value;
  const observedCount = (id: number) => {
    const v = observed.get(id);
    if (!v) return null;
    const total = [...v.values()].reduce((s, x) => s + Math.max(0, x), 0);
    return total > 0 ? [...v.values()].filter((x) => x / total >= share - 1e-9).length : null;
  };
  const nameOf = new Map(parks.map((p) => [p.id, p.name]));
  const heat = parks.flatMap((p) => {
    const v = vectors.get(p.id) ?? new Map<string, number>();
    const total = [...v.values()].reduce((s, x) => s + Math.max(0, x), 0);
    const lq = result.lq.get(p.id);
    return total > 0 ? [...v].filter(([, x]) => x > 0).map(([division, x]) => ({ parkId: p.id, division, share: x / total, lq: lq?.get(division) ?? null })) : [];
  });
  const divisions = [...new Set(heat.map((h) => h.division))].sort();
  const names = await industryNames(database, divisions);
  return {
    provinceCode,
    year,
    basis: query.basis,
    threshold,
    defaultThreshold: settings.similarity_threshold.value,
    requireSharedDeclared: query.basis === "output" && settings.require_shared_declared,
    parks: parks.map((p) => {
      const declaredCount = declared.get(p.id)?.length ?? 0;
      const oc = observedCount(p.id);
      return { id: p.id, name: p.name, declaredCount, observedCount: oc, tooMany: declaredCount > max || (oc !== null && oc > max), hasVector: (vectors.get(p.id)?.size ?? 0) > 0 };
    }),
    industries: divisions.map((d) => ({ division: d, name: names.get(d) ?? d })),
    heat,
    compared: result.compared,
    pairs: result.pairs.map((x) => ({
      a: { id: x.a, name: nameOf.get(x.a) ?? String(x.a) },
      b: { id: x.b, name: nameOf.get(x.b) ?? String(x.b) },
      similarity: x.similarity,
      shared: [...x.shared],
      sharedDeclared: [...x.sharedDeclared],
    })),
    duplicated: result.duplicated.map((d) => ({ ...d, name: names.get(d.division) ?? d.division })),
    citation: citation(cite(settings)),
    thresholdCitation: citation(cite(settings, settings.similarity_threshold)),
  };
};
