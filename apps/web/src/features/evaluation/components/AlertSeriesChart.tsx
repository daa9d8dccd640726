import { useMemo } from "react";
import type { TAlertDetail } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import { pickText, useLang } from "../../../lib/i18n";
import { asChartOption } from "../echarts-evaluation";

/**
 * The series behind an alert: the month's value against the same month a year before, the months
 * that fired the rule shaded, and a second series where the rule compares two (electricity
 * against output, on its own axis).
 */
export const AlertSeriesChart = ({ alert }: { alert: TAlertDetail }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const option = useMemo(() => {
    const ev = alert.evidence;
    const periods = ev.series.map((p) => p.period);
    const decisive = new Set(ev.decisive);
    const label = pickText(ev.seriesLabel, lang);
    const yAxes = [{ type: "value" as const, scale: true }, ...(ev.secondary ? [{ type: "value" as const, scale: true }] : [])];
    const series = [
      // The months that fired the rule, each shaded over its whole category width (a single month
      // included), on a hidden 0–1 axis behind the lines.
      {
        type: "bar" as const,
        name: t("evaluation.alerts.decisive"),
        yAxisIndex: yAxes.length,
        data: periods.map((p) => (decisive.has(p) ? 1 : null)),
        barWidth: "100%",
        itemStyle: { color: "rgba(255, 77, 79, 0.12)" },
        silent: true,
        tooltip: { show: false },
        z: 0,
      },
      { type: "line" as const, name: label, data: ev.series.map((p) => p.value), connectNulls: false },
      { type: "line" as const, name: `${label} · ${t("evaluation.alerts.lastYear")}`, data: ev.series.map((p) => p.base ?? null), lineStyle: { type: "dashed" as const } },
      ...(ev.secondary
        ? [{ type: "line" as const, name: pickText(ev.secondaryLabel, lang), yAxisIndex: 1, data: ev.secondary.map((p) => p.value) }]
        : []),
    ];
    return asChartOption({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: periods, axisLabel: { fontSize: 10 } },
      yAxis: [...yAxes, { type: "value", min: 0, max: 1, show: false }],
      series,
    });
  }, [alert, lang, t]);
  return <EChart option={option} height={280} ariaLabel={t("evaluation.alerts.seriesAria")} testId="alert-series" />;
};
