import { useMemo } from "react";
import type { TFunnel } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import type { ChartOption } from "../../../lib/echarts";
import "../../../lib/echarts-cartesian";
import { pickText, useLang } from "../../../lib/i18n";

const COLOURS = { recognised: "#1677ff", eligible: "#52c41a", undetermined: "#faad14", nearMiss: "#b37feb" } as const;

/**
 * The funnel as stacked bars, one per tier in ladder order: recognised titles, then enterprises
 * assessed eligible but not recognised, pending ones, and near misses. Clicking a segment picks
 * that tier and kind in the candidate list.
 */
export const FunnelChart = ({ funnel, onPick }: { funnel: TFunnel; onPick: (tier: TFunnel["tiers"][number]["tier"], kind: "eligible" | "undetermined" | "near_miss" | null) => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const tiers = useMemo(() => [...funnel.tiers].reverse(), [funnel]);
  const option = useMemo((): ChartOption => {
    const series = (key: keyof typeof COLOURS, name: string, value: (x: TFunnel["tiers"][number]) => number) => ({
      type: "bar" as const,
      name,
      stack: "total",
      itemStyle: { color: COLOURS[key] },
      barMaxWidth: 22,
      label: { show: true, position: "inside" as const, fontSize: 10, formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : "") },
      data: tiers.map(value),
    });
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, data: [t("gradient.funnel.recognised"), t("gradient.funnel.eligible"), t("gradient.funnel.undetermined"), t("gradient.funnel.nearMiss")] },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: tiers.map((x) => pickText(x.label, lang)), axisLabel: { width: 170, overflow: "truncate", fontSize: 11 } },
      series: [
        series("recognised", t("gradient.funnel.recognised"), (x) => x.recognised),
        series("eligible", t("gradient.funnel.eligible"), (x) => x.eligibleNotRecognised),
        series("undetermined", t("gradient.funnel.undetermined"), (x) => x.undetermined),
        series("nearMiss", t("gradient.funnel.nearMiss"), (x) => x.nearMiss),
      ],
    };
  }, [tiers, lang, t]);
  const kinds = [null, "eligible", "undetermined", "near_miss"] as const;
  return (
    <EChart
      option={option}
      height={Math.max(260, tiers.length * 34 + 60)}
      ariaLabel={t("gradient.funnel.aria", { year: funnel.year })}
      testId="gradient-funnel"
      onClick={(e) => {
        const tier = tiers[e.dataIndex];
        const series = [t("gradient.funnel.recognised"), t("gradient.funnel.eligible"), t("gradient.funnel.undetermined"), t("gradient.funnel.nearMiss")].indexOf(e.seriesName ?? "");
        if (tier) onPick(tier.tier, kinds[series] ?? null);
      }}
    />
  );
};
