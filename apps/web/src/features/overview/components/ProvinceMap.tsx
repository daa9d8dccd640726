import { useEffect, useMemo, useRef, useState } from "react";
import { Alert, Flex, Typography } from "antd";
import type { TParkSummary } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { EChart, type ChartHover } from "../../../components/EChart";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { classOf, interpolateColour, quantileBreaks } from "../../../lib/colour";
import type { ChartOption } from "../../../lib/echarts";
import { echarts } from "../../../lib/echarts-map";
import { useLang } from "../../../lib/i18n";
import { formatKpi } from "../../../lib/kpi-format";
import { kpiValue, type RankableKpi } from "../../../lib/kpis";
import { useProvinceGeo } from "../hooks/useProvinceGeo";
import styles from "./OverviewPage.module.css";

interface ProvinceMapProps {
  readonly provinceCode: string;
  readonly parks: readonly TParkSummary[];
  readonly kpi: RankableKpi;
  /** Called once the map (or its fallback) is on screen. */
  readonly onReady: () => void;
}

interface ParkPoint {
  readonly name: string;
  readonly id: number;
  /** [longitude, latitude, output, kpi] */
  readonly value: [number, number, number | null, number | null];
  readonly itemStyle: { color: string };
}

const isPoint = (data: unknown): data is ParkPoint => typeof data === "object" && data !== null && "id" in data && "value" in data;

const TIP_WIDTH = 290;
const MIN_SYMBOL = 6;
const MAX_SYMBOL = 30;
const STOPS = ["#d6e4ff", "#10239e"];
const NO_DATA = "#bfbfbf";

/**
 * Parks with coordinates as points on the province's city boundaries: size by industrial
 * output, colour by the chosen KPI in five quantile classes (so one giant park does not wash
 * out the others). A click opens the park. Coordinates and boundaries are both GCJ-02
 * (DataV); the offset to WGS-84 (≈ 500 m) is invisible at province scale.
 */
