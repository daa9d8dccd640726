import { useMemo } from "react";
import type { TAnnualRecord } from "@parkpilot/contracts";
import { annualFieldByKey } from "@parkpilot/core";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import type { ChartOption } from "../../../lib/echarts";
import "../../../lib/echarts-cartesian";
import { axisUnit, formatNumber } from "../../../lib/format";
import { escapeHtml } from "../../../lib/html";
import { useLang } from "../../../lib/i18n";
import { describeProvenance } from "../../../lib/provenance";

const KEYS = ["revenue", "industrialOutput", "valueAdded", "taxPaid", "profit"] as const;
const COLORS = ["#5b8ff9", "#61ddaa", "#65789b", "#f6bd16", "#7262fd"];

/** Money indicators by year; the tooltip names each value's source. */
export const AnnualChart = ({ annual }: { annual: readonly TAnnualRecord[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const option = useMemo((): ChartOption => {
    const max = Math.max(0, ...annual.flatMap((r) => KEYS.map((k) => Math.abs(r.values[k]?.value ?? 0))));
    const { factor, unit } = axisUnit(max, "万元", lang);
    const name = (k: (typeof KEYS)[number]) => {
      const f = annualFieldByKey.get(k);
      return f ? (lang === "zh-CN" ? f.zh : f.en) : k;
    };
    return {
      color: COLORS,
      grid: { left: 56, right: 16, top: 40, bottom: 28 },
      legend: { top: 0 },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (raw) => {
          const rows = (Array.isArray(raw) ? raw : [raw]) as { dataIndex: number; seriesIndex: number; marker?: string }[];
          const record = annual[rows[0]?.dataIndex ?? -1];
          if (!record) return "";
          return [
            `<b>${record.year}</b>`,
            ...rows.map((r) => {
              const key = KEYS[r.seriesIndex];
              if (!key) return "";
              const v = record.values[key];
              const text = v?.value === null || v?.value === undefined ? "—" : `${formatNumber(v.value / factor, lang, 2)} ${unit}`;
              return `${r.marker ?? ""}${escapeHtml(name(key))}: ${text}<br/><span style="color:#888;font-size:11px">${escapeHtml(describeProvenance(v?.source ?? null, t, lang))}</span>`;
            }),
          ].join("<br/>");
        },
      },
      xAxis: { type: "category", data: annual.map((r) => String(r.year)) },
      yAxis: { type: "value", name: unit },
      series: KEYS.map((k) => ({
        type: "bar" as const,
        name: name(k),
        data: annual.map((r) => {
          const v = r.values[k]?.value;
          return v === null || v === undefined ? null : v / factor;
        }),
        barMaxWidth: 18,
      })),
    };
  }, [annual, lang, t]);
  return <EChart option={option} height={280} ariaLabel={t("enterprise.annualChartAria")} testId="annual-chart" />;
};
