import { useMemo, useState } from "react";
import { Empty, Segmented } from "antd";
import type { TMonthlyRecord } from "@parkpilot/contracts";
import { MONTHLY_FIELDS } from "@parkpilot/core";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import type { ChartOption } from "../../../lib/echarts";
import "../../../lib/echarts-cartesian";
import { axisUnit, formatNumber } from "../../../lib/format";
import { escapeHtml } from "../../../lib/html";
import { useLang } from "../../../lib/i18n";
import { describeProvenance } from "../../../lib/provenance";
import styles from "./EnterprisePage.module.css";

type MonthlyKey = (typeof MONTHLY_FIELDS)[number]["key"];

/** One monthly indicator over time; the tooltip names the month's source. */
export const MonthlyChart = ({ monthly }: { monthly: readonly TMonthlyRecord[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [key, setKey] = useState<MonthlyKey>("output");
  const field = MONTHLY_FIELDS.find((f) => f.key === key) ?? MONTHLY_FIELDS[0];
  const option = useMemo((): ChartOption => {
    const values = monthly.map((m) => m.values[key]?.value ?? null);
    const { factor, unit } = axisUnit(Math.max(0, ...values.map((v) => Math.abs(v ?? 0))), field.unit, lang);
    return {
      grid: { left: 56, right: 16, top: 32, bottom: 28 },
      tooltip: {
        trigger: "axis",
        formatter: (raw) => {
          const row = (Array.isArray(raw) ? raw[0] : raw) as { dataIndex: number; marker?: string } | undefined;
          const record = row ? monthly[row.dataIndex] : undefined;
          if (!record) return "";
          const v = record.values[key];
          const text = v?.value === null || v?.value === undefined ? "—" : `${formatNumber(v.value / factor, lang, 2)} ${unit}`;
          return `<b>${record.period}</b><br/>${row?.marker ?? ""}${text}<br/><span style="color:#888;font-size:11px">${escapeHtml(describeProvenance(v?.source ?? null, t, lang))}</span>`;
        },
      },
      xAxis: { type: "category", data: monthly.map((m) => m.period) },
      yAxis: { type: "value", name: unit },
      series: [{ type: "line", name: lang === "zh-CN" ? field.zh : field.en, data: values.map((v) => (v === null ? null : v / factor)), symbolSize: 4, areaStyle: { opacity: 0.08 } }],
    };
  }, [monthly, key, field, lang, t]);
  if (monthly.length === 0) return <Empty description={t("enterprise.noMonthly")} />;
  return (
    <>
      <div className={styles.metricSwitch}>
        <Segmented<MonthlyKey>
          aria-label={t("enterprise.monthlyMetric")}
          size="small"
          value={key}
          onChange={setKey}
          options={MONTHLY_FIELDS.map((f) => ({ value: f.key, label: lang === "zh-CN" ? f.zh : f.en }))}
        />
      </div>
      <EChart option={option} height={300} ariaLabel={t("enterprise.monthlyChartAria", { metric: lang === "zh-CN" ? field.zh : field.en })} testId="monthly-chart" />
    </>
  );
};