export const ProvinceMap = ({ provinceCode, parks, kpi, onReady }: ProvinceMapProps) => {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const geo = useProvinceGeo(provinceCode);
  const [hover, setHover] = useState<ChartHover | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const mapName = `province-${provinceCode}`;

  const located = useMemo(() => parks.filter((p) => p.longitude !== null && p.latitude !== null), [parks]);
  const values = useMemo(() => located.flatMap((p) => kpiValue(p.kpis, kpi) ?? []), [located, kpi]);
  const breaks = useMemo(() => quantileBreaks(values), [values]);
  const colours = useMemo(() => Array.from({ length: breaks.length + 1 }, (_, i) => interpolateColour(STOPS, breaks.length ? i / breaks.length : 1)), [breaks]);
  const points = useMemo(
    () =>
      located.map((p): ParkPoint => {
        const value = kpiValue(p.kpis, kpi);
        return {
          name: p.name,
          id: p.id,
          value: [p.longitude ?? 0, p.latitude ?? 0, p.kpis?.industrialOutput ?? null, value],
          itemStyle: { color: value === null ? NO_DATA : (colours[classOf(value, breaks)] ?? NO_DATA) },
        };
      }),
    [located, kpi, breaks, colours],
  );

  const option = useMemo((): ChartOption | null => {
    if (!geo.data) return null;
    if (!echarts.getMap(mapName)) echarts.registerMap(mapName, geo.data as Parameters<typeof echarts.registerMap>[1]);
    const maxOutput = Math.max(1, ...points.map((p) => p.value[2] ?? 0));
    const size = (output: number | null) => (output === null || output <= 0 ? MIN_SYMBOL : MIN_SYMBOL + (MAX_SYMBOL - MIN_SYMBOL) * Math.sqrt(output / maxOutput));
    const kpiLabel = t(`kpi.${kpi}`);
    return {
      // No entry animation: the map is read, not watched, and is complete on its first frame.
      animation: false,
      // Hovered points grow; the tooltip is ours (see the element below the chart).
      geo: {
        map: mapName,
        roam: true,
        scaleLimit: { min: 0.8, max: 8 },
        itemStyle: { areaColor: "#f3f6fb", borderColor: "#9fb3c8" },
        emphasis: { itemStyle: { areaColor: "#e6f0ff" }, label: { show: true, color: "#555" } },
        label: { show: false },
        select: { disabled: true },
      },
      series: [
        {
          name: kpiLabel,
          type: "scatter",
          coordinateSystem: "geo",
          // Small parks on top of large ones, so every point stays clickable.
          data: [...points].sort((a, b) => (b.value[2] ?? 0) - (a.value[2] ?? 0)),
          symbolSize: (v: ParkPoint["value"]) => size(v[2]),
          itemStyle: { borderColor: "#fff", borderWidth: 1, opacity: 0.92 },
          emphasis: { scale: 1.3 },
        },
      ],
    };
  }, [geo.data, mapName, points, kpi, t]);

  const noMap = geo.isSuccess && geo.data === null;
  useEffect(() => {
    if (noMap || geo.isError) onReady();
  }, [noMap, geo.isError, onReady]);

  if (geo.isPending) return <PageLoading />;
  if (geo.isError) return <ErrorState error={geo.error} onRetry={() => void geo.refetch()} />;
  if (noMap || !option) return <Alert type="info" showIcon title={t("overview.map.noMap")} />;

  const missing = parks.length - located.length;
  const bounds = [null, ...breaks, null];
  return (
    <>
      <div className={styles.mapBox} ref={box}>
      <EChart
        option={option}
        height={440}
        ariaLabel={t("overview.map.aria", { kpi: t(`kpi.${kpi}`), n: located.length, count: located.length })}
        onRendered={onReady}
        onClick={(e) => {
          if (isPoint(e.data)) navigate(`/parks/${e.data.id}`);
        }}
        onHover={setHover}
        testId="province-map"
      />
      {hover && isPoint(hover.data) && (
        <div className={styles.mapTip} style={{ left: Math.max(0, Math.min(hover.x + 14, (box.current?.clientWidth ?? 600) - TIP_WIDTH)), top: hover.y + 14 }} role="tooltip">
          <strong>{hover.data.name}</strong>
          <div>
            {t(`kpi.${kpi}`)}: {formatKpi(kpi, hover.data.value[3], lang)}
          </div>
          <div>
            {t("kpi.industrialOutput")}: {formatKpi("industrialOutput", hover.data.value[2], lang)}
          </div>
          <div className={styles.mapTipHint}>{t("overview.map.clickToOpen")}</div>
        </div>
      )}
      </div>
      <Flex wrap gap={10} className={styles.mapLegend} data-testid="map-legend" aria-label={t("overview.map.legendLabel", { kpi: t(`kpi.${kpi}`) })} role="list">
        {/* A year without any reported value has no classes to show: only "no data". */}
        {values.length > 0 && colours.map((colour, i) => {
          const lo = bounds[i];
          const hi = bounds[i + 1];
          const text =
            lo === null || lo === undefined
              ? `≤ ${formatKpi(kpi, hi, lang)}`
              : hi === null || hi === undefined
                ? `> ${formatKpi(kpi, lo, lang)}`
                : `${formatKpi(kpi, lo, lang)} – ${formatKpi(kpi, hi, lang)}`;
          return (
            <span key={colour} role="listitem" className={styles.legendItem}>
              <i style={{ background: colour }} aria-hidden />
              {breaks.length === 0 ? t("overview.map.allSame") : text}
            </span>
          );
        })}
        <span role="listitem" className={styles.legendItem}>
          <i style={{ background: NO_DATA }} aria-hidden />
          {t("overview.map.noData")}
        </span>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("overview.map.legend")}
        {missing > 0 && ` ${t("overview.map.missing", { n: missing, count: missing })}`}
      </Typography.Text>
    </>
  );
};
