import { HeatmapChart, LineChart, RadarChart } from "echarts/charts";
import type { HeatmapSeriesOption, LineSeriesOption, RadarSeriesOption } from "echarts/charts";
import { GridComponent, LegendComponent, MarkAreaComponent, RadarComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";
import { echarts, type ChartOption } from "../../lib/echarts";

/**
 * The charts only the evaluation pages draw (heat map, radar, evidence lines with the deciding
 * months shaded), registered here so other pages never download them.
 */
echarts.use([HeatmapChart, RadarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, RadarComponent, MarkAreaComponent]);

export type EvaluationChartOption = ComposeOption<
  HeatmapSeriesOption | RadarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption | RadarComponentOption | MarkAreaComponentOption
>;

/** The shared EChart wrapper is typed for the app's common charts; these series are registered above. */
export const asChartOption = (option: EvaluationChartOption): ChartOption => option as unknown as ChartOption;
