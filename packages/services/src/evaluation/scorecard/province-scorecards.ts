import { provinceStats, scoreScorecard, type EvidenceReview, type ParkIndicatorValue, type ProvinceStats, type ScorecardDef, type ScorecardResult } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";
import { parkSubject } from "../indicator-values";
import { isoUtcSql } from "../iso-timestamp";
import { evaluationPolicies } from "../policies";
import type { VisiblePark } from "../visible-parks";
import { scorecardFor, scorecardIndicators } from "./scorecard-def";

export type EvidenceRow = {
  id: number;
  park_id: number;
  item_key: string;
  note: string;
  attachment_name: string | null;
  attachment_type: string | null;
  bytes: number | null;
  created_at: string;
  review_status: EvidenceReview;
  review_note: string | null;
  reviewed_at: string | null;
  reviewer: string | null;
};

export interface ParkScorecardRun {
  readonly parkId: number;
  readonly result: ScorecardResult;
  readonly rank: number | null;
}

export interface ProvinceScorecards {
  readonly def: ScorecardDef;
  readonly year: number;
  readonly byPark: ReadonlyMap<number, ParkScorecardRun>;
  readonly evidence: ReadonlyMap<number, ReadonlyMap<string, EvidenceRow>>;
  readonly of: number;
}

/**
 * Every park of a province scored on the scorecard for a year: indicator items against the
 * distribution of the province's parks that year, checklist items by the evidence on file, then
 * ranks by total (ties share the better rank; parks without a total are unranked).
 */
export const provinceScorecards = async (database: Database, parks: readonly VisiblePark[], year: number): Promise<ProvinceScorecards> => {
  const def = scorecardFor(year);
  const keys = scorecardIndicators(def);
  const ids = parks.map((p) => p.id);
  const [values, evidenceRows] = await Promise.all([
    database.query<{ subject: string; indicator_key: string; value: number | null; reporting: number | null; population: number | null }>(
      `SELECT subject, indicator_key, value, reporting, population FROM indicator_values WHERE period = $1 AND indicator_key = ANY($2::text[]) AND subject = ANY($3::text[])`,
      [String(year), keys, ids.map(parkSubject)],
    ),
    database.query<EvidenceRow>(
      `SELECT e.id, e.park_id, e.item_key, e.note, e.attachment_name, e.attachment_type, octet_length(decode(coalesce(e.attachment_base64, ''), 'base64'))::int AS bytes,
              ${isoUtcSql("e.created_at")} AS created_at, e.review_status, e.review_note, ${isoUtcSql("e.reviewed_at")} AS reviewed_at, u.display_name AS reviewer
         FROM scorecard_evidence e LEFT JOIN users u ON u.id = e.reviewed_by
        WHERE e.park_id = ANY($1::int[]) AND e.year = $2`,
      [ids, year],
    ),
  ]);
  const byPark = new Map<number, Map<string, ParkIndicatorValue>>(ids.map((id) => [id, new Map()]));
  const columns = new Map<string, (number | null)[]>();
  for (const r of values) {
    const id = Number(r.subject.slice("park:".length));
    const v = r.value === null ? null : Number(r.value);
    byPark.get(id)?.set(r.indicator_key, { value: v, reporting: r.reporting, population: r.population });
    let c = columns.get(r.indicator_key);
    if (!c) columns.set(r.indicator_key, (c = []));
    c.push(v);
  }
  const q = def.scoring.full_marks_quantile;
  const stats = new Map<string, ProvinceStats>([...columns].map(([k, c]) => [k, provinceStats(c, q)]));
  const evidence = new Map<number, Map<string, EvidenceRow>>();
  for (const e of evidenceRows) {
    let m = evidence.get(e.park_id);
    if (!m) evidence.set(e.park_id, (m = new Map()));
    m.set(e.item_key, e);
  }
  const { indicators } = evaluationPolicies();
  const results = ids.map((id) => ({
    parkId: id,
    result: scoreScorecard(def, {
      values: byPark.get(id) ?? new Map(),
      stats,
      evidence: new Map([...(evidence.get(id) ?? new Map<string, EvidenceRow>())].map(([k, e]) => [k, { note: e.note, review: e.review_status, reviewNote: e.review_note }])),
      catalogue: indicators,
    }),
  }));
  const totals = results.map((r) => r.result.total).filter((t): t is number => t !== null).sort((a, b) => b - a);
  const runs = new Map(results.map((r) => [r.parkId, { ...r, rank: r.result.total === null ? null : totals.indexOf(r.result.total) + 1 }]));
  return { def, year, byPark: runs, evidence, of: totals.length };
};
