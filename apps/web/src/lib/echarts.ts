/**
 * ECharts, registered piece by piece (echarts/core + only what each chart draws) so that a page
 * downloads only the parts it uses: the overview map needs the geo component and scatter series
 * (lib/echarts-map.ts), the trend and bar charts the cartesian grid (lib/echarts-cartesian.ts).
 * The map draws its own tooltip (a positioned element) rather than registering ECharts'
 * tooltip, which costs 16 KB gzipped on the overview. Only chart components import these modules, and they are only reached from lazily loaded
 * pages, so the login page never downloads ECharts.
 */
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import type { BarSeriesOption, GraphSeriesOption, LineSeriesOption, ScatterSeriesOption } from "echarts/charts";
import type { GeoComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";

echarts.use([CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | GraphSeriesOption | LineSeriesOption | ScatterSeriesOption | GeoComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export { echarts };
