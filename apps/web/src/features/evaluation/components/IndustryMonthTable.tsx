import { Table, Tag, Tooltip } from "antd";
import type { TParkMonitoring } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatSignedPercent } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { contributionText, monthQuantity, nullsLast, type MonitoringField } from "../monitoring-format";

type Row = TParkMonitoring["industries"][number];

/**
 * The park's industries (GB/T 4754 divisions) in a month: value, growth, cumulative figures and
 * contribution to the park's growth, sortable with unknown values last; leading industries tagged.
 */
export const IndustryMonthTable = ({ rows, field, period }: { rows: readonly Row[]; field: MonitoringField; period: string }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const m = Number(period.slice(5));
  return (
    <Table<Row>
      size="small"
      rowKey="division"
      dataSource={[...rows]}
      pagination={{ pageSize: 15, showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        { title: t("evaluation.monitoring.division"), dataIndex: "division", width: 90, sorter: nullsLast<Row>((r) => r.division) },
        {
          title: t("evaluation.monitoring.industryName"),
          key: "name",
          render: (_: unknown, r: Row) => (
            <span>
              {r.name} {r.isLeading && <Tag color="gold">{t("evaluation.monitoring.leadingTag")}</Tag>}
            </span>
          ),
        },
        {
          title: t("evaluation.monitoring.value"),
          dataIndex: "value",
          align: "right",
          sorter: nullsLast<Row>((r) => r.value),
          defaultSortOrder: "descend",
          render: (v: number | null) => monthQuantity(v, field, lang),
        },
        { title: t("evaluation.monitoring.yoy"), dataIndex: "yoy", align: "right", sorter: nullsLast<Row>((r) => r.yoy), render: (v: number | null) => formatSignedPercent(v, lang) },
        { title: t("evaluation.monitoring.ytd", { m }), dataIndex: "ytd", align: "right", sorter: nullsLast<Row>((r) => r.ytd), render: (v: number | null) => monthQuantity(v, field, lang) },
        { title: t("evaluation.monitoring.ytdYoy"), dataIndex: "ytdYoy", align: "right", sorter: nullsLast<Row>((r) => r.ytdYoy), render: (v: number | null) => formatSignedPercent(v, lang) },
        {
          title: <Tooltip title={t("evaluation.monitoring.contributionHelp")}>{t("evaluation.monitoring.contribution")}</Tooltip>,
          dataIndex: "contribution",
          align: "right",
          sorter: nullsLast<Row>((r) => r.contribution),
          render: (v: number | null) => contributionText(v, lang),
        },
      ]}
    />
  );
};
