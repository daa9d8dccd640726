import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { echarts } from "./echarts";

/** Bar and line charts on a cartesian grid, with legends and tooltips (trends, industry mix, annual figures). */
echarts.use([GridComponent, LegendComponent, TooltipComponent, BarChart, LineChart]);

export { echarts };
