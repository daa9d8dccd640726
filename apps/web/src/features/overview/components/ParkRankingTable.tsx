import { Tag, Tooltip } from "antd";
import type { TParkSummary } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SortableTable, type SortableColumn } from "../../../components/SortableTable";
import { useLang } from "../../../lib/i18n";
import { parkColumnTitle, parkColumnValue } from "../../../lib/kpi-format";
import { kpiValue, MAX_LEADING_INDUSTRIES, type RankableKpi } from "../../../lib/kpis";

const COLUMNS: readonly RankableKpi[] = ["enterprises", "industrialOutput", "revenue", "taxPaid", "valueAdded", "taxPerMu", "rdIntensity"];

/** Every park of the year, sortable by any KPI (unknown values stay at the bottom either way). */
export const ParkRankingTable = ({ parks }: { parks: readonly TParkSummary[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: SortableColumn<TParkSummary>[] = [
    {
      key: "name",
      title: t("park.name"),
      width: 240,
      sticky: true,
      sortValue: (p) => p.name,
      render: (p) => <Link to={`/parks/${p.id}`}>{p.name}</Link>,
    },
    { key: "level", title: t("park.level"), width: 72, sortValue: (p) => p.level, render: (p) => t(`parkLevel.${p.level}`) },
    ...COLUMNS.map(
      (key): SortableColumn<TParkSummary> => ({
        key,
        title: parkColumnTitle(t(`kpi.${key}`), key, lang),
        align: "right",
        sortValue: (p) => kpiValue(p.kpis, key),
        render: (p) => parkColumnValue(key, kpiValue(p.kpis, key), lang),
      }),
    ),
    {
      key: "leading",
      title: t("park.leadingIndustryCount"),
      align: "right",
      sortValue: (p) => p.leadingIndustryCount,
      render: (p) =>
        p.leadingIndustryCount > MAX_LEADING_INDUSTRIES ? (
          <Tooltip title={t("overview.leading.overLimit")}>
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {p.leadingIndustryCount}
            </Tag>
          </Tooltip>
        ) : (
          p.leadingIndustryCount
        ),
    },
  ];
  return (
    <SortableTable
      rows={parks}
      columns={columns}
      rowKey={(p) => p.id}
      defaultSort={{ key: "industrialOutput", direction: "desc" }}
      caption={t("overview.ranking.caption")}
      testId="park-ranking"
      empty={t("park.empty")}
    />
  );
};
