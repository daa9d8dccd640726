import { useState } from "react";
import { message as antdMessage, AutoComplete, Button, Flex, Input, Select, Table, Tag, Tooltip } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import type { ColumnsType, SorterResult } from "antd/es/table/interface";
import type { TEnterpriseListQuery, TEnterpriseSummary } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { industryFilterCode } from "../industry-filter";
import { Link } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { GeneratedBadge } from "../../../components/GeneratedBadge";
import { saveBlob } from "../../../lib/download";
import { describeError } from "../../../lib/errors";
import { formatNumber, unitLabel } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { XLSX_MIME } from "../../../lib/xlsx";
import { EXPORT_LIMIT, fetchAllEnterprises, type EnterpriseListParams } from "../api";
import { ParkFilterSelect } from "../../parks/components/ParkFilterSelect";
import { enterprisesToXlsx } from "../export";
import { useEnterpriseList } from "../hooks/useEnterprises";

const STATE_KEYS = ["q", "park", "industry", "status", "sort", "order", "page", "pageSize"] as const;
const STATUSES = ["operating", "suspended", "deregistered", "relocated"] as const;
type Status = (typeof STATUSES)[number];
type Sort = TEnterpriseListQuery["sort"];
const SORTS: readonly Sort[] = ["name", "revenue", "taxPaid", "industrialOutput"];
const isSort = (v: unknown): v is Sort => typeof v === "string" && (SORTS as readonly string[]).includes(v);
/** A GB/T 4754 section letter or a 2–4 digit code (division, group, class). */

const STATUS_COLOR: Record<Status, string> = { operating: "green", suspended: "orange", deregistered: "default", relocated: "purple" };

interface EnterpriseTableProps {
  /** Restrict to one park (the park page); otherwise the whole scope. */
  readonly parkId?: number;
  /** Show the park column and let the user narrow the list to one park (the province's list). */
  readonly showPark?: boolean;
  /** Industry codes offered in the filter (e.g. the park's leading industries). */
  readonly industryOptions?: readonly { value: string; label: string }[];
  /** Base of the export file name (park or province name). */
  readonly exportName: string;
}

