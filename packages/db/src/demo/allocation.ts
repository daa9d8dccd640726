import type { DemoPark } from "./context";

/**
 * How many enterprises each park gets. Bigger approved areas hold more firms (sub-linearly:
 * large zones include reserve land), national zones attract more than provincial ones, and
 * customs zones (bonded areas) host fewer, mostly logistics and trade firms.
 */
const parkWeight = (park: DemoPark, medianArea: number): number => {
  const area = park.approvedAreaKm2 !== null && park.approvedAreaKm2 > 0 ? park.approvedAreaKm2 : medianArea;
  const level = park.level === "national" ? 2 : 1;
  const kind = park.kind === "customs" ? 0.4 : park.kind === "hitech" ? 1.2 : 1;
  return Math.pow(area, 0.8) * level * kind;
};

const median = (values: readonly number[]): number => {
  if (values.length === 0) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 1) : ((sorted[mid - 1] ?? 1) + (sorted[mid] ?? 1)) / 2;
};

/** Largest-remainder (Hamilton) apportionment of `total` over the parks; ties go to the earlier park. */
export const apportion = (parks: readonly DemoPark[], total: number): number[] => {
  const areas = parks.map((p) => p.approvedAreaKm2).filter((a): a is number => a !== null && a > 0);
  const weights = parks.map((p) => parkWeight(p, median(areas)));
  const sum = weights.reduce((a, w) => a + w, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((a, c) => a + c, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
};

/** Maps an enterprise index to its park: parks own consecutive index ranges. */
export interface ParkAllocation {
  readonly counts: readonly number[];
  /** First index of each park's range. */
  readonly starts: readonly number[];
  parkIndexOf(index: number): number;
}

export const allocate = (parks: readonly DemoPark[], total: number): ParkAllocation => {
  const counts = apportion(parks, total);
  const starts: number[] = [];
  let next = 0;
  for (const c of counts) {
    starts.push(next);
    next += c;
  }
  return {
    counts,
    starts,
    parkIndexOf(index) {
      // Last park whose range starts at or before index and is not empty.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= index) lo = mid;
        else hi = mid - 1;
      }
      while (lo > 0 && (counts[lo] ?? 0) === 0) lo--;
      return lo;
    },
  };
};
