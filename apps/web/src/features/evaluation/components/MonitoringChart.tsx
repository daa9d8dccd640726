import { useMemo } from "react";
import type { TMonthFigures } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import type { ChartOption } from "../../../lib/echarts";
import { valueAndPercentAxes } from "../../../lib/echarts-cartesian";
import { axisUnit, formatNumber, formatSignedPercent } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { fieldUnit, type MonitoringField } from "../monitoring-format";

const BAR = "#5b8ff9";
const CHOSEN = "#1d39c4";
const LINE = "#fa8c16";

/**
 * 36 months of a field as bars in one customary unit for the whole axis, the year-on-year growth
 * as a line on a second (%) axis, the chosen month darker. Clicking a bar chooses its month.
 */
export const MonitoringChart = ({ series, field, chosen, onChoose }: { series: readonly TMonthFigures[]; field: MonitoringField; chosen: string | null; onChoose: (period: string) => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const name = t(`evaluation.monitoring.fields.${field}`);
  const option = useMemo((): ChartOption => {
    const { factor, unit } = axisUnit(Math.max(0, ...series.map((p) => Math.abs(p.value ?? 0))), fieldUnit(field), lang);
    const yoyName = t("evaluation.monitoring.yoy");
    return {
      grid: { left: 64, right: 56, top: 40, bottom: 28 },
      legend: { top: 0, left: "center", itemWidth: 14, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: "axis",
        formatter: (raw) => {
          const rows = (Array.isArray(raw) ? raw : [raw]) as { dataIndex: number; marker?: string; seriesName?: string }[];
          const p = series[rows[0]?.dataIndex ?? -1];
          if (!p) return "";
          const value = p.value === null ? "—" : `${formatNumber(p.value / factor, lang, 2)} ${unit}`;
          return [`<b>${p.period}</b>`, ...rows.map((r) => `${r.marker ?? ""}${r.seriesName ?? ""}: ${r.seriesName === yoyName ? formatSignedPercent(p.yoy, lang) : value}`)].join("<br/>");
        },
      },
      xAxis: { type: "category", data: series.map((p) => p.period), axisLabel: { fontSize: 10 } },
      yAxis: valueAndPercentAxes(unit),
      series: [
        {
          name,
          type: "bar",
          barMaxWidth: 16,
          itemStyle: { color: BAR },
          data: series.map((p) => ({ value: p.value === null ? null : p.value / factor, itemStyle: { color: p.period === chosen ? CHOSEN : BAR } })),
        },
        {
          name: yoyName,
          type: "line",
          yAxisIndex: 1,
          symbolSize: 4,
          itemStyle: { color: LINE },
          connectNulls: false,
          data: series.map((p) => (p.yoy === null ? null : Math.round(p.yoy * 1000) / 10)),
        },
      ],
    };
  }, [series, field, chosen, lang, t, name]);
  return (
    <EChart
      option={option}
      height={300}
      ariaLabel={t("evaluation.monitoring.chartAria", { field: name })}
      testId="monitoring-chart"
      onClick={(e) => {
        const p = series[e.dataIndex];
        if (p) onChoose(p.period);
      }}
    />
  );
};
