import type { TIndicatorValue } from "@parkpilot/contracts";

/** A count as the page shows it (thousands separated). */
export const count = (n: number | null) => (n === null ? "—" : n.toLocaleString("en-US"));

/**
 * The sentence the page words the API's reason for an unknown indicator value with (zh-CN), counts
 * included: the indicator table and the monitoring page's headline cards say the same.
 */
export const unknownReasonZh = (u: NonNullable<TIndicatorValue["unknown"]>): string => {
  switch (u.code) {
    case "not_computed":
      return "未知：该年度尚未计算此指标（导入数据后重算）";
    case "not_classified":
      return "未知：该年度未进行亩均评价定档";
    case "no_parcels":
      return "未知：园区没有登记宗地";
    case "no_alerts":
      return "未知：年内没有产生预警，处置率无从计算";
    case "empty_population":
      return "未知：园区没有纳入统计的企业或宗地";
    case "no_reporters":
      if (u.population === null) return "未知：没有企业报送计算所需数据";
      return u.counts === "parcels" ? `未知：${count(u.population)} 宗地块均缺少计算所需数据` : `未知：${count(u.population)} 家企业均未报送计算所需数据`;
    case "zero_denominator":
      return u.counts === "parcels" ? `未知：${count(u.reporting)} 宗地块的面积合计为0，比值无意义` : `未知：${count(u.reporting)} 家企业报送了数据，但分母合计为0，比值无意义`;
    case "none_declared":
      return "未知：园区未申报主导产业";
    case "declaration_unmapped":
      return "未知：申报的主导产业未对应国民经济行业分类，无法计算其产出占比";
  }
};
