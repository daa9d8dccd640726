import { useCallback, useEffect, useState } from "react";
import { Empty, Select, Space } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { ErrorState } from "../../../components/ErrorState";
import { PageHeader } from "../../../components/PageHeader";
import { PageLoading } from "../../../components/PageLoading";
import { yearChoices, useDataYears } from "../../../lib/data-years";
import { RANKABLE_KPIS, type RankableKpi } from "../../../lib/kpis";
import { useOverviewData } from "../hooks/useOverviewData";
import { HeadlineCards } from "./HeadlineCards";
import { LeadingIndustryChart } from "./LeadingIndustryChart";
import { ParkRankingTable } from "./ParkRankingTable";
import { ProvinceMap } from "./ProvinceMap";
import styles from "./OverviewPage.module.css";

/** Name of the Performance API mark set when map, cards and table show data (bench and e2e read it). */
export const OVERVIEW_READY_MARK = "overview-ready";

/** The province official's start page: map, headline figures, ranking, leading-industry check. */
export const OverviewPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [kpi, setKpi] = useState<RankableKpi>("industrialOutput");
  const [mapReady, setMapReady] = useState(false);
  const { current, dataYear, totals, previousTotals, previousSettled } = useOverviewData(year);

  const onMapReady = useCallback(() => setMapReady(true), []);
  // Fully rendered: the map has drawn, the ranking and the cards hold data, year-on-year included.
  const ready = mapReady && current.isSuccess && totals !== null && previousSettled;
  useEffect(() => {
    if (!ready || document.documentElement.dataset.overviewReady) return;
    performance.mark(OVERVIEW_READY_MARK);
    document.documentElement.dataset.overviewReady = "true";
  }, [ready]);
  useEffect(() => () => void delete document.documentElement.dataset.overviewReady, []);

  const dataYears = useDataYears();
  const years = yearChoices(dataYears.data?.years ?? [], dataYear);
  const yearOptions = years.map((y) => ({ value: y, label: t("common.yearN", { year: y }) }));

  const header = (
    <PageHeader
      title={t("overview.title", { province: me.scopeName })}
      subtitle={t("overview.subtitle")}
      extra={
        <Select<number>
          aria-label={t("overview.year")}
          style={{ width: 120 }}
          value={dataYear ?? undefined}
          options={yearOptions}
          onChange={(v) => setYear(v)}
          disabled={yearOptions.length === 0}
        />
      }
    />
  );

  if (current.isPending) return <>{header}<PageLoading /></>;
  if (current.isError) return <>{header}<ErrorState error={current.error} onRetry={() => void current.refetch()} /></>;
  const parks = current.data.items;
  if (parks.length === 0 || dataYear === null || !totals) {
    return (
      <>
        {header}
        <Panel>
          <Empty description={t("overview.empty")} />
        </Panel>
      </>
    );
  }

  return (
    <div data-testid="overview-page">
      {header}
      <HeadlineCards totals={totals} previous={previousTotals} year={dataYear} />
      <div className={styles.grid}>
        <Panel
          title={t("overview.map.title")}
          extra={
            <Space>
              <span id="map-kpi-label">{t("overview.map.colourBy")}</span>
              <Select<RankableKpi>
                aria-labelledby="map-kpi-label"
                size="small"
                style={{ width: 150 }}
                value={kpi}
                onChange={setKpi}
                options={RANKABLE_KPIS.map((k) => ({ value: k, label: t(`kpi.${k}`) }))}
                data-testid="map-kpi-select"
              />
            </Space>
          }
        >
          <ProvinceMap provinceCode={me.scope.provinceCode} parks={parks} kpi={kpi} onReady={onMapReady} />
        </Panel>
        <Panel title={t("overview.leading.title")}>
          <LeadingIndustryChart parks={parks} />
        </Panel>
      </div>
      <Panel title={t("overview.ranking.title", { year: dataYear })} className={styles.tableCard}>
        <ParkRankingTable parks={parks} />
      </Panel>
    </div>
  );
};
