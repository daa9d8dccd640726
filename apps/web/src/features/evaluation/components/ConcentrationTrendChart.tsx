import { useMemo } from "react";
import type { TLeadingIndustryCheck } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import type { ChartOption } from "../../../lib/echarts";
import "../../../lib/echarts-cartesian";
import { formatPercent } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";

/** The declared leading industries' share of the park's output, year by year (a gap where unknown). */
export const ConcentrationTrendChart = ({ trend }: { trend: TLeadingIndustryCheck["concentrationTrend"] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 44, right: 16, top: 16, bottom: 24 },
      tooltip: {
        trigger: "axis",
        formatter: (raw) => {
          const row = (Array.isArray(raw) ? raw[0] : raw) as { dataIndex: number; marker?: string } | undefined;
          const p = row ? trend[row.dataIndex] : undefined;
          return p ? `${p.year}<br/>${row?.marker ?? ""}${formatPercent(p.share, lang, 1)}` : "";
        },
      },
      xAxis: { type: "category", data: trend.map((p) => String(p.year)) },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%", fontSize: 10 } },
      series: [{ type: "line", name: t("evaluation.monitoring.share"), connectNulls: false, symbolSize: 6, label: { show: true, fontSize: 10, formatter: (p) => (typeof p.value === "number" ? `${p.value}%` : "") }, data: trend.map((p) => (p.share === null ? null : Math.round(p.share * 1000) / 10)) }],
    }),
    [trend, lang, t],
  );
  return <EChart option={option} height={180} ariaLabel={t("evaluation.monitoring.concentrationAria")} testId="leading-trend" />;
};
