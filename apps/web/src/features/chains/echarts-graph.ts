import { GraphChart } from "echarts/charts";
import { TooltipComponent } from "echarts/components";
import { echarts } from "../../lib/echarts";

/** The chain map draws a graph (segments and supply edges) with tooltips; only the chain pages load it. */
echarts.use([GraphChart, TooltipComponent]);

export { echarts };
