import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { echarts } from "./echarts";

/** Bar and line charts on a cartesian grid, with legends and tooltips (trends, industry mix, annual figures). */
echarts.use([GridComponent, LegendComponent, TooltipComponent, BarChart, LineChart]);

export { echarts };

/** The two y axes of a monthly chart: the value in its unit on the left, a percentage (year-on-year) on the right. */
export const valueAndPercentAxes = (unit: string) => [
  { type: "value" as const, name: unit, nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 10 } },
  { type: "value" as const, name: "%", nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 10 }, splitLine: { show: false } },
];
