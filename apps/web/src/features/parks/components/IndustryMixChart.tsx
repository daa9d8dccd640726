import { useMemo } from "react";
import { Empty, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import type { ChartOption } from "../../../lib/echarts";
import "../../../lib/echarts-cartesian";
import { axisUnit, formatNumber, formatPercent, formatScaled } from "../../../lib/format";
import { escapeHtml } from "../../../lib/html";
import { useLang } from "../../../lib/i18n";
import { leadingShare } from "../../../lib/kpis";
import { useParkIndustryMix } from "../hooks/useParks";

const TOP = 12;
const LEADING = "#1677ff";
const OTHER = "#a0b4cf";

/** Output by industry (GB/T 4754 division) for one year, leading industries highlighted. */
export const IndustryMixChart = ({ parkId, year }: { parkId: number; year: number | undefined }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const mix = useParkIndustryMix(parkId, year, true);
  const option = useMemo((): ChartOption | null => {
    if (!mix.data) return null;
    const items = [...mix.data.items].sort((a, b) => (b.output ?? 0) - (a.output ?? 0)).slice(0, TOP).reverse();
    const { factor, unit } = axisUnit(Math.max(0, ...items.map((i) => i.output ?? 0)), "万元", lang);
    return {
      grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: "item",
        formatter: (raw) => {
          const p = raw as { dataIndex: number };
          const item = items[p.dataIndex];
          if (!item) return "";
          return [
            `<b>${escapeHtml(`${item.industryCode} ${item.industryName}`)}</b>${item.isLeading ? ` · ${escapeHtml(t("park.mix.leading"))}` : ""}`,
            `${escapeHtml(t("kpi.industrialOutput"))}: ${escapeHtml(formatScaled(item.output, "万元", lang))}`,
            `${escapeHtml(t("kpi.revenue"))}: ${escapeHtml(formatScaled(item.revenue, "万元", lang))}`,
            `${escapeHtml(t("overview.cards.enterprises"))}: ${formatNumber(item.enterprises, lang)}`,
          ].join("<br/>");
        },
      },
      xAxis: { type: "value", name: unit, axisLabel: { fontSize: 10 } },
      yAxis: {
        type: "category",
        data: items.map((i) => `${i.industryCode} ${i.industryName}`),
        axisLabel: { width: 150, overflow: "truncate", fontSize: 11 },
      },
      series: [
        {
          type: "bar",
          name: t("kpi.industrialOutput"),
          data: items.map((i) => ({ value: i.output === null ? null : i.output / factor, itemStyle: { color: i.isLeading ? LEADING : OTHER } })),
          barMaxWidth: 16,
        },
      ],
    };
  }, [mix.data, lang, t]);

  if (mix.isPending) return <PageLoading />;
  if (mix.isError) return <ErrorState error={mix.error} onRetry={() => void mix.refetch()} />;
  if (!option || mix.data.items.length === 0) return <Empty description={t("park.mix.empty")} />;
  const share = leadingShare(mix.data.items);
  return (
    <div data-testid="industry-mix">
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t("park.mix.leadingShare", { year: mix.data.year ?? "—" })} <Typography.Text strong>{formatPercent(share, lang, 1)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
          {t("park.mix.legend")}
        </Typography.Text>
      </Typography.Paragraph>
      <EChart option={option} height={300} ariaLabel={t("park.mix.aria")} />
    </div>
  );
};
