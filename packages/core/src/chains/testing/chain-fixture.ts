import type { ChainDefinition, ChainSegment } from "../types";

/**
 * A small hand-made chain for the truth tables: three leaves with full and partial classes and
 * keywords, one group. Numbers are the shipped defaults so the tables read like production.
 */
const leaf = (key: string, name: string, stage: ChainSegment["stage"], classes: ChainSegment["classes"], keywords: string[]): ChainSegment => ({
  key,
  name,
  stage,
  basis: [],
  classes,
  keywords,
  children: [],
});

export const FIXTURE_CHAIN: ChainDefinition = {
  code: "nev-test",
  name: "测试新能源汽车链",
  dataVersion: "test.1",
  citation: "测试用",
  sources: [{ title: "战略性新兴产业分类（2018）", use: "环节与行业小类" }],
  segments: [
    {
      key: "parts",
      name: "关键零部件",
      stage: "midstream",
      basis: [],
      classes: [],
      keywords: [],
      children: [
        leaf("battery", "动力电池", "midstream", [{ code: "3841", name: "锂离子电池制造", partial: true }], ["动力电池", "电芯", "电池模组"]),
        leaf("motor", "电驱动系统", "midstream", [{ code: "3812", name: "电动机制造", partial: true }], ["驱动电机", "电机控制器"]),
      ],
    },
    leaf("vehicle", "整车制造", "downstream", [{ code: "3612", name: "新能源车整车制造", partial: false }], ["新能源汽车", "纯电动汽车"]),
  ],
  edges: [
    { from: "battery", to: "vehicle" },
    { from: "motor", to: "vehicle" },
  ],
  placement: {
    candidateFloor: 0.4,
    countFloor: 0.5,
    classFull: 0.8,
    classPartial: 0.45,
    keywordInProducts: 0.6,
    keywordInScope: 0.4,
    keywordStep: 0.05,
    keywordMax: 0.75,
    conflictPenalty: 0.1,
  },
  assessment: { park: { strong: { minEnterprises: 5, minShare: 0.1 } }, province: { strong: { minEnterprises: 30, minShare: 0.05 } } },
  leaders: {
    park: { minRevenue: 100_000, stages: ["midstream", "downstream"], maxPerSegment: 2 },
    province: { minRevenue: 500_000, stages: ["midstream", "downstream"], maxPerSegment: 3 },
  },
  targeting: {
    weights: { fit: 0.4, size: 0.25, tier: 0.2, distance: 0.15 },
    distanceHalfKm: 300,
    sizeScores: { large: 1, medium: 0.7, small: 0.4, micro: 0.2, unknown: 0.3 },
    tiers: {
      little_giant: { name: "专精特新“小巨人”", weight: 0.9 },
      specialized_sme: { name: "专精特新中小企业", weight: 0.7 },
      high_tech: { name: "高新技术企业", weight: 0.6 },
      innovative_sme: { name: "创新型中小企业", weight: 0.4 },
    },
    poolSize: 500,
    perSegment: 20,
  },
};

/** The segmenter stand-in of the tests: keywords arrive already cut where the real one cuts them. */
export const fixtureTokenize = (keyword: string): string[] => (keyword === "动力电池" ? ["动力", "电池"] : [keyword]);
