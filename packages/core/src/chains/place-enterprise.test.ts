import { describe, expect, it } from "vitest";
import { compileChain, findKeywords } from "./compile-chain";
import { placeEnterprise, type PlacementSubject } from "./place-enterprise";
import { FIXTURE_CHAIN, fixtureTokenize } from "./testing/chain-fixture";

const chain = compileChain(FIXTURE_CHAIN, 3, fixtureTokenize);
const subject = (industryCode: string | null, productTokens: string[] = [], scopeTokens: string[] = []): PlacementSubject => ({
  industryCode,
  productTokens,
  scopeTokens,
});
const place = (s: PlacementSubject) => placeEnterprise([chain], s).map((p) => [p.segmentKey, p.method, p.confidence, p.counts] as const);

describe("placeEnterprise", () => {
  it.each([
    ["class only, full class", subject("3612"), [["vehicle", "class", 0.8, true]]],
    ["class only, partial class: kept as a candidate to confirm", subject("3841"), [["battery", "class", 0.45, false]]],
    ["keyword only, in main products", subject("5179", ["电机控制器"]), [["motor", "keyword", 0.6, true]]],
    ["keyword only, in business scope: weaker than products", subject("5179", [], ["电芯"]), [["battery", "keyword", 0.4, false]]],
    ["two keywords add a step", subject(null, ["电芯", "、", "电池模组"]), [["battery", "keyword", 0.65, true]]],
    ["class and keyword agree: 1-(1-0.45)(1-0.6)", subject("3841", ["电芯"]), [["battery", "both", 0.78, true]]],
    ["full class and keyword agree", subject("3612", ["纯电动汽车"]), [["vehicle", "both", 0.92, true]]],
    ["none: clothing maker", subject("1810", ["衬衫", "西服"]), []],
    ["none: unknown class and no text", subject(null), []],
  ])("%s", (_label, s, expected) => {
    expect(place(s)).toEqual(expected);
  });

  it("conflicting: class says battery, products say motor; the class-only placement is penalised and says why", () => {
    const drafts = placeEnterprise([chain], subject("3841", ["驱动电机"]));
    expect(drafts.map((d) => [d.segmentKey, d.method, d.confidence])).toEqual([["motor", "keyword", 0.6]]);
    // 0.45 − 0.10 = 0.35 is below the candidate floor of 0.40: the battery placement is dropped.
    const conflictAboveFloor = placeEnterprise([compileChain({ ...FIXTURE_CHAIN, placement: { ...FIXTURE_CHAIN.placement, classPartial: 0.55 } }, 1, fixtureTokenize)], subject("3841", ["驱动电机"]));
    const battery = conflictAboveFloor.find((d) => d.segmentKey === "battery");
    expect(battery?.confidence).toBe(0.45);
    expect(battery?.reason).toContain("产品关键词指向「电驱动系统」");
    expect(battery?.counts).toBe(false);
  });

  it("writes the reason an official reads", () => {
    const [draft] = placeEnterprise([chain], subject("3841", ["电芯"], ["动力", "电池"]));
    expect(draft?.reason).toBe("行业3841锂离子电池制造（部分属于本环节*） + 关键词 电芯（主营产品）；动力电池（经营范围）");
    expect(draft?.templateVersion).toBe(3);
  });

  it("matches keywords on tokens, never inside a longer word", () => {
    expect(findKeywords(chain, ["太阳能电池"]).size).toBe(0);
    expect(findKeywords(chain, ["发电机", "控制器"]).size).toBe(0);
    expect([...findKeywords(chain, ["新型", "动力", "电池"]).keys()]).toEqual(["动力电池"]);
    expect(findKeywords(chain, ["动力", "系统", "电池"]).size).toBe(0);
  });
});
