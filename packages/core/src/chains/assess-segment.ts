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
  readonly reasons: readonly string[];
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
  if (segment.enterprises === 0) return { strength: "missing", share: null, reasons: ["本环节没有企业"] };
  const reasons: string[] = [];
  const countOk = segment.enterprises >= minEnterprises;
  reasons.push(countOk ? `企业 ${segment.enterprises} 家 ≥ ${minEnterprises} 家` : `企业 ${segment.enterprises} 家 < 强环节门槛 ${minEnterprises} 家`);
  const chainHasScale = chain.scale !== null && chain.scale > 0;
  let share: number | null = null;
  let shareOk: boolean;
  if (!chainHasScale) {
    shareOk = true;
    reasons.push("全链无产值或营收数据，规模占比不计，仅按企业数判定");
  } else if (segment.scale === null) {
    shareOk = false;
    reasons.push("本环节企业未报送产值或营收，规模占比无法判定");
  } else {
    share = segment.scale / (chain.scale ?? 1);
    shareOk = share >= minShare;
    reasons.push(shareOk ? `规模占全链 ${pct(share)} ≥ ${pct(minShare)}` : `规模占全链 ${pctBelow(share, minShare)} < 强环节门槛 ${pct(minShare)}`);
  }
  return { strength: countOk && shareOk ? "strong" : "weak", share, reasons };
};
