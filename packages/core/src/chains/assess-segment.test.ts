import { describe, expect, it } from "vitest";
import { assessSegment } from "./assess-segment";

const rule = { strong: { minEnterprises: 5, minShare: 0.1 } };
const chain = { enterprises: 100, scale: 10_000 };

describe("assessSegment: strong / weak / missing at the boundaries", () => {
  it.each([
    ["none on it", { enterprises: 0, scale: null }, chain, "missing", null],
    ["one enterprise, big share", { enterprises: 1, scale: 5_000 }, chain, "weak", 0.5],
    ["count just below (4)", { enterprises: 4, scale: 2_000 }, chain, "weak", 0.2],
    ["count at the threshold (5), share at the threshold (10%)", { enterprises: 5, scale: 1_000 }, chain, "strong", 0.1],
    ["count above, share just below (9.99%)", { enterprises: 9, scale: 999 }, chain, "weak", 0.0999],
    ["count above, share zero", { enterprises: 9, scale: 0 }, chain, "weak", 0],
    ["count above, segment reported nothing", { enterprises: 9, scale: null }, chain, "weak", null],
    ["chain has no scale data: count decides (at threshold)", { enterprises: 5, scale: null }, { enterprises: 5, scale: null }, "strong", null],
    ["chain has no scale data: count decides (below)", { enterprises: 4, scale: null }, { enterprises: 4, scale: 0 }, "weak", null],
  ] as const)("%s", (_label, segment, totals, strength, share) => {
    const result = assessSegment(segment, totals, rule);
    expect(result.strength).toBe(strength);
    if (share === null) expect(result.share).toBeNull();
    else expect(result.share).toBeCloseTo(share, 6);
  });

  it("explains each criterion", () => {
    expect(assessSegment({ enterprises: 4, scale: 500 }, chain, rule).reasons).toEqual([
      { zh: "企业 4 家 < 强环节门槛 5 家", en: "4 enterprises < 5 for a strong segment" },
      { zh: "规模占全链 5.0% < 强环节门槛 10.0%", en: "5.0% of the chain's scale < 10.0% for a strong segment" },
    ]);
    expect(assessSegment({ enterprises: 6, scale: 1_200 }, chain, rule).reasons).toEqual([
      { zh: "企业 6 家 ≥ 5 家", en: "6 enterprises ≥ 5" },
      { zh: "规模占全链 12.0% ≥ 10.0%", en: "12.0% of the chain's scale ≥ 10.0%" },
    ]);
    expect(assessSegment({ enterprises: 0, scale: null }, chain, rule).reasons).toEqual([{ zh: "本环节没有企业", en: "No enterprise on this segment" }]);
    expect(assessSegment({ enterprises: 6, scale: null }, { enterprises: 6, scale: null }, rule).reasons[1]?.zh).toContain("仅按企业数判定");
    expect(assessSegment({ enterprises: 6, scale: null }, { enterprises: 6, scale: null }, rule).reasons[1]?.en).toContain("the count alone decides");
  });

  it("never writes a share just below the bar as the bar itself", () => {
    expect(assessSegment({ enterprises: 9, scale: 999.9 }, chain, rule).reasons[1]?.zh).toBe("规模占全链 9.999% < 强环节门槛 10.0%");
    expect(assessSegment({ enterprises: 9, scale: 999 }, chain, rule).reasons[1]?.zh).toBe("规模占全链 9.99% < 强环节门槛 10.0%");
    expect(assessSegment({ enterprises: 9, scale: 999.999 }, chain, rule).reasons[1]?.zh).toBe("规模占全链 9.9999% < 强环节门槛 10.0%");
  });
});
