import type { TParkRanking } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { parkSubject } from "../indicator-values";
import { num } from "../present";
import { latestYearOfProvince } from "../scorecard/province-years";
import { parksOfProvince, requireProvinceScope } from "../visible-parks";

const rankOf = (values: readonly (number | null)[]) => {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  return (v: number | null) => (v === null ? null : sorted.indexOf(v) + 1);
};

/** GET /api/evaluation/land/ranking: the province's parks ranked by output and tax per mu (Σ/Σ). */
export const parkPerMuRanking = async (ctx: ServiceContext, scope: TenantScope, year?: number): Promise<TParkRanking> => {
  const provinceCode = requireProvinceScope(scope);
  const { database } = ctx;
  const y = year ?? (await latestYearOfProvince(database, provinceCode));
  const parks = await parksOfProvince(database.db, provinceCode);
  if (y === null) return { provinceCode, year: null, items: [] };
  const rows = await database.query<{ subject: string; indicator_key: string; value: number | null; reporting: number | null; population: number | null }>(
    `SELECT subject, indicator_key, value, reporting, population FROM indicator_values
      WHERE period = $1 AND indicator_key IN ('output_per_mu', 'tax_per_mu') AND subject = ANY($2::text[])`,
    [String(y), parks.map((p) => parkSubject(p.id))],
  );
  const get = (parkId: number, key: string) => rows.find((r) => r.subject === parkSubject(parkId) && r.indicator_key === key);
  const items = parks.map((p) => {
    const o = get(p.id, "output_per_mu");
    const t = get(p.id, "tax_per_mu");
    return { parkId: p.id, name: p.name, outputPerMu: num(o?.value), taxPerMu: num(t?.value), reporting: o?.reporting ?? null, population: o?.population ?? null };
  });
  const outputRank = rankOf(items.map((i) => i.outputPerMu));
  const taxRank = rankOf(items.map((i) => i.taxPerMu));
  return {
    provinceCode,
    year: y,
    items: items
      .map((i) => ({ ...i, outputRank: outputRank(i.outputPerMu), taxRank: taxRank(i.taxPerMu) }))
      .sort((a, b) => (a.outputRank ?? Number.MAX_SAFE_INTEGER) - (b.outputRank ?? Number.MAX_SAFE_INTEGER) || a.parkId - b.parkId),
  };
};
