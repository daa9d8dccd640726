import type { Bilingual } from "../evaluation/policy";
import { distanceKm, type GeoPoint } from "./geo";
import type { PlacementMethod } from "./place-enterprise";
import { SIZE_BAND_EN, SIZE_BAND_ZH, type SizeBandResult } from "./size-band";
import type { TargetingPolicy } from "./types";

/**
 * A candidate for chain-based investment attraction (链式招商): an enterprise outside the park
 * placed on a segment the park lacks or is weak in. Only public profile facts are here (size
 * band, honours, location of its park), never another tenant's indicator values.
 */
export interface TargetCandidate {
  readonly enterpriseId: number;
  readonly name: string;
  readonly provinceCode: string;
  readonly parkId: number | null;
  readonly parkName: string | null;
  readonly industryCode: string | null;
  readonly industryName: string | null;
  /** The placement's confidence on the segment and how it was found. */
  readonly fit: number;
  readonly method: PlacementMethod | "manual";
  readonly size: SizeBandResult;
  /** Tier keys of its valid honours. */
  readonly tiers: readonly string[];
  /** Where its park is, when known. */
  readonly location: GeoPoint | null;
}

export interface TargetScoreParts {
  readonly fit: number;
  readonly size: number;
  readonly tier: number;
  /** Null when either side has no coordinates: the weight is then left out, not guessed. */
  readonly distance: number | null;
  readonly distanceKm: number | null;
}

export interface RankedTarget extends TargetCandidate {
  readonly rank: number;
  /** 0–1: weighted mean of the parts that are known. */
  readonly score: number;
  readonly parts: TargetScoreParts;
  /** How the rank was reached, in both languages. */
  readonly reason: Bilingual;
}

const METHOD_ZH: Readonly<Record<TargetCandidate["method"], string>> = { class: "按行业", keyword: "按产品关键词", both: "行业与关键词一致", manual: "人工确认" };
const METHOD_EN: Readonly<Record<TargetCandidate["method"], string>> = { class: "by industry", keyword: "by product keywords", both: "industry and keywords agree", manual: "confirmed by hand" };

const scoreOf = (c: TargetCandidate, policy: TargetingPolicy, origin: GeoPoint | null): { score: number; parts: TargetScoreParts } => {
  const w = policy.weights;
  const size = policy.sizeScores[c.size.band];
  const tier = Math.max(0, ...c.tiers.map((t) => policy.tiers[t]?.weight ?? 0));
  const km = origin && c.location ? distanceKm(origin, c.location) : null;
  const distance = km === null ? null : policy.distanceHalfKm / (policy.distanceHalfKm + km);
  const num = w.fit * c.fit + w.size * size + w.tier * tier + (distance === null ? 0 : w.distance * distance);
  const den = w.fit + w.size + w.tier + (distance === null ? 0 : w.distance);
  return { score: den > 0 ? num / den : 0, parts: { fit: c.fit, size, tier, distance, distanceKm: km } };
};

const explain = (c: TargetCandidate, parts: TargetScoreParts, score: number, rank: number, policy: TargetingPolicy): Bilingual => {
  const w = policy.weights;
  const honours = c.tiers.map((t) => policy.tiers[t]?.name ?? t);
  const honoursEn = c.tiers.map((t) => policy.tiers[t]?.name_en ?? policy.tiers[t]?.name ?? t);
  const fit = parts.fit.toFixed(2);
  const size = parts.size.toFixed(2);
  const tier = parts.tier.toFixed(2);
  const km = parts.distanceKm === null ? null : Math.round(parts.distanceKm);
  const near = (parts.distance ?? 0).toFixed(2);
  const zh = [
    `环节匹配 ${fit}（${METHOD_ZH[c.method]}，权重 ${w.fit}）`,
    `规模 ${SIZE_BAND_ZH[c.size.band]} ${size}（权重 ${w.size}）`,
    honours.length > 0 ? `梯度 ${honours.join("、")} ${tier}（权重 ${w.tier}）` : `无梯度培育认定 0（权重 ${w.tier}）`,
    km === null ? "距离未知（园区坐标缺失，不计入）" : `距园区 ${km} km ${near}（权重 ${w.distance}，${policy.distanceHalfKm} km 时减半）`,
  ];
  const en = [
    `segment fit ${fit} (${METHOD_EN[c.method]}, weight ${w.fit})`,
    `size ${SIZE_BAND_EN[c.size.band]} ${size} (weight ${w.size})`,
    honoursEn.length > 0 ? `honours ${honoursEn.join(", ")} ${tier} (weight ${w.tier})` : `no tier honour 0 (weight ${w.tier})`,
    km === null ? "distance unknown (park coordinates missing, left out)" : `${km} km from the park ${near} (weight ${w.distance}, halved at ${policy.distanceHalfKm} km)`,
  ];
  return { zh: `第 ${rank} 名，综合 ${score.toFixed(2)}：${zh.join("；")}`, en: `Rank ${rank}, score ${score.toFixed(2)}: ${en.join("; ")}` };
};

/**
 * Ranks candidates by a weighted mean of segment fit, size band, tier honours and closeness;
 * each rank carries the parts and a sentence that says how it was reached. Ties go to the
 * better fit, then the name, so the order is stable.
 */
export const rankTargets = (candidates: readonly TargetCandidate[], policy: TargetingPolicy, origin: GeoPoint | null, limit = policy.perSegment): RankedTarget[] =>
  candidates
    .map((c) => ({ c, ...scoreOf(c, policy, origin) }))
    .sort((a, b) => b.score - a.score || b.c.fit - a.c.fit || a.c.name.localeCompare(b.c.name, "zh-CN") || a.c.enterpriseId - b.c.enterpriseId)
    .slice(0, limit)
    .map(({ c, score, parts }, i) => {
      // The reason states the very score that is returned, so "综合 0.57" never sits next to a score shown as 0.56.
      const rounded = Math.round(score * 1000) / 1000;
      return { ...c, rank: i + 1, score: rounded, parts, reason: explain(c, parts, rounded, i + 1, policy) };
    });