/** Enterprises of the scope: filter by industry and status, search by name or credit code, page, export. */
export const EnterpriseTable = ({ parkId, showPark = false, industryOptions = [], exportName }: EnterpriseTableProps) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [message, messageHolder] = antdMessage.useMessage();
  const [state, update] = useSearchState(STATE_KEYS);
  const [industryText, setIndustryText] = useState(state.industry ?? "");
  const [exporting, setExporting] = useState(false);
  const sort: Sort = isSort(state.sort) ? state.sort : "name";
  const order = state.order === "desc" ? "desc" : "asc";
  const page = toInt(state.page, 1);
  const pageSize = toInt(state.pageSize, 20);
  const status = STATUSES.find((s) => s === state.status);
  const industry = state.industry ? industryFilterCode(state.industry) || undefined : undefined;
  const chosenPark = showPark && state.park ? toInt(state.park, 0) || undefined : undefined;
  const filter: EnterpriseListParams = { parkId: parkId ?? chosenPark, q: state.q, industry, status, sort, order };
  const list = useEnterpriseList({ ...filter, page, pageSize });
  const industryInvalid = industryFilterCode(industryText) === null;

  const applyIndustry = (raw: string) => {
    const code = industryFilterCode(raw);
    setIndustryText(code ?? raw.trim().toUpperCase());
    if (code !== null) update({ industry: code });
  };

  const exportXlsx = async () => {
    setExporting(true);
    const key = "enterprise-export";
    try {
      const all = await fetchAllEnterprises(filter, (loaded, total) =>
        message.open({ key, type: "loading", content: t("enterprise.exporting", { loaded, total: Math.min(total, EXPORT_LIMIT) }), duration: 0 }),
      );
      const bytes = enterprisesToXlsx(all.items, all.year, t, lang);
      saveBlob(new Blob([bytes], { type: XLSX_MIME }), `${exportName}_${t("enterprise.exportFile")}_${new Date().toISOString().slice(0, 10)}.xlsx`);
      message.open({
        key,
        type: all.total > EXPORT_LIMIT ? "warning" : "success",
        content: all.total > EXPORT_LIMIT ? t("enterprise.exportTruncated", { n: EXPORT_LIMIT, total: all.total }) : t("enterprise.exported", { n: all.items.length, count: all.items.length }),
      });
    } catch (error) {
      message.open({ key, type: "error", content: describeError(error, t).title });
    } finally {
      setExporting(false);
    }
  };

  const year = list.data?.year ?? null;
  const money = unitLabel("万元", lang);
  const sortOrder = (key: Sort) => (sort === key ? (order === "asc" ? "ascend" : "descend") : null);
  const moneyColumn = (key: "revenue" | "industrialOutput" | "taxPaid"): ColumnsType<TEnterpriseSummary>[number] => ({
    title: `${t(`kpi.${key}`)} (${money})`,
    key,
    align: "right",
    width: 130,
    className: "num",
    sorter: true,
    sortDirections: ["descend", "ascend"],
    sortOrder: sortOrder(key),
    render: (_: unknown, e) => formatNumber(e[key], lang, 2),
  });
  const columns: ColumnsType<TEnterpriseSummary> = [
    {
      title: t("enterprise.name"),
      key: "name",
      fixed: "left",
      width: 260,
      sorter: true,
      sortOrder: sortOrder("name"),
      render: (_: unknown, e) => (
        <Flex gap={6} align="center" wrap={false}>
          <Link to={`/enterprises/${e.id}`} style={{ minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }} title={e.name}>
            {e.name}
          </Link>
          {e.isGenerated && <GeneratedBadge />}
        </Flex>
      ),
    },
    { title: t("enterprise.creditCode"), dataIndex: "creditCode", key: "creditCode", width: 180, className: "num" },
    ...(showPark
      ? [{ title: t("enterprise.park"), dataIndex: "parkName", key: "park", width: 180, ellipsis: true, render: (v: string | null) => v ?? "—" }]
      : []),
    {
      title: t("enterprise.industry"),
      key: "industry",
      width: 200,
      ellipsis: true,
      render: (_: unknown, e) => (e.industryCode ? `${e.industryCode} ${e.industryName ?? ""}` : "—"),
    },
    {
      title: t("enterprise.status"),
      dataIndex: "operatingStatus",
      key: "status",
      width: 90,
      render: (s: Status) => <Tag color={STATUS_COLOR[s]}>{t(`operatingStatus.${s}`)}</Tag>,
    },
    moneyColumn("revenue"),
    moneyColumn("industrialOutput"),
    moneyColumn("taxPaid"),
    {
      title: `${t("enterprise.employees")} (${unitLabel("人", lang)})`,
      key: "employees",
      align: "right",
      width: 110,
      className: "num",
      render: (_: unknown, e) => formatNumber(e.employees, lang),
    },
  ];

  return (
    <div data-testid="enterprise-table">
      {messageHolder}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
        <Flex wrap gap={8}>
          <Input.Search
            aria-label={t("enterprise.search")}
            placeholder={t("enterprise.search")}
            allowClear
            defaultValue={state.q}
            onSearch={(q) => update({ q: q.trim() })}
            style={{ width: 260 }}
          />
          {showPark && <ParkFilterSelect value={chosenPark} onChange={(v) => update({ park: v ?? null })} />}
          <Tooltip
            // An invalid code filters nothing: the list stays as it was, and says so.
            title={industryInvalid ? (industry ? t("enterprise.industryInvalidKept", { code: industry }) : t("enterprise.industryInvalid")) : t("enterprise.industryHint")}
            open={industryInvalid ? true : undefined}
          >
            <AutoComplete
              aria-label={t("enterprise.industryFilter")}
              placeholder={t("enterprise.industryFilter")}
              style={{ width: 200 }}
              value={industryText}
              status={industryInvalid ? "error" : undefined}
              options={industryOptions.map((o) => ({ value: o.value, label: o.label }))}
              onChange={(v: string) => setIndustryText(v)}
              onSelect={(v: string) => applyIndustry(v)}
              onBlur={() => applyIndustry(industryText)}
              onKeyDown={(e) => {
                if (e.key === "Enter") applyIndustry(industryText);
              }}
              allowClear
              onClear={() => applyIndustry("")}
            />
          </Tooltip>
          <Select<Status>
            aria-label={t("enterprise.status")}
            placeholder={t("enterprise.statusFilter")}
            allowClear
            style={{ width: 140 }}
            value={status}
            onChange={(v) => update({ status: v })}
            options={STATUSES.map((s) => ({ value: s, label: t(`operatingStatus.${s}`) }))}
          />
        </Flex>
        <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()} loading={exporting} disabled={!list.data || list.data.total === 0}>
          {t("enterprise.export")}
        </Button>
      </Flex>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<TEnterpriseSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: showPark ? 1400 : 1220 }}
          title={year ? () => t("enterprise.figuresOfYear", { year }) : undefined}
          onChange={(pagination, _filters, sorter) => {
            const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TEnterpriseSummary> | undefined;
            const key = s?.columnKey;
            const nextSort = s?.order && isSort(key) ? key : undefined;
            const nextOrder = s?.order === "descend" ? "desc" : s?.order === "ascend" ? "asc" : undefined;
            const sortChanged = (nextSort ?? "name") !== sort || (nextOrder ?? "asc") !== order;
            update({ sort: nextSort, order: nextOrder, page: sortChanged ? 1 : pagination.current, pageSize: pagination.pageSize });
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => t("common.totalItems", { n }),
          }}
          locale={{ emptyText: t("enterprise.empty") }}
        />
      )}
    </div>
  );
};
