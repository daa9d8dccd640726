import type { TProvinceScorecard } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { parksOfProvince, requireProvinceScope } from "../visible-parks";
import { latestYearOfProvince } from "./province-years";
import { provinceScorecards } from "./province-scorecards";

/** GET /api/evaluation/scorecard: the province's parks ranked on the Guidance scorecard, with dimension scores (the radar) and last year's rank. */
export const provinceScorecard = async (ctx: ServiceContext, scope: TenantScope, year?: number): Promise<TProvinceScorecard> => {
  const provinceCode = requireProvinceScope(scope);
  const { database } = ctx;
  const y = year ?? (await latestYearOfProvince(database, provinceCode));
  const parks = await parksOfProvince(database.db, provinceCode);
  if (y === null) return { provinceCode, year: null, dimensions: [], items: [] };
  const [current, previous] = await Promise.all([provinceScorecards(database, parks, y), provinceScorecards(database, parks, y - 1)]);
  return {
    provinceCode,
    year: y,
    dimensions: current.def.dimensions.map((d) => ({ id: d.id, name: d.name })),
    items: parks
      .map((p) => {
        const r = current.byPark.get(p.id);
        const prev = previous.byPark.get(p.id);
        return {
          parkId: p.id,
          name: p.name,
          total: r?.result.total ?? null,
          completeness: r?.result.completeness ?? 0,
          rank: r?.rank ?? null,
          previousRank: prev?.rank ?? null,
          previousTotal: prev?.result.total ?? null,
          dimensions: (r?.result.dimensions ?? []).map((d) => ({ id: d.id, score: d.score })),
        };
      })
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.parkId - b.parkId),
  };
};
