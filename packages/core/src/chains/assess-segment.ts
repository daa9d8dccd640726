import type { Bilingual } from "../evaluation/policy";
import type { StrengthRule } from "./types";

export type SegmentStrength = "strong" | "weak" | "missing";

export interface SegmentFigures {
  /** Enterprises counted on the segment (confirmed, or machine-placed at or above the count floor). */
  readonly enterprises: number;
  /**
   * Scale of those enterprises for the year, 万元: Σ 工业总产值, taking 营业收入 for an enterprise
   * that reports no output (service segments such as software have none); null when none reported.
   */
  readonly scale: number | null;
}

export interface SegmentAssessment {
  readonly strength: SegmentStrength;
  /** Segment scale ÷ chain scale (distinct enterprises), or null when it cannot be computed. */
  readonly share: number | null;
  /** Each criterion in words, in both languages. */
  readonly reasons: readonly Bilingual[];
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

/** A share below the bar, written with enough decimals that it never reads as the bar itself (4.98% ≠ 5.0%). */
const pctBelow = (share: number, bar: number): string => {
  for (let digits = 1; digits <= 3; digits += 1) if (pct(share, digits) !== pct(bar, digits)) return pct(share, digits);
  return `${(Math.floor(share * 1_000_000) / 10_000).toFixed(4)}%`;
};

/**
 * Strong / weak / missing for one leaf segment. Missing: nobody on it. Strong: at least
 * `minEnterprises` enterprises AND at least `minShare` of the chain's scale. When the chain has
 * no scale data at all the share cannot be judged and only the count decides (said so in the
 * reasons); when the chain has data but this segment's enterprises reported none, the share is
 * unknown and the segment is not called strong. A segment's share is taken against the chain
 * total over distinct enterprises, so an enterprise on two segments counts in both shares and
 * the shares may add up to more than 100%.
 */
export const assessSegment = (segment: SegmentFigures, chain: SegmentFigures, rule: StrengthRule): SegmentAssessment => {
  const { minEnterprises, minShare } = rule.strong;
  if (segment.enterprises === 0) return { strength: "missing", share: null, reasons: [{ zh: "本环节没有企业", en: "No enterprise on this segment" }] };
  const reasons: Bilingual[] = [];
  const n = segment.enterprises;
  const countOk = n >= minEnterprises;
  const nEn = `${n} ${n === 1 ? "enterprise" : "enterprises"}`;
  reasons.push(
    countOk
      ? { zh: `企业 ${n} 家 ≥ ${minEnterprises} 家`, en: `${nEn} ≥ ${minEnterprises}` }
      : { zh: `企业 ${n} 家 < 强环节门槛 ${minEnterprises} 家`, en: `${nEn} < ${minEnterprises} for a strong segment` },
  );
  const chainHasScale = chain.scale !== null && chain.scale > 0;
  let share: number | null = null;
  let shareOk: boolean;
  if (!chainHasScale) {
    shareOk = true;
    reasons.push({ zh: "全链无产值或营收数据，规模占比不计，仅按企业数判定", en: "No output or revenue reported on the chain: its share is left out and the count alone decides" });
  } else if (segment.scale === null) {
    shareOk = false;
    reasons.push({ zh: "本环节企业未报送产值或营收，规模占比无法判定", en: "The segment's enterprises reported no output or revenue: its share cannot be judged" });
  } else {
    share = segment.scale / (chain.scale ?? 1);
    shareOk = share >= minShare;
    const low = pctBelow(share, minShare);
    reasons.push(
      shareOk
        ? { zh: `规模占全链 ${pct(share)} ≥ ${pct(minShare)}`, en: `${pct(share)} of the chain's scale ≥ ${pct(minShare)}` }
        : { zh: `规模占全链 ${low} < 强环节门槛 ${pct(minShare)}`, en: `${low} of the chain's scale < ${pct(minShare)} for a strong segment` },
    );
  }
  return { strength: countOk && shareOk ? "strong" : "weak", share, reasons };
};
