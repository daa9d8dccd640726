import { describe, expect, it } from "vitest";
import { pickChainLeaders, type LeaderCandidate } from "./pick-chain-leaders";

const policy = { minRevenue: 100_000, stages: ["midstream", "downstream"] as const, maxPerSegment: 2 };
const c = (enterpriseId: number, segmentKey: string, stage: LeaderCandidate["stage"], revenue: number | null): LeaderCandidate => ({
  enterpriseId,
  name: `企业${enterpriseId}`,
  segmentKey,
  segmentName: segmentKey === "vehicle" ? "整车制造" : segmentKey,
  stage,
  revenue,
});

describe("pickChainLeaders", () => {
  it("takes revenue at the threshold, not just below, and only in leader stages", () => {
    const leaders = pickChainLeaders([c(1, "vehicle", "downstream", 100_000), c(2, "vehicle", "downstream", 99_999.9), c(3, "materials", "upstream", 900_000), c(4, "battery", "midstream", null)], policy);
    expect(leaders.map((l) => l.enterpriseId)).toEqual([1]);
  });

  it("caps each segment and ranks across the chain by revenue", () => {
    const leaders = pickChainLeaders([c(1, "vehicle", "downstream", 300_000), c(2, "vehicle", "downstream", 500_000), c(3, "vehicle", "downstream", 400_000), c(4, "battery", "midstream", 350_000)], policy);
    expect(leaders.map((l) => [l.enterpriseId, l.rank])).toEqual([[2, 1], [3, 2], [4, 3]]);
    expect(leaders[0]?.reason.zh).toBe("营业收入 50.0 亿元 ≥ 链主门槛 10.0 亿元；位于下游「整车制造」，本环节第 1 位，全链第 1 位");
    expect(leaders[0]?.reason.en).toBe('Revenue 50.0 100M CNY ≥ the chain-leader threshold 10.0 100M CNY; downstream segment "整车制造", no. 1 on the segment, no. 1 on the chain');
  });

  it("names an enterprise on two segments once", () => {
    const leaders = pickChainLeaders([c(1, "vehicle", "downstream", 300_000), c(1, "battery", "midstream", 300_000)], policy);
    expect(leaders).toHaveLength(1);
  });
});
