import type { TParkScorecard } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { latestParkYear } from "../park/park-values";
import { cite, evaluationPolicies } from "../policies";
import { citation } from "../present";
import { parksOfProvince, requireParkReader } from "../visible-parks";
import { provinceScorecards, type EvidenceRow } from "./province-scorecards";

export const presentEvidence = (e: EvidenceRow, year: number) => ({
  id: e.id,
  itemKey: e.item_key,
  year,
  note: e.note,
  attachmentName: e.attachment_name,
  attachmentType: e.attachment_type,
  attachmentBytes: e.attachment_name === null ? null : e.bytes,
  createdAt: e.created_at,
  review: { status: e.review_status, note: e.review_note, at: e.reviewed_at, reviewer: e.reviewer },
});

/**
 * GET /api/evaluation/scorecard/parks/:id: the park's self-assessment on the Guidance's 7
 * dimensions and 19 orientations for a year: each item's value against the province's median and
 * top quartile, its points and a plain finding, completeness, evidence on file; the park's rank
 * among the province's parks (its position only) and last year's total and rank.
 */
export const parkScorecard = async (ctx: ServiceContext, scope: TenantScope, parkId: number, year?: number): Promise<TParkScorecard> => {
  requireParkReader(scope);
  const { database } = ctx;
  const park = await requireVisiblePark(database.db, scope, parkId);
  const y = year ?? (await latestParkYear(database, parkId)) ?? ctx.clock.now().getUTCFullYear() - 1;
  const parks = await parksOfProvince(database.db, park.provinceCode);
  const [current, previous] = await Promise.all([provinceScorecards(database, parks, y), provinceScorecards(database, parks, y - 1)]);
  const run = current.byPark.get(parkId);
  const prev = previous.byPark.get(parkId);
  const evidence = current.evidence.get(parkId) ?? new Map<string, EvidenceRow>();
  const { indicators } = evaluationPolicies();
  const def = current.def;
  const hints = new Map(def.dimensions.flatMap((d) => d.orientations.flatMap((o) => o.items.flatMap((i) => (i.kind === "checklist" ? [[i.id, i] as const] : [])))));
  return {
    parkId,
    parkName: park.name,
    year: y,
    scorecard: { id: def.id, version: def.version, citation: citation(cite(def)) },
    total: run?.result.total ?? null,
    completeness: run?.result.completeness ?? 0,
    rank: run?.rank ?? null,
    of: current.of,
    previous: prev && prev.result.total !== null ? { year: y - 1, total: prev.result.total, rank: prev.rank } : null,
    dimensions: (run?.result.dimensions ?? []).map((d, di) => ({
      id: d.id,
      name: d.name,
      score: d.score,
      completeness: d.completeness,
      orientations: d.orientations.map((o, oi) => ({
        number: o.number,
        name: o.name,
        score: o.score,
        completeness: o.completeness,
        citation: citation(cite(def, def.dimensions[di]?.orientations[oi])),
        items: o.items.map((i) => {
          const ind = i.indicator ? indicators.get(i.indicator) : undefined;
          const checklist = hints.get(i.id);
          const ev = evidence.get(i.id);
          return {
            ...i,
            label: checklist?.label ?? ind?.name ?? { zh: i.id, en: i.id },
            unit: ind?.unit ?? { zh: "", en: "" },
            evidence: ev ? presentEvidence(ev, y) : null,
            evidenceHint: checklist?.evidence_hint ?? null,
          };
        }),
      })),
    })),
  };
};
