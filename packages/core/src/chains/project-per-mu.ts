/**
 * A projected per-mu (亩均) class for a project at admission, from its commitments, against the
 * park's current medians. Deliberately small: 亩均税收 = committed annual tax ÷ committed land,
 * 亩均产值 = committed annual output ÷ committed land, each compared with the median of the
 * park's enterprises for the latest year (Σ over one enterprise, median across enterprises).
 * The full per-mu evaluation (weights, classes A–D by province rules) is a separate rule engine;
 * this answers only "would this project raise or lower the park's land intensity?".
 */
export interface ParkIntensityBenchmark {
  readonly year: number;
  /** Enterprises with land and the figure reported. */
  readonly sample: number;
  /** 万元/亩. */
  readonly medianTaxPerMu: number | null;
  readonly medianOutputPerMu: number | null;
}

export type PerMuClass = "above_median" | "mixed" | "below_median" | "no_land" | "no_benchmark" | "not_committed";

export interface PerMuProjection {
  readonly taxPerMu: number | null;
  readonly outputPerMu: number | null;
  readonly taxVsMedian: number | null;
  readonly outputVsMedian: number | null;
  readonly projectedClass: PerMuClass;
  readonly basis: string;
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

export const projectPerMu = (
  commitments: { readonly annualTax: number | null; readonly annualOutput: number | null; readonly landMu: number | null },
  benchmark: ParkIntensityBenchmark | null,
): PerMuProjection => {
  const { annualTax, annualOutput, landMu } = commitments;
  if (landMu === null) {
    return {
      taxPerMu: null,
      outputPerMu: null,
      taxVsMedian: null,
      outputVsMedian: null,
      projectedClass: "not_committed",
      basis: "尚未填写承诺用地，签约填写承诺后按承诺税收、产值与用地预测",
    };
  }
  if (landMu <= 0) {
    return {
      taxPerMu: null,
      outputPerMu: null,
      taxVsMedian: null,
      outputVsMedian: null,
      projectedClass: "no_land",
      basis: "项目不新增用地（租用厂房或工业上楼），亩均指标不适用",
    };
  }
  const taxPerMu = annualTax === null ? null : annualTax / landMu;
  const outputPerMu = annualOutput === null ? null : annualOutput / landMu;
  const formula = `亩均税收 = 承诺年税收 ÷ 用地 ${fmt(landMu)} 亩 = ${taxPerMu === null ? "未知" : fmt(taxPerMu)} 万元/亩；亩均产值 = 承诺年产值 ÷ 用地 = ${outputPerMu === null ? "未知" : fmt(outputPerMu)} 万元/亩`;
  const tm = benchmark?.medianTaxPerMu ?? null;
  const om = benchmark?.medianOutputPerMu ?? null;
  if (!benchmark || (tm === null && om === null)) {
    return { taxPerMu, outputPerMu, taxVsMedian: null, outputVsMedian: null, projectedClass: "no_benchmark", basis: `${formula}；园区暂无可比的企业亩均数据` };
  }
  const taxVsMedian = taxPerMu !== null && tm !== null && tm > 0 ? taxPerMu / tm : null;
  const outputVsMedian = outputPerMu !== null && om !== null && om > 0 ? outputPerMu / om : null;
  const known = [taxVsMedian, outputVsMedian].filter((x): x is number => x !== null);
  const above = known.filter((x) => x >= 1).length;
  const projectedClass: PerMuClass = known.length === 0 ? "no_benchmark" : above === known.length ? "above_median" : above === 0 ? "below_median" : "mixed";
  const against = `对比园区 ${benchmark.year} 年企业中位数（${benchmark.sample} 家）：亩均税收 ${tm === null ? "未知" : fmt(tm)}、亩均产值 ${om === null ? "未知" : fmt(om)} 万元/亩`;
  return { taxPerMu, outputPerMu, taxVsMedian, outputVsMedian, projectedClass, basis: `${formula}；${against}` };
};
