import { describe, expect, it } from "vitest";
import { distanceKm } from "./geo";
import { rankTargets, type TargetCandidate } from "./rank-targets";
import { FIXTURE_CHAIN } from "./testing/chain-fixture";

const policy = FIXTURE_CHAIN.targeting;
const guangzhou = { latitude: 23.13, longitude: 113.26 };
const shenzhen = { latitude: 22.54, longitude: 114.06 };
const beijing = { latitude: 39.9, longitude: 116.4 };

const cand = (enterpriseId: number, over: Partial<TargetCandidate>): TargetCandidate => ({
  enterpriseId,
  name: `候选${enterpriseId}`,
  provinceCode: "44",
  parkId: 1,
  parkName: "某园区",
  industryCode: "3841",
  industryName: "锂离子电池制造",
  fit: 0.8,
  method: "both",
  size: { band: "medium", sector: "工业", reason: "" },
  tiers: [],
  location: shenzhen,
  ...over,
});

describe("rankTargets", () => {
  it("measures great-circle distance", () => {
    expect(distanceKm(guangzhou, shenzhen)).toBeGreaterThan(100);
    expect(distanceKm(guangzhou, shenzhen)).toBeLessThan(110);
    expect(distanceKm(guangzhou, guangzhou)).toBe(0);
  });

  it("ranks by the weighted parts and explains every rank", () => {
    const ranked = rankTargets(
      [
        cand(1, { fit: 0.6, size: { band: "small", sector: "工业", reason: "" }, location: beijing }),
        cand(2, { fit: 0.92, size: { band: "large", sector: "工业", reason: "" }, tiers: ["little_giant", "high_tech"] }),
        cand(3, { fit: 0.92, size: { band: "large", sector: "工业", reason: "" }, location: beijing }),
      ],
      policy,
      guangzhou,
    );
    expect(ranked.map((r) => r.enterpriseId)).toEqual([2, 3, 1]);
    const [first] = ranked;
    expect(first?.parts.tier).toBe(0.9);
    // (0.4·0.92 + 0.25·1 + 0.2·0.9 + 0.15·300/(300+d)) / 1, d ≈ 105 km
    const d = distanceKm(guangzhou, shenzhen);
    expect(first?.score).toBeCloseTo((0.4 * 0.92 + 0.25 + 0.2 * 0.9 + (0.15 * 300) / (300 + d)) / 1, 3);
    expect(first?.reason.zh).toMatch(/^第 1 名，综合 0\.\d\d：环节匹配 0\.92（行业与关键词一致，权重 0\.4）；规模 大型 1\.00（权重 0\.25）；梯度 专精特新“小巨人”、高新技术企业 0\.90（权重 0\.2）；距园区 10\d km/);
  });

  it("states in the reason the very score it returns (no 综合 0.57 next to a score shown as 0.56)", () => {
    // Many fits, so that some raw scores fall just above a x.xx5 boundary after rounding to 0.001.
    const candidates = Array.from({ length: 400 }, (_, i) => cand(i + 1, { fit: 0.5 + i / 1000, location: i % 2 ? shenzhen : beijing }));
    const ranked = rankTargets(candidates, policy, guangzhou, 400);
    expect(ranked.length).toBe(400);
    for (const r of ranked) expect(r.reason.zh).toContain(`综合 ${r.score.toFixed(2)}：`);
    for (const r of ranked) expect(r.reason.en).toContain(`score ${r.score.toFixed(2)}: `);
  });

  it("leaves distance out of the mean when coordinates are missing, and says so", () => {
    const [withoutOrigin] = rankTargets([cand(1, {})], policy, null);
    expect(withoutOrigin?.parts.distance).toBeNull();
    expect(withoutOrigin?.score).toBeCloseTo((0.4 * 0.8 + 0.25 * 0.7) / 0.85, 3);
    expect(withoutOrigin?.reason.zh).toContain("距离未知");
    expect(withoutOrigin?.reason.en).toContain("distance unknown");
  });

  it("breaks ties by fit, then name, and keeps the limit", () => {
    const ranked = rankTargets([cand(2, { name: "乙" }), cand(1, { name: "甲" }), cand(3, { name: "丙" })], policy, null, 2);
    expect(ranked.map((r) => r.name)).toEqual(["丙", "甲"]);
  });
});
