import type { Bilingual } from "../evaluation/policy";
import { CHAIN_STAGE_ZH, type ChainStage, type LeaderPolicy } from "./types";

export interface LeaderCandidate {
  readonly enterpriseId: number;
  readonly name: string;
  readonly segmentKey: string;
  readonly segmentName: string;
  readonly stage: ChainStage;
  /** Latest-year operating revenue, 万元; null when not reported. */
  readonly revenue: number | null;
}

export interface ChainLeader extends LeaderCandidate {
  readonly revenue: number;
  /** 1 = largest leader candidate of the chain. */
  readonly rank: number;
  /** Why it is named, in both languages. */
  readonly reason: Bilingual;
}

const yiFigure = (wan: number) => (wan / 10_000).toFixed(wan >= 100_000 ? 1 : 2);
const yi = (wan: number) => `${yiFigure(wan)} 亿元`;
const yiEn = (wan: number) => `${yiFigure(wan)} 100M CNY`;

/**
 * 链主 candidates: enterprises in segments that integrate others (by default mid- and
 * downstream: makers of systems and end products pull their suppliers along), with revenue at
 * or above the threshold, at most `maxPerSegment` per segment, ranked by revenue across the
 * chain. An enterprise on several segments is named once, on the segment where it ranks first.
 */
export const pickChainLeaders = (candidates: readonly LeaderCandidate[], policy: LeaderPolicy): ChainLeader[] => {
  const eligible = candidates
    .filter((c): c is LeaderCandidate & { revenue: number } => c.revenue !== null && c.revenue >= policy.minRevenue && policy.stages.includes(c.stage))
    .sort((a, b) => b.revenue - a.revenue || a.enterpriseId - b.enterpriseId);
  const perSegment = new Map<string, number>();
  const named = new Set<number>();
  const picked: ChainLeader[] = [];
  for (const c of eligible) {
    if (named.has(c.enterpriseId)) continue;
    const inSegment = (perSegment.get(c.segmentKey) ?? 0) + 1;
    if (inSegment > policy.maxPerSegment) continue;
    perSegment.set(c.segmentKey, inSegment);
    named.add(c.enterpriseId);
    const rank = picked.length + 1;
    const reason = {
      zh: `营业收入 ${yi(c.revenue)} ≥ 链主门槛 ${yi(policy.minRevenue)}；位于${CHAIN_STAGE_ZH[c.stage]}「${c.segmentName}」，本环节第 ${inSegment} 位，全链第 ${rank} 位`,
      en: `Revenue ${yiEn(c.revenue)} ≥ the chain-leader threshold ${yiEn(policy.minRevenue)}; ${c.stage} segment "${c.segmentName}", no. ${inSegment} on the segment, no. ${rank} on the chain`,
    };
    picked.push({ ...c, rank, reason });
  }
  return picked;
};
