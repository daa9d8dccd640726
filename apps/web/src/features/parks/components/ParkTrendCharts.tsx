import { useMemo } from "react";
import { Empty, Typography } from "antd";
import type { TParkMonthlyPoint } from "@parkpilot/contracts";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import type { ChartOption } from "../../../lib/echarts";
import { valueAndPercentAxes } from "../../../lib/echarts-cartesian";
import { axisUnit, formatNumber, formatSignedPercent, type Lang } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { yearOnYear } from "../../../lib/series";
import { useParkMonthly } from "../hooks/useParks";
import styles from "./ParkPage.module.css";

type Metric = "output" | "revenue" | "electricityKwh" | "taxPaid";
const METRICS: readonly { key: Metric; unit: string }[] = [
  { key: "output", unit: "万元" },
  { key: "revenue", unit: "万元" },
  { key: "electricityKwh", unit: "千瓦时" },
  { key: "taxPaid", unit: "万元" },
];

const trendOption = (series: readonly TParkMonthlyPoint[], metric: Metric, zhUnit: string, lang: Lang, t: TFunction): ChartOption => {
  const values = series.map((p) => p[metric]);
  const yoy = yearOnYear(series, (p) => p[metric]);
  const { factor, unit } = axisUnit(Math.max(0, ...values.map((v) => Math.abs(v ?? 0))), zhUnit, lang);
  const name = t(`park.trend.${metric}`);
  const yoyName = t("park.trend.yoy");
  return {
    grid: { left: 56, right: 52, top: 36, bottom: 28 },
    legend: { top: 0, left: "center", itemWidth: 14, textStyle: { fontSize: 11 } }, // centred: the axis names (unit, %) sit in the top corners
    tooltip: {
      trigger: "axis",
      valueFormatter: (v) => (typeof v === "number" ? formatNumber(v, lang, 2) : "—"),
      formatter: (raw) => {
        const rows = (Array.isArray(raw) ? raw : [raw]) as { axisValue?: string; seriesName?: string; value?: unknown; marker?: string }[];
        const head = rows[0]?.axisValue ?? "";
        return [
          head,
          ...rows.map((r) => {
            const v = typeof r.value === "number" ? r.value : null;
            const text = r.seriesName === yoyName ? formatSignedPercent(v === null ? null : v / 100, lang) : v === null ? "—" : `${formatNumber(v, lang, 2)} ${unit}`;
            return `${r.marker ?? ""}${r.seriesName ?? ""}: ${text}`;
          }),
        ].join("<br/>");
      },
    },
    xAxis: { type: "category", data: series.map((p) => p.period), axisLabel: { fontSize: 10 } },
    yAxis: valueAndPercentAxes(unit),
    series: [
      {
        name,
        type: "bar",
        data: values.map((v) => (v === null ? null : v / factor)),
        itemStyle: { color: "#5b8ff9" },
        barMaxWidth: 14,
      },
      {
        name: yoyName,
        type: "line",
        yAxisIndex: 1,
        data: yoy.map((v) => (v === null ? null : Math.round(v * 1000) / 10)),
        itemStyle: { color: "#fa8c16" },
        symbolSize: 4,
        connectNulls: false,
      },
    ],
  };
};

/** 36 months of the park's output, revenue, electricity and tax, each with its year-on-year line. */
export const ParkTrendCharts = ({ parkId }: { parkId: number }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const monthly = useParkMonthly(parkId, true);
  const options = useMemo(
    () => (monthly.data ? METRICS.map((m) => ({ key: m.key, option: trendOption(monthly.data.series, m.key, m.unit, lang, t) })) : []),
    [monthly.data, lang, t],
  );
  if (monthly.isPending) return <PageLoading />;
  if (monthly.isError) return <ErrorState error={monthly.error} onRetry={() => void monthly.refetch()} />;
  if (monthly.data.series.length === 0) return <Empty description={t("park.trend.empty")} />;
  const first = monthly.data.series[0]?.period;
  const last = monthly.data.series.at(-1)?.period;
  return (
    <div data-testid="park-trends">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("park.trend.range", { from: first, to: last })}
      </Typography.Text>
      <div className={styles.trends}>
        {options.map(({ key, option }) => (
          <div key={key}>
            <Typography.Text strong>{t(`park.trend.${key}`)}</Typography.Text>
            <EChart option={option} height={220} ariaLabel={t("park.trend.aria", { metric: t(`park.trend.${key}`) })} />
          </div>
        ))}
      </div>
    </div>
  );
};
