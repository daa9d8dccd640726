import { BarChart, HeatmapChart, LineChart, RadarChart } from "echarts/charts";
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, RadarSeriesOption } from "echarts/charts";
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import type {
  GridComponentOption,
  LegendComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";
import { echarts, type ChartOption } from "../../lib/echarts";

/**
 * The charts only the evaluation pages draw (heat map, radar, evidence lines with the deciding
 * months shaded by a bar behind them), registered here so other pages never download them.
 */
echarts.use([HeatmapChart, RadarChart, LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, RadarComponent]);

export type EvaluationChartOption = ComposeOption<
  HeatmapSeriesOption | RadarSeriesOption | LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption | RadarComponentOption
>;

/** The shared EChart wrapper is typed for the app's common charts; these series are registered above. */
export const asChartOption = (option: EvaluationChartOption): ChartOption => option as unknown as ChartOption;
