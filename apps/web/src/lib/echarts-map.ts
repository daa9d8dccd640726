import { ScatterChart } from "echarts/charts";
import { GeoComponent } from "echarts/components";
import { echarts } from "./echarts";

/** Maps: province boundaries (geo) with parks as scatter points. */
echarts.use([GeoComponent, ScatterChart]);

export { echarts };
