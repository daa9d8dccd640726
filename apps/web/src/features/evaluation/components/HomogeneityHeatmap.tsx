import { useMemo } from "react";
import type { THomogeneity } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import { asChartOption } from "../echarts-evaluation";

/** Parks (rows) × industries (columns), coloured by the industry's share of the park's structure. */
export const HomogeneityHeatmap = ({ data, parkIds }: { data: THomogeneity; parkIds: readonly number[] }) => {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const parks = data.parks.filter((p) => parkIds.includes(p.id));
    const divisions = data.industries.filter((d) => data.heat.some((h) => h.division === d.division && parkIds.includes(h.parkId)));
    const row = new Map(parks.map((p, i) => [p.id, i]));
    const col = new Map(divisions.map((d, i) => [d.division, i]));
    const cells = data.heat.flatMap((h) => {
      const y = row.get(h.parkId);
      const x = col.get(h.division);
      return x === undefined || y === undefined ? [] : [[x, y, Math.round(h.share * 1000) / 10]];
    });
    return {
      option: asChartOption({
        tooltip: { position: "top", formatter: (p: unknown) => {
          const v = (p as { value: [number, number, number] }).value;
          return `${parks[v[1]]?.name ?? ""}<br/>${divisions[v[0]]?.division ?? ""} ${divisions[v[0]]?.name ?? ""}: ${v[2]}%`;
        } },
        grid: { left: 8, right: 16, top: 8, bottom: 90, containLabel: true },
        xAxis: { type: "category", data: divisions.map((d) => `${d.division} ${d.name}`), axisLabel: { rotate: 60, fontSize: 10, width: 110, overflow: "truncate" }, splitArea: { show: true } },
        yAxis: { type: "category", data: parks.map((p) => p.name), axisLabel: { fontSize: 10, width: 180, overflow: "truncate" }, splitArea: { show: true } },
        visualMap: { min: 0, max: 100, calculable: true, orient: "horizontal", left: "center", bottom: 0, itemHeight: 120, text: ["100%", "0"] },
        series: [{ type: "heatmap", data: cells, emphasis: { itemStyle: { borderColor: "#333", borderWidth: 1 } } }],
      }),
      height: Math.max(260, parks.length * 18 + 160),
    };
  }, [data, parkIds]);
  return <EChart option={option.option} height={option.height} ariaLabel={t("evaluation.homogeneity.heatAria")} testId="homogeneity-heatmap" />;
};
