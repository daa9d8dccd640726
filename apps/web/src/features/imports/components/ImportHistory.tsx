import { useState } from "react";
import { Button, Drawer, Table, Tag } from "antd";
import type { TImportBatch } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { useImportList } from "../hooks/useImports";
import { ImportResult } from "./ImportResult";

const STATUS_COLOR: Record<TImportBatch["status"], string> = { applied: "green", rejected: "red", failed: "red", validating: "blue" };

/** Past imports of the scope: who, when, what, and how many rows were inserted, updated, wrong or to check. */
export const ImportHistory = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [open, setOpen] = useState<TImportBatch | null>(null);
  const list = useImportList(page, pageSize);
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <>
      <Table<TImportBatch>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1190 }}
        locale={{ emptyText: t("imports.noHistory") }}
        data-testid="import-history"
        columns={[
          { title: t("imports.when"), dataIndex: "startedAt", key: "at", width: 150, render: (v: string) => formatDateTime(v, lang) },
          { title: t("imports.who"), dataIndex: "userName", key: "who", width: 140, render: (v: string | null) => v ?? "—" },
          { title: t("imports.kindLabel"), dataIndex: "kind", key: "kind", width: 120, render: (k: TImportBatch["kind"]) => t(`imports.kind.${k}`) },
          { title: t("imports.file"), dataIndex: "fileName", key: "file", ellipsis: true },
          {
            title: t("imports.status"),
            dataIndex: "status",
            key: "status",
            width: 90,
            render: (s: TImportBatch["status"]) => <Tag color={STATUS_COLOR[s]}>{t(`imports.statusName.${s}`)}</Tag>,
          },
          { title: t("imports.rows"), dataIndex: "rowCount", key: "rows", width: 80, align: "right", render: n },
          { title: t("imports.inserted"), dataIndex: "insertedCount", key: "ins", width: 80, align: "right", render: n },
          { title: t("imports.updated"), dataIndex: "updatedCount", key: "upd", width: 80, align: "right", render: n },
          { title: t("imports.errors"), dataIndex: "errorCount", key: "err", width: 80, align: "right", render: n },
          {
            title: t("imports.toCheck"),
            dataIndex: "warningCount",
            key: "warn",
            width: 90,
            align: "right",
            render: (v: number) => (v > 0 ? <Tag color="orange">{n(v)}</Tag> : n(v)),
          },
          {
            title: t("common.actions"),
            key: "actions",
            width: 80,
            render: (_: unknown, b) => (
              <Button type="link" size="small" onClick={() => setOpen(b)} aria-label={t("imports.viewBatch", { file: b.fileName })}>
                {t("common.view")}
              </Button>
            ),
          },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
          showTotal: (total) => t("common.totalItems", { n: total }),
        }}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} size={900} title={open ? open.fileName : ""} destroyOnHidden data-testid="import-drawer">
        {open && <ImportResult batch={open} />}
      </Drawer>
    </>
  );
};
