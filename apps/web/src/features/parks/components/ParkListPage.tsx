import { Input, Select, Space, Table, Tag } from "antd";
import type { ColumnsType, SorterResult } from "antd/es/table/interface";
import type { TParkListQuery, TParkSummary } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Panel } from "../../../components/Panel";
import { ErrorState } from "../../../components/ErrorState";
import { PageHeader } from "../../../components/PageHeader";
import { useLang } from "../../../lib/i18n";
import { parkKindLabel } from "../park-kind";
import { parkColumnTitle, parkColumnValue } from "../../../lib/kpi-format";
import { kpiValue, MAX_LEADING_INDUSTRIES, type RankableKpi } from "../../../lib/kpis";
import { yearChoices, useDataYears } from "../../../lib/data-years";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useParkList } from "../hooks/useParks";

const STATE_KEYS = ["q", "level", "kind", "year", "sort", "order", "page", "pageSize"] as const;
const KPI_COLUMNS: readonly RankableKpi[] = ["enterprises", "industrialOutput", "revenue", "taxPaid", "valueAdded", "taxPerMu", "rdIntensity"];
const KINDS = ["etdz", "hitech", "customs", "border", "other", "provincial_ez", "industrial"] as const;
type Sort = TParkListQuery["sort"];
const SORTS: readonly Sort[] = ["name", "industrialOutput", "revenue", "taxPaid", "valueAdded", "enterprises", "taxPerMu", "rdIntensity"];
const isSort = (v: unknown): v is Sort => typeof v === "string" && (SORTS as readonly string[]).includes(v);

/** All parks of the province: search by name or catalogue code, filter by level and kind, sort by any KPI. */
export const ParkListPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, update] = useSearchState(STATE_KEYS);
  const sort: Sort = isSort(state.sort) ? state.sort : "industrialOutput";
  const order = state.order === "asc" ? "asc" : "desc";
  const page = toInt(state.page, 1);
  const pageSize = toInt(state.pageSize, 20);
  const level = state.level === "national" || state.level === "provincial" ? state.level : undefined;
  const kind = KINDS.find((k) => k === state.kind);
  // The KPIs' year: the latest with data unless one is chosen (kept in the address).
  const chosenYear = state.year ? toInt(state.year, 0) || undefined : undefined;
  const list = useParkList({ q: state.q, level, kind, year: chosenYear, sort, order, page, pageSize });
  const dataYears = useDataYears();
  const shownYear = list.data?.year ?? chosenYear ?? null;

  const sortOrder = (key: Sort) => (sort === key ? (order === "asc" ? "ascend" : "descend") : null);
  const columns: ColumnsType<TParkSummary> = [
    {
      title: t("park.name"),
      key: "name",
      fixed: "left",
      width: 240,
      ellipsis: true,
      sorter: true,
      sortOrder: sortOrder("name"),
      render: (_: unknown, p) => <Link to={`/parks/${p.id}`}>{p.name}</Link>,
    },
    { title: t("park.catalogueCode"), dataIndex: "catalogueCode", key: "catalogueCode", width: 110, render: (v: string | null) => v ?? "—" },
    { title: t("park.level"), dataIndex: "level", key: "level", width: 80, render: (v: TParkSummary["level"]) => t(`parkLevel.${v}`) },
    { title: t("park.kind"), key: "kind", width: 140, ellipsis: true, render: (_: unknown, p) => parkKindLabel(p, lang, t) },
    ...KPI_COLUMNS.map(
      (key): ColumnsType<TParkSummary>[number] => ({
        title: parkColumnTitle(t(`kpi.${key}`), key, lang),
        key,
        align: "right",
        width: key === "enterprises" ? 90 : 120,
        className: "num",
        sorter: true,
        sortDirections: ["descend", "ascend"],
        sortOrder: sortOrder(key),
        render: (_: unknown, p) => parkColumnValue(key, kpiValue(p.kpis, key), lang),
      }),
    ),
    {
      title: t("park.leadingIndustryCount"),
      dataIndex: "leadingIndustryCount",
      key: "leading",
      align: "right",
      width: 100,
      render: (n: number) => (n > MAX_LEADING_INDUSTRIES ? <Tag color="red">{n}</Tag> : n),
    },
  ];

  return (
    <div data-testid="park-list-page">
      <PageHeader title={t("nav.parks")} subtitle={list.data?.year ? t("park.kpiYear", { year: list.data.year }) : undefined} />
      <Panel>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label={t("park.search")}
            placeholder={t("park.search")}
            allowClear
            defaultValue={state.q}
            onSearch={(q) => update({ q })}
            style={{ width: 260 }}
          />
          <Select
            aria-label={t("park.level")}
            placeholder={t("park.level")}
            allowClear
            style={{ width: 130 }}
            value={level}
            onChange={(v: string | undefined) => update({ level: v })}
            options={(["national", "provincial"] as const).map((v) => ({ value: v, label: t(`parkLevel.${v}`) }))}
          />
          <Select<number>
            aria-label={t("overview.year")}
            style={{ width: 120 }}
            value={shownYear ?? undefined}
            onChange={(v) => update({ year: v })}
            options={yearChoices(dataYears.data?.years ?? [], shownYear).map((y) => ({ value: y, label: t("common.yearN", { year: y }) }))}
            data-testid="park-list-year"
          />
          <Select
            aria-label={t("park.kind")}
            placeholder={t("park.kind")}
            allowClear
            style={{ width: 170 }}
            value={kind}
            onChange={(v: string | undefined) => update({ kind: v })}
            options={KINDS.map((v) => ({ value: v, label: t(`parkKind.${v}`) }))}
          />
        </Space>
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<TParkSummary>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 1400 }}
            onChange={(pagination, _filters, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TParkSummary> | undefined;
              const key = s?.columnKey;
              const nextSort = s?.order && isSort(key) ? key : undefined;
              const sortChanged = (nextSort ?? "industrialOutput") !== sort || (s?.order === "ascend" ? "asc" : "desc") !== order;
              update({
                sort: nextSort,
                order: s?.order === "ascend" ? "asc" : s?.order === "descend" ? "desc" : undefined,
                page: sortChanged ? 1 : pagination.current,
                pageSize: pagination.pageSize,
              });
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (n) => t("common.totalItems", { n }),
            }}
            locale={{ emptyText: t("park.empty") }}
          />
        )}
      </Panel>
    </div>
  );
};
