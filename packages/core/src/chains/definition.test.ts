import { describe, expect, it } from "vitest";
import { buildChainMap } from "./build-chain-map";
import { flattenSegments, leafSegments, validateChainDefinition } from "./definition";
import { FIXTURE_CHAIN } from "./testing/chain-fixture";
import type { ChainDefinition } from "./types";

describe("validateChainDefinition", () => {
  it("accepts the fixture", () => {
    expect(validateChainDefinition(FIXTURE_CHAIN)).toEqual([]);
    expect(leafSegments(FIXTURE_CHAIN).map((n) => n.segment.key)).toEqual(["battery", "motor", "vehicle"]);
    expect(flattenSegments(FIXTURE_CHAIN.segments).find((n) => n.segment.key === "motor")?.path).toEqual(["parts", "motor"]);
  });

  it("reports every structural problem with its path", () => {
    const [parts, vehicle] = FIXTURE_CHAIN.segments;
    if (!parts || !vehicle) throw new Error("fixture");
    const broken: ChainDefinition = {
      ...FIXTURE_CHAIN,
      segments: [
        { ...parts, keywords: ["电池"], children: [...parts.children, { ...vehicle, key: "battery", stage: "downstream" }] },
        { ...vehicle, classes: [{ code: "361", name: "x", partial: false }], keywords: [] },
        { key: "empty", name: "空", stage: "upstream", basis: [], classes: [], keywords: [], children: [] },
      ],
      edges: [{ from: "battery", to: "nowhere" }, { from: "vehicle", to: "vehicle" }],
      placement: { ...FIXTURE_CHAIN.placement, countFloor: 0.3 },
    };
    expect(validateChainDefinition(broken).map((p) => `${p.path}: ${p.message}`)).toEqual([
      "segments.parts: a group with sub-segments carries no classes or keywords: place them on a leaf",
      'segments.parts.battery: segment key "battery" is used twice',
      "segments.parts.battery: stage downstream differs from its group's midstream",
      'segments.vehicle.classes: "361" is not a 4-digit GB/T 4754 class',
      "segments.empty: a leaf segment needs at least one industry class or keyword",
      'edges.0: edge to unknown segment "nowhere"',
      "edges.1: a segment cannot supply itself",
      "placement.countFloor: countFloor must not be below candidateFloor",
    ]);
  });

  it("caps the number of leaves", () => {
    const many = Array.from({ length: 63 }, (_, i) => ({ key: `s${i}`, name: `环节${i}`, stage: "upstream" as const, basis: [], classes: [], keywords: [`词${i}`], children: [] }));
    expect(validateChainDefinition({ ...FIXTURE_CHAIN, segments: many, edges: [] }).map((p) => p.message)).toEqual(["a chain has at most 62 leaf segments, this one has 63"]);
  });
});

describe("buildChainMap", () => {
  it("assesses leaves and rolls the outcome up to groups", () => {
    const figures = new Map([
      ["battery", { enterprises: 6, scale: 4_000, output: 4_000, revenue: 4_200, tiered: 2, pending: 1 }],
      ["motor", { enterprises: 2, scale: 500, output: 500, revenue: 520, tiered: 0, pending: 0 }],
      ["parts", { enterprises: 7, scale: 4_300, output: 4_300, revenue: 4_500, tiered: 2, pending: 1 }],
    ]);
    const map = buildChainMap(FIXTURE_CHAIN, figures, { enterprises: 7, scale: 4_300, output: 4_300, revenue: 4_500, tiered: 2, pending: 1 }, "park");
    const by = new Map(map.nodes.map((n) => [n.key, n]));
    expect(by.get("battery")?.assessment?.strength).toBe("strong");
    // A strong segment does not list its pending placements; a weak or missing one does.
    expect(by.get("battery")?.assessment?.reasons).toHaveLength(2);
    expect(buildChainMap(FIXTURE_CHAIN, new Map([["vehicle", { enterprises: 0, scale: null, output: null, revenue: null, tiered: 0, pending: 3 }]]), { enterprises: 0, scale: null, output: null, revenue: null, tiered: 0, pending: 3 }, "park").nodes.find((n) => n.key === "vehicle")?.assessment?.reasons).toEqual([
      { zh: "本环节没有企业", en: "No enterprise on this segment" },
      { zh: "另有 3 家企业待人工确认（置信度低于计入阈值）", en: "3 more awaiting confirmation (confidence below the count floor)" },
    ]);
    expect(by.get("motor")?.assessment?.strength).toBe("weak");
    expect(by.get("vehicle")?.assessment?.strength).toBe("missing");
    expect(by.get("parts")?.leafSummary).toEqual({ strong: 1, weak: 1, missing: 0 });
    expect(by.get("parts")?.assessment).toBeNull();
    expect(map.summary).toEqual({ strong: 1, weak: 1, missing: 1 });
    // The same figures against the province bar (30 enterprises) make no segment strong.
    const province = buildChainMap(FIXTURE_CHAIN, figures, { enterprises: 7, scale: 4_300, output: 4_300, revenue: 4_500, tiered: 2, pending: 1 }, "province");
    expect(province.summary).toEqual({ strong: 0, weak: 2, missing: 1 });
  });
});
